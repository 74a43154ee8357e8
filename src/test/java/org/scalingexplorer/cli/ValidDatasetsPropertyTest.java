package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetWriter;

/**
 * What {@code validate} accepts, every command handles: datasets made from the bundled one with values pushed to the
 * ends of their documented ranges (laws, multipliers, years, the trend, as an exponential or as a table), each run
 * through every command and every chart of {@code export}. Each must exit 0; a dataset {@code validate} refuses must
 * be refused with a located message (exit 2). Never a stack trace, never an internal error.
 */
class ValidDatasetsPropertyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int DATASETS = 30;

    /** A value at an end of (or inside) a documented range, or just past it so that validate has something to refuse. */
    static double pick(SplittableRandom r, double... choices) {
        return choices[r.nextInt(choices.length)];
    }

    static ObjectNode mutate(ObjectNode d, SplittableRandom r) {
        for (JsonNode a : d.get("algorithms")) {
            ObjectNode law = (ObjectNode) a.get("law");
            if (r.nextInt(3) > 0) continue;
            if (law.get("type").asText().equals("power")) {
                law.put("E", pick(r, 0, 1e-9, 1.9, 9999));
                law.put("A", pick(r, 1e-15, 1e-3, 36.3, 1e15));
                law.put("alpha", pick(r, -5, -1e-6, -0.01, -0.2));
            } else {
                law.put("E", pick(r, 0, 1.69, 9999));
                law.put("A", pick(r, 1e-15, 406.4, 1e15));
                law.put("B", pick(r, 1e-15, 410.7, 1e15));
                law.put("alpha", pick(r, 1e-6, 0.34, 5));
                law.put("beta", pick(r, 1e-6, 0.28, 5));
            }
        }
        for (JsonNode i : d.get("innovations")) {
            ObjectNode o = (ObjectNode) i;
            if (r.nextInt(3) == 0) o.put("year", (int) pick(r, 1950, 2012, 2100));
            if (o.has("multiplier") && r.nextInt(3) == 0) o.put("multiplier", pick(r, 1e-6, 1, 1e6));
        }
        if (d.has("computeTrend") && r.nextInt(3) > 0) {
            if (r.nextBoolean()) {
                ObjectNode t = d.putObject("computeTrend");
                t.put("type", "exponential");
                t.put("compute0", pick(r, 1, 1e16, 1e40));
                t.put("growth", pick(r, 1.000001, 4.1, 100));
                t.put("year0", pick(r, 1950, 2013, 2100));
            } else {
                ObjectNode t = d.putObject("computeTrend");
                t.put("type", "table");
                ArrayNode pts = t.putArray("points");
                double c = pick(r, 1, 1e16, 1e39);
                for (int y = 2012; y <= 2025; y += 1 + r.nextInt(6)) {
                    pts.addObject().put("year", y).put("compute", c);
                    c = Math.min(1e40, c * pick(r, 1.01, 4, 100, 1e40));
                }
            }
        }
        return d;
    }

    @Test
    void whatValidateAcceptsEveryCommandHandles(@TempDir Path dir) throws Exception {
        SplittableRandom r = new SplittableRandom(2026);
        String bundled = DatasetWriter.toJson(BundledDatasets.paper());
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int k = 0; k < DATASETS; k++) {
            ObjectNode d = mutate((ObjectNode) JSON.readTree(bundled), r);
            Path file = dir.resolve("d" + k + ".scaling.json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d));
            CliTest.Result v = CliTest.run("validate", file.toString());
            if (v.code() != 0) {
                // refused: with the file and a place, as every refusal
                assertEquals(2, v.code(), v.out() + v.err());
                assertTrue((v.out() + v.err()).contains(file.getFileName().toString()), v.out() + v.err());
                continue;
            }
            accepted++;
            String f = file.toString();
            String[][] commands = {
                    {"ceg", "--dataset", f, "--reference", "lstm", "--compute", "1e22"},
                    {"ceg", "--dataset", f, "--reference", "kaplan-allocation", "--compute", "1e40", "--anchor", "candidate"},
                    {"attribution", "--dataset", f},
                    {"attribution", "--dataset", f, "--mode", "fixed", "--compute", "1"},
                    {"frames", "--dataset", f, "--reference", "lstm"},
                    {"matrix", "--dataset", f, "--compute", "1e30"},
                    {"sensitivity", "--dataset", f},
                    {"allocation", "--dataset", f, "--compute", "1e22"},
            };
            List<String[]> all = new ArrayList<>(List.of(commands));
            for (String chart : new String[] {"loglog", "ceg", "attribution", "frames", "scale", "sensitivity", "allocation"}) {
                all.add(new String[] {"export", "--dataset", f, "--chart", chart, "--out", dir.resolve("d" + k + "-" + chart + ".png").toString(),
                        "--width", "400", "--height", "250"});
            }
            for (String[] args : all) {
                CliTest.Result res = CliTest.run(args);
                String said = res.out() + res.err();
                if (res.code() != 0 || said.contains("\tat ") || said.contains("internal error")) {
                    failures.add("dataset " + k + " (" + f + "): " + String.join(" ", args).replace(f, "D") + " -> " + res.code() + ": " + res.err().strip());
                }
            }
        }
        assertTrue(accepted >= DATASETS / 3, "enough of the generated datasets are valid to mean something: " + accepted);
        assertEquals(List.of(), failures.stream().limit(12).toList(), failures.size() + " failures");
    }
}
