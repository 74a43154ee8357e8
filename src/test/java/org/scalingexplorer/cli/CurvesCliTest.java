package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curves}: training curves in, one law per folder out, with the JSON the issue documents. */
class CurvesCliTest {
    static final String HEADER = "step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens";

    /**
     * A folder of eight runs on the law 1.9 + 80 C^-0.09 (see {@link #zones}), logged from 1e15 to 1e18 FLOP; and a
     * header-only file among them.
     */
    static Path study(Path dir) throws Exception {
        Path algo = zones(dir, "modern", -0.09, "_modern_40.csv");
        Files.writeString(algo.resolve("header-only_64d_layer.csv"), HEADER + "\n");
        return algo;
    }

    /**
     * Eight runs (sizes 32..256) logged at the same 40 computes from 1e15 to 1e18 FLOP: run k is on the law 1.9 + 80
     * C^alpha over its own eighth of the range and above it elsewhere (by 5% of the reducible loss per squared decade
     * away), as models of different sizes each lead the frontier over a stretch of compute. The envelope is the law
     * exactly, and it draws on every run, so a bootstrap over runs has something to resample.
     */
    static Path zones(Path dir, String name, double alpha, String suffix) throws Exception {
        Path algo = Files.createDirectories(dir.resolve(name));
        for (int k = 0; k < 8; k++) {
            StringBuilder b = new StringBuilder(HEADER).append('\n');
            double from = 15 + 3.0 * k / 8;
            double to = 15 + 3.0 * (k + 1) / 8;
            for (int i = 0; i < 40; i++) {
                double lc = 15 + i * 3.0 / 39;
                double c = Math.pow(10, lc);
                double away = lc < from - 1e-9 ? from - lc : lc > to + 1e-9 ? lc - to : 0;
                double l = 1.9 + 80 * Math.pow(c, alpha) * (1 + 0.05 * away * away);
                b.append(i * 50).append(',').append(l).append(',').append(l).append(',').append(c).append(',').append(c).append(",0\n");
            }
            Files.writeString(algo.resolve((32 * (k + 1)) + suffix), b.toString());
        }
        return algo;
    }

    @Test
    void aFolderOfCurvesGivesItsLawWithIntervals(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run("curves", "--runs", study(dir).toString(), "--window", "1e15:1e18", "--bootstrap", "50", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode a = r.json().get("algorithms").get(0);
        assertEquals("modern", a.get("id").asText());
        assertEquals(8, a.get("runs").asInt());
        assertTrue(a.get("pointsUsed").asInt() > 20);
        assertEquals(1, a.get("skipped").get("no logged rows (header only)").asInt());
        JsonNode p = a.get("parameters");
        assertEquals(1.9, p.get("E").get("value").asDouble());
        assertTrue(p.get("E").get("fixed").asBoolean());
        // every run is on the law below 1.28e18: the envelope is the law itself
        assertEquals(80, p.get("A").get("value").asDouble(), 80 * 1e-9);
        assertEquals(-0.09, p.get("alpha").get("value").asDouble(), 1e-12);
        assertEquals(2, p.get("alpha").get("ci").size());
        assertTrue(p.get("alpha").get("ci").get(0).asDouble() <= -0.09 && p.get("alpha").get("ci").get(1).asDouble() >= -0.09, p.toString());
        assertEquals("envelope", r.json().get("method").asText());
        // what the fit rests on: every run on the frontier, 3 decades, no resample lost, no floor to identify
        assertEquals(8, a.get("fitRuns").asInt());
        assertEquals(3, a.get("decades").asDouble(), 1e-9);
        assertEquals(0, a.get("failedResamples").asInt());
        assertTrue(a.get("ciReason").isNull());
        assertTrue(a.get("identified").asBoolean());
        assertEquals(0, a.get("warnings").size(), a.get("warnings").toString());
        assertEquals(8, a.get("files").size());
        assertEquals(study(dir).resolve("header-only_64d_layer.csv").toString(),
                r.json().get("skipped").get("no logged rows (header only)").get(0).asText(), "every file not used is named with its reason");
    }

    @Test
    void tensorboardExportsAreFittedWithTheComputeFromTheirSteps(@TempDir Path dir) throws Exception {
        // the same law, logged as TensorBoard writes scalars: Wall time, Step, Value; each step costs 1e13 FLOP
        Path algo = Files.createDirectories(dir.resolve("tb"));
        for (int k = 0; k < 4; k++) {
            StringBuilder b = new StringBuilder("Wall time,Step,Value\n");
            for (int i = 0; i < 30; i++) {
                long step = Math.round(100 * Math.pow(10, i * 3.0 / 29));
                double l = 1.9 + 80 * Math.pow(step * 1e13, -0.09) * (1 + 0.01 * k);
                b.append(1.7e9 + i).append(',').append(step).append(',').append(l).append('\n');
            }
            Files.writeString(algo.resolve("64_tb_" + k + ".csv"), b.toString());
        }
        CliTest.Result r = CliTest.run("curves", "--runs", algo.toString(), "--preset", "tensorboard", "--flops-per-step", "1e13",
                "--window", "1e15:1e18", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode p = r.json().get("algorithms").get(0).get("parameters");
        // the lowest of the four is k = 0, the law itself
        assertEquals(-0.09, p.get("alpha").get("value").asDouble(), 1e-9);
        assertEquals(80, p.get("A").get("value").asDouble(), 80 * 1e-8);
        CliTest.Result noFlops = CliTest.run("curves", "--runs", algo.toString(), "--preset", "tensorboard");
        assertEquals(2, noFlops.code());
        assertTrue(noFlops.err().contains("no compute (give the FLOPs per step)"), noFlops.err());
        CliTest.Result badPreset = CliTest.run("curves", "--runs", algo.toString(), "--preset", "mlflow");
        assertEquals(2, badPreset.code());
        assertTrue(badPreset.err().contains("--preset must be one of [paper, wandb, tensorboard]"), badPreset.err());
    }

    @Test
    void badArgumentsAndEmptyFoldersAreRefusedWithReasons(@TempDir Path dir) throws Exception {
        Path runs = study(dir);
        CliTest.Result both = CliTest.run("curves", "--runs", runs.toString(), "--e", "1.9", "--free-e");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("give --e or --free-e, not both"), both.err());
        CliTest.Result window = CliTest.run("curves", "--runs", runs.toString(), "--window", "5e17:1e16");
        assertEquals(2, window.code());
        assertTrue(window.err().contains("--window"), window.err());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("summary.csv"), "experiment,best_learning_rate\nrope,0.01\n");
        CliTest.Result none = CliTest.run("curves", "--runs", empty.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no training curves") && none.err().contains("another schema"), none.err());
        CliTest.Result narrow = CliTest.run("curves", "--runs", runs.toString(), "--window", "1e25:1e26", "--format", "json");
        assertEquals(0, narrow.code(), narrow.err());
        JsonNode a = narrow.json().get("algorithms").get(0);
        assertTrue(a.get("parameters").isNull());
        assertTrue(a.get("reason").asText().contains("at least 3"), a.get("reason").asText());
    }

    /** A run logging the losses 8, 7, 6, 5.5, 5 at compute 1e15 * 2^i / scale. */
    static String ablationRun(double scale) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        double[] losses = {8, 7, 6, 5.5, 5};
        for (int i = 0; i < losses.length; i++) {
            double c = 1e15 * Math.pow(2, i) / scale;
            b.append(i * 50).append(',').append(losses[i]).append(',').append(losses[i]).append(',').append(c).append(',').append(c).append(",0\n");
        }
        return b.toString();
    }

    /** Two seeds of a variant needing half the compute, one of a variant that stops early: JSON as documented. */
    @Test
    void ablationMultipliersWithSeedsPairedAndRunsThatNeverReachFlagged(@TempDir Path dir) throws Exception {
        Path base1 = Files.writeString(dir.resolve("64d_base_1.csv"), ablationRun(1));
        Path base2 = Files.writeString(dir.resolve("64d_base_2.csv"), ablationRun(1));
        Path fast1 = Files.writeString(dir.resolve("64d_swiglu_1.csv"), ablationRun(2));
        Path fast2 = Files.writeString(dir.resolve("64d_swiglu_2.csv"), ablationRun(2));
        Path stops = Files.writeString(dir.resolve("64d_short_1.csv"), HEADER + "\n50,8,8,1e15,1e15,0\n100,7,7,2e15,2e15,0\n");
        CliTest.Result r = CliTest.run("ablation", "--baseline", base1.toString(), base2.toString(), "--variant", fast1.toString(), fast2.toString(),
                stops.toString(), "--target", "5.5", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = r.json().get("rows");
        assertEquals("64d_swiglu", rows.get(0).get("variant").asText(), "the largest multiplier first, named without its seed");
        assertEquals(2, rows.get(0).get("multiplier").get("value").asDouble(), 1e-12);
        assertEquals(2, rows.get(0).get("n").asInt());
        assertEquals("seeds", rows.get(0).get("pairing").asText());
        assertTrue(rows.get(0).get("multiplier").get("ci").isNull(), "two pairs that agree exactly: no interval");
        assertEquals("the pairs agree exactly: a zero spread is not an interval", rows.get(0).get("multiplier").get("ciReason").asText());
        JsonNode shortRow = rows.get(1);
        assertEquals("64d_short", shortRow.get("variant").asText());
        assertTrue(shortRow.get("multiplier").isNull());
        assertEquals(1, shortRow.get("notObserved").asInt(), "seed 1 pairs with the baseline's seed 1");
        // by hand: the baseline reaches 5.5 at 8e15; the variant is not there by its last row, 2e15: the multiplier is below 4
        assertTrue(!shortRow.get("bound").get("atLeast").asBoolean());
        assertEquals(4, shortRow.get("bound").get("value").asDouble(), 1e-12);
        // and it is not like-for-like: logged to step 100 at 2e13 FLOP a step, the baseline to step 200 at 8e13
        assertEquals("[\"not-observed\",\"unpaired\",\"unequal-length\",\"unequal-flops-per-step\"]", shortRow.get("flags").toString());
        assertEquals(base2.toString(), r.json().get("skipped").get("no variant run of the same seed").get(0).asText());
        // the bar chart: largest first, each bar's value, the variant that never gets there said so
        Path svg = dir.resolve("ablation.svg");
        CliTest.Result chart = CliTest.run("ablation", "--baseline", base1.toString(), base2.toString(), "--variant", fast1.toString(), fast2.toString(),
                stops.toString(), "--target", "5.5", "--chart", svg.toString());
        assertEquals(0, chart.code(), chart.err());
        List<String> texts = ExportCliTest.svgTexts(svg);
        assertTrue(texts.indexOf("64d_swiglu") < texts.indexOf("64d_short"), texts.toString());
        assertTrue(texts.contains("2.00×  n = 2, unequal-flops-per-step") && texts.contains("≤ 4.00×  not observed, a bound"), texts.toString());
        assertTrue(texts.get(0).endsWith("; 1 run(s) left out of the pairing"), texts.get(0));
    }

    /** Eight runs on 1.9 + 80 C^alpha in folder {@code name} (see {@link #zones}), named {@code <size>_<name>_1.csv}. */
    static Path folder(Path dir, String name, double alpha) throws Exception {
        return zones(dir, name, alpha, "_" + name + "_1.csv");
    }

    /** --compare: a steeper variant is scale-dependent, its CEG growing 10^(1 - 0.09/0.11) = 1.52-fold per decade. */
    @Test
    void compareSaysWhetherAVariantsGainDependsOnScale(@TempDir Path dir) throws Exception {
        Path base = folder(dir, "base", -0.09);
        Path steep = folder(dir, "steep", -0.11);
        CliTest.Result r = CliTest.run("curves", "--runs", base.toString(), steep.toString(), "--window", "1e15:1e18", "--bootstrap", "100",
                "--compare", "base", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode c = r.json().get("comparisons").get(0);
        assertEquals("steep", c.get("variant").asText());
        assertEquals("scale-dependent", c.get("verdict").asText());
        assertTrue(c.get("reason").asText().contains("excludes 1"), c.get("reason").asText());
        assertEquals(-0.02, c.get("alphaDifference").get("value").asDouble(), 1e-9);
        assertEquals(Math.pow(10, 1 - 0.09 / 0.11), c.get("perDecade").get("value").asDouble(), 1e-6);
        assertTrue(c.get("perDecade").get("ci").get(0).asDouble() > 1, c.toString());
        assertEquals(1.1, c.get("margin").asDouble());
        assertEquals(1e15, c.get("range").get("from").asDouble(), 1);
        assertEquals(1e18, c.get("range").get("to").asDouble(), 1e3);
        assertEquals(3, c.get("range").get("decades").asDouble(), 1e-9);
        // the chart of it: the variant's CEG over the baseline across compute, named with its verdict
        Path svg = dir.resolve("ceg.svg");
        CliTest.Result chart = CliTest.run("curves", "--runs", base.toString(), steep.toString(), "--window", "1e15:1e18", "--bootstrap", "50",
                "--compare", "base", "--ceg-chart", svg.toString());
        assertEquals(0, chart.code(), chart.err());
        assertTrue(ExportCliTest.svgTexts(svg).contains("steep: scale-dependent"), ExportCliTest.svgTexts(svg).toString());
        CliTest.Result alone = CliTest.run("curves", "--runs", base.toString(), "--ceg-chart", svg.toString());
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--ceg-chart needs --compare"), alone.err());
        CliTest.Result unknown = CliTest.run("curves", "--runs", base.toString(), "--compare", "nope");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--compare nope: no such algorithm"), unknown.err());
    }

    /** --chart draws the runs, their frontier and the fitted law, named in the legend with its parameters. */
    @Test
    void theCurvesChartNamesEachRunSetAndItsLaw(@TempDir Path dir) throws Exception {
        Path base = folder(dir, "base", -0.09);
        Path svg = dir.resolve("curves.svg");
        CliTest.Result r = CliTest.run("curves", "--runs", base.toString(), "--window", "1e15:1e18", "--bootstrap", "0", "--chart", svg.toString());
        assertEquals(0, r.code(), r.err());
        List<String> texts = ExportCliTest.svgTexts(svg);
        assertTrue(texts.contains("base, size 32: 1 run") && texts.contains("base, size 256: 1 run"), texts.toString());
        assertTrue(texts.contains("base: envelope, 40 points"), texts.toString());
        assertTrue(texts.contains("base: L = 1.900 + 80.00 C^-0.09000  [fit]"), texts.toString());
        CliTest.Result bad = CliTest.run("curves", "--runs", base.toString(), "--chart", dir.resolve("c.jpg").toString());
        assertEquals(2, bad.code());
    }

    /** export draws the curve charts too, at its own size and theme, taking the curve commands' options. */
    @Test
    void exportDrawsTheCurveChartsWithTheCurveOptions(@TempDir Path dir) throws Exception {
        Path base = folder(dir, "base", -0.09);
        Path steep = folder(dir, "steep", -0.12);
        Path svg = dir.resolve("curves.svg");
        CliTest.Result r = CliTest.run("export", "--chart", "curves", "--runs", base.toString(), "--window", "1e15:1e18", "--bootstrap", "0",
                "--out", svg.toString(), "--width", "800", "--height", "500");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + svg + " (curves, svg, 800 x 500)"), r.out());
        assertTrue(Files.readString(svg).contains("width=\"800\" height=\"500\""), "drawn at export's size");
        assertTrue(ExportCliTest.svgTexts(svg).contains("base: L = 1.900 + 80.00 C^-0.09000  [fit]"));
        Path ceg = dir.resolve("ceg.svg");
        CliTest.Result sd = CliTest.run("export", "--chart", "scale-dependence", "--runs", base.toString(), steep.toString(), "--compare", "base",
                "--window", "1e15:1e18", "--bootstrap", "20", "--out", ceg.toString(), "--theme", "dark");
        assertEquals(0, sd.code(), sd.err());
        assertTrue(ExportCliTest.svgTexts(ceg).stream().anyMatch(t -> t.startsWith("steep: scale-dependent")), ExportCliTest.svgTexts(ceg).toString());
        Path bars = dir.resolve("bars.svg");
        CliTest.Result ab = CliTest.run("export", "--chart", "ablation", "--baseline", base.resolve("64_base_1.csv").toString(),
                "--variant", steep.resolve("64_steep_1.csv").toString(), "--out", bars.toString());
        assertEquals(0, ab.code(), ab.err());
        assertTrue(ExportCliTest.svgTexts(bars).stream().anyMatch(t -> t.startsWith("Ablation multipliers")), ExportCliTest.svgTexts(bars).toString());
        CliTest.Result noBase = CliTest.run("export", "--chart", "scale-dependence", "--runs", base.toString(), "--out", ceg.toString());
        assertEquals(2, noBase.code());
        assertTrue(noBase.err().contains("needs --compare ID"), noBase.err());
        CliTest.Result stray = CliTest.run("export", "--chart", "loglog", "--runs", base.toString(), "--out", dir.resolve("l.png").toString());
        assertEquals(2, stray.code());
        assertTrue(stray.err().contains("unknown option(s) [--runs"), stray.err());
    }

    /**
     * Issue 29: {@code curves --backtest C} on runs whose frontier is the law 1.9 + 80 C^-0.09 exactly: the fit below
     * 1e17 predicts every point above it with no error (a known backtest error of zero), at the decades the JSON says.
     */
    @Test
    void backtestPredictsTheHeldOutFrontier(@TempDir Path dir) throws Exception {
        Path runs = study(dir);
        Path chart = dir.resolve("backtest.svg");
        CliTest.Result r = CliTest.run("curves", "--runs", runs.toString(), "--window", "1e15:1e18", "--backtest", "1e17", "--chart", chart.toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode bt = r.json().get("backtest");
        assertEquals(1e17, bt.get("fitBelow").asDouble(), 0);
        JsonNode points = bt.get("points");
        assertTrue(points.size() >= 10, points.toString());
        double rests = bt.get("fits").get(0).get("fittedTo").asDouble();
        assertTrue(rests < 1e17);
        for (JsonNode p : points) {
            double c = p.get("compute").asDouble();
            assertTrue(c >= 1e17);
            double law = 1.9 + 80 * Math.pow(c, -0.09);
            assertEquals(law, p.get("observed").asDouble(), 1e-9);
            assertEquals(law, p.get("predicted").asDouble(), 1e-6);
            assertEquals(0, p.get("error").asDouble(), 1e-6);
            assertEquals(Math.log10(c / rests), p.get("decadesBeyond").asDouble(), 1e-9);
        }
        assertTrue(Files.size(chart) > 1000, "the chart of error against compute is drawn");
        // split by size: every run of this study logs the whole range, so the small ones already reach as far as the large: nothing to predict
        CliTest.Result sizes = CliTest.run("curves", "--runs", runs.toString(), "--window", "1e15:1e18", "--backtest-sizes", "128");
        assertEquals(2, sizes.code());
        assertTrue(sizes.err().contains("the larger runs reach no frontier point beyond the small runs' fit"), sizes.err());
        CliTest.Result refused = CliTest.run("curves", "--runs", runs.toString(), "--window", "1e15:1e18", "--backtest", "1.01e15");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("a backtest needs at least 3 to fit on"), refused.err());
    }

    /**
     * Issue 29: {@code curves --isoflop} on runs made from Hoffmann et al.'s printed L(N, D), each file giving its
     * theoretical FLOPs and tokens (so N = C / 6D): the exponent of N_opt(C) is beta / (alpha + beta) = 0.28 / 0.62.
     */
    @Test
    void isoflopRecoversTheComputeOptimalExponent(@TempDir Path dir) throws Exception {
        Path algo = Files.createDirectories(dir.resolve("chinchilla"));
        for (int i = 0; i < 15; i++) {
            double n = Math.pow(10, 7 + i * 0.25);
            StringBuilder b = new StringBuilder(HEADER).append('\n');
            for (int j = 0; j < 121; j++) {
                double d = Math.pow(10, 8 + j * 4.0 / 120);
                double c = 6 * n * d;
                double l = 1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28);
                b.append(j + 1).append(',').append(l).append(',').append(l).append(',').append(c).append(',').append(c).append(',').append(d).append('\n');
            }
            Files.writeString(algo.resolve((i + 1) + "_chinchilla_1.csv"), b.toString());
        }
        Path profiles = dir.resolve("profiles.svg");
        Path nopt = dir.resolve("nopt.png");
        CliTest.Result r = CliTest.run("curves", "--runs", algo.toString(), "--isoflop", "--bootstrap", "50", "--chart", profiles.toString(),
                "--nopt-chart", nopt.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode iso = r.json().get("isoflop");
        assertEquals(0.28 / 0.62, iso.get("exponent").get("value").asDouble(), 0.01);
        assertTrue(iso.get("sizeFrom").asText().startsWith("theoretical FLOPs / (6 x tokens)"), iso.get("sizeFrom").asText());
        assertTrue(iso.get("budgets").size() >= 3);
        for (JsonNode b : iso.get("budgets")) {
            double truth = Math.pow(0.34 * 406.4 / (0.28 * 410.7), 1 / 0.62) * Math.pow(b.get("compute").asDouble() / 6, 0.28 / 0.62);
            assertEquals(1, b.get("nOpt").asDouble() / truth, 0.05);
            assertTrue(b.get("points").size() >= 3);
        }
        assertTrue(Files.size(profiles) > 1000 && Files.size(nopt) > 1000, "both charts drawn");
        CliTest.Result two = CliTest.run("curves", "--runs", study(dir).toString(), algo.toString(), "--isoflop");
        assertEquals(2, two.code());
        assertTrue(two.err().contains("choose one with --algorithm ID"), two.err());
    }
}
