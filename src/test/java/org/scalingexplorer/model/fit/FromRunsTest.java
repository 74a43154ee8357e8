package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Workspace;

/** Runs becoming an algorithm and an innovation, each saying where it came from, and surviving a workspace. */
class FromRunsTest {
    @Test
    void aFrontierFitBecomesAnAlgorithmWithItsLawBootstrapAndProvenance() throws Exception {
        List<Curve> runs = FrontierTest.touching(1.9, 88, -0.094, 1e15, 0.5, 0.003, new double[] {0.004, -0.003, 0.002, -0.001, 0.0});
        Frontier.Options o = new Frontier.Options(1.9, new ComputeRange(1e15, 1e17), Frontier.Method.ENVELOPE);
        Frontier.Result r = Frontier.fit(runs, o, 50, 3, 0.95);
        String text = FromRuns.frontierProvenance(runs, o, "validation_loss vs total_flops_profiler", r, 3);
        assertTrue(text.startsWith("Fitted from 5 runs (run0, run1, run2, run3 and 1 more)"), text);
        assertTrue(text.contains("sizes 32, 64, 96, 128, 160; seeds 0, 1, 2, 3, 4"), text);
        assertTrue(text.contains("Lower envelope of every logged point in 1.00×10¹⁵ to 1.00×10¹⁷ FLOP: " + r.points().size() + " points from "
                + r.points().runs() + " runs"), text);
        assertTrue(r.points().runs() >= 3 && r.ciReason().isEmpty(), r.ciReason().toString());
        assertTrue(text.contains("E fixed at 1.9") && text.contains("50 bootstrap resamples over runs (seed 3)"), text);

        AppliedFit fit = FromRuns.algorithm("runs-modern", "modern (runs)", "runs-modern", r, o, text, 3);
        PowerLaw law = (PowerLaw) fit.fitted().law();
        assertEquals(r.parameters().get("A"), law.a());
        assertEquals(r.parameters().get("alpha"), law.alpha());
        assertEquals(1.9, law.e());
        assertEquals(r.points().compute()[0], law.fittedRange().orElseThrow().min());
        assertEquals(r.points().size(), fit.fitted().runs().size(), "the frontier points are the algorithm's runs");
        assertEquals(50 - r.bootstrapFailed(), fit.laws().size(), "one law per resample, for the attribution's intervals");
        assertEquals(text, fit.source());
        assertEquals(text, fit.fitted().description());
        // the residuals are ln(fitted) - ln(observed), by hand at the first point
        double c0 = r.points().compute()[0];
        assertEquals(Math.log(1.9 + law.a() * Math.pow(c0, law.alpha())) - Math.log(r.points().loss()[0]), fit.fit().residuals()[0], 1e-12);

        // into a dataset on a loss scale of its own, and through a workspace
        Dataset paper = BundledDatasets.paper();
        Dataset shown = paper.withLossScale(new LossScale("runs-modern", "Runs in study/modern", "", "", ""))
                .withAlgorithms(Stream.concat(paper.algorithms().stream(), Stream.of(fit.fitted())).toList());
        String json = WorkspaceFormat.toJson(new Workspace(Optional.empty(), paper, shown, Set.of(), List.of(fit),
                new Workspace.View("lstm", Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER, "light", false, 0, true), List.of()));
        Workspace back = WorkspaceFormat.read("w", json);
        AppliedFit read = back.fits().get(0);
        assertEquals(text, read.source());
        assertEquals(fit.laws().size(), read.laws().size());
        assertEquals(text, back.dataset().algorithm("runs-modern").description());
        assertEquals("Runs in study/modern", back.dataset().lossScale("runs-modern").name());
    }

    @Test
    void anAblationsMultiplierBecomesAnInnovationSayingWhichRunsItCameFrom() {
        double[] c = {1e15, 2e15, 4e15, 8e15, 16e15};
        Curve base = new Curve("/r/ablations/64d_rms_1.csv", "base", 64, 1, c, new double[] {8, 7, 6, 5.5, 5});
        Curve base2 = new Curve("/r/ablations/64d_rms_2.csv", "base", 64, 2, c, new double[] {8, 7, 6, 5.5, 5});
        double[] half = Arrays.stream(c).map(x -> x / 2).toArray();
        double[] quarter = Arrays.stream(c).map(x -> x / 4).toArray();
        Curve v1 = new Curve("/r/ablations/64d_rope_1.csv", "rope", 64, 1, half, new double[] {8, 7, 6, 5.5, 5});
        Curve v2 = new Curve("/r/ablations/64d_rope_2.csv", "rope", 64, 2, quarter, new double[] {8, 7, 6, 5.5, 5});
        Ablation.Result r = Ablation.measure("rope", List.of(base, base2), List.of(v1, v2), Double.NaN, Ablation.Method.INTERPOLATE);
        // by hand: multipliers 2 and 4, geometric mean sqrt(8)
        assertEquals(Math.sqrt(8), r.multiplier().getAsDouble(), 1e-12);
        String text = FromRuns.ablationProvenance(r, Ablation.Method.INTERPOLATE, Double.NaN);
        assertTrue(text.startsWith("Measured from these runs: 2 runs (64d_rope_1.csv, 64d_rope_2.csv) in ablations against the baseline's 2 runs"), text);
        assertTrue(text.contains("2 of 2 run pairs cross it within their rows; n = 2 independent") && text.contains("95% interval"), text);
        Innovation.ScaleInvariant i = FromRuns.innovation("rope-measured", "Rotary (measured)", 2021, r, text, false).orElseThrow();
        assertEquals(Math.sqrt(8), i.multiplier(), 1e-12);
        assertEquals(OptionalDouble.of(i.multiplier()), i.raw());
        assertEquals(2021, i.year());
        assertTrue(i.source().startsWith(text) && i.source().endsWith("its gain is C_baseline / C_variant."), i.source());
        // the paper's ablations: the baseline has the innovation, the variant swaps it back; the gain is the inverse
        Innovation.ScaleInvariant back = FromRuns.innovation("rope-back", "Rotary", 2021, r, text, true).orElseThrow();
        assertEquals(1 / Math.sqrt(8), back.multiplier(), 1e-12);
        assertTrue(back.source().endsWith("its gain is the inverse, C_variant / C_baseline."), back.source());
        Curve never = new Curve("/r/ablations/64d_bad_1.csv", "bad", 64, 1, c, new double[] {9, 9, 9, 9, 9});
        Ablation.Result none = Ablation.measure("bad", List.of(base), List.of(never), 5.0, Ablation.Method.INTERPOLATE);
        assertTrue(FromRuns.innovation("bad", "Bad", 2020, none, "", false).isEmpty(), "a run that never reaches the target gives no multiplier");
    }

    /** Issue 28: a provenance (and so a caption) names the runs' files and their folder, never a local path. */
    @Test
    void provenanceNamesTheFolderNotItsPath() {
        double[] one = {1e15};
        List<Curve> runs = List.of(new Curve("/home/alice/private/runs/modern/32_modern_1.csv", "modern", 32, 1, one, new double[] {3}, new double[] {1}),
                new Curve("/home/alice/private/runs/modern/128_modern_1.csv", "modern", 128, 1, one, new double[] {2.5}, new double[] {1}));
        String text = FromRuns.files(runs);
        assertTrue(text.equals("2 runs (32_modern_1.csv, 128_modern_1.csv) in modern"), text);
        assertTrue(FromRuns.files(List.of(new Curve("/32_x.csv", "x", 32, 1, one, new double[] {3}, new double[] {1}))).equals("1 run (32_x.csv)"));
    }
}
