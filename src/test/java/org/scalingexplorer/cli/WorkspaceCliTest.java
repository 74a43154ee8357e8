package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.FitResult;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;

/** {@code --workspace}: the command line reads a saved workspace, honours its switched-off innovations and gives intervals. */
class WorkspaceCliTest {
    static final Dataset PAPER = BundledDatasets.paper();
    static final PowerLaw OWN = (PowerLaw) PAPER.algorithm("transformer-2017").law();
    static final PowerLaw BETTER = new PowerLaw(OWN.e(), OWN.a() * 0.8, OWN.alpha(), OWN.fittedRange());

    static Map<String, Double> params(PowerLaw p) {
        return Map.of("E", p.e(), "A", p.a(), "alpha", p.alpha());
    }

    /** A workspace whose Transformer fit has 100 bootstrap draws, half its own law and half one 20% cheaper; rotary off. */
    static Path workspace(Path dir) throws Exception {
        List<Map<String, Double>> samples = new ArrayList<>();
        for (int i = 0; i < 100; i++) samples.add(params(i % 2 == 0 ? OWN : BETTER));
        FitResult fit = new FitResult(LawKind.SATURATING, params(OWN), OWN, 12, 0, 0.99, 0.01, new double[12]);
        Bootstrap.Result b = new Bootstrap.Result(fit, Map.of(), samples, 0, 0.95, 1);
        Algorithm original = PAPER.algorithm("transformer-2017");
        AppliedFit applied = new AppliedFit("transformer-2017", "runs.csv", FitOptions.defaults(), fit, b, original, original,
                Uncertainty.laws(b, OWN.fittedRange()), true);
        Path file = dir.resolve("w.scaling-workspace.json");
        Files.writeString(file, WorkspaceFormat.toJson(new Workspace(Optional.empty(), PAPER, PAPER, Set.of("rotary"), List.of(applied),
                new Workspace.View("lstm", Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER, "light", false, 0, true), List.of())));
        return file;
    }

    @Test
    void attributionFromAWorkspaceHasIntervalsAndLeavesOutWhatItSwitchedOff(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run("attribution", "--workspace", workspace(dir).toString(), "--from", "2023", "--to", "2023", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode row = r.json().get("rows").get(0);
        assertTrue(!row.get("multipliers").has("rotary"), "rotary is switched off in the workspace");
        Dataset better = PAPER.mapAlgorithm("transformer-2017", a -> a.withLaw(BETTER));
        double own = new Attribution(PAPER, Set.of("rotary")).frontier(2023).total().getAsDouble();
        double cheaper = new Attribution(better, Set.of("rotary")).frontier(2023).total().getAsDouble();
        assertEquals(Math.min(own, cheaper), row.get("totalInterval").get("low").asDouble(), own * 1e-9);
        assertEquals(Math.max(own, cheaper), row.get("totalInterval").get("high").asDouble(), own * 1e-9);
        assertEquals("rotary", r.json().get("excluded").get(0).asText());
    }

    @Test
    void sensitivityFromAWorkspaceStartsWithTheInterval(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run("sensitivity", "--workspace", workspace(dir).toString(), "--year", "2023");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("95% interval over 100 bootstrap draws of the fitted Transformer (2017)"), r.out());
    }

    @Test
    void aDatasetAndAWorkspaceTogetherAreRefused(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run("attribution", "--workspace", workspace(dir).toString(), "--dataset", "x.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("give --dataset or --workspace, not both"), r.err());
    }

    @Test
    void aBrokenWorkspaceIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.scaling-workspace.json");
        Files.writeString(bad, "{\"format\": \"scaling-explorer-workspace\", \"version\": 2,\n \"view\": 7}");
        CliTest.Result r = CliTest.run("attribution", "--workspace", bad.toString());
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("bad.scaling-workspace.json") && r.err().contains("line"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
