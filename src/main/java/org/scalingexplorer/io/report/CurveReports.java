package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.NUMBER;
import static org.scalingexplorer.io.report.Report.Kind.TEXT;
import static org.scalingexplorer.io.report.Reports.JSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Ablation;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.FitWarning;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.model.fit.ScaleDependence;

/** The reports of laws fitted to training curves' frontiers and of ablation multipliers. */
public final class CurveReports {
    private CurveReports() {
    }

    /** One fitted algorithm, or why it could not be fitted, with what its files lost. */
    public record Fitted(String algorithm, List<Curve> runs, Frontier.Result result, String failure, Map<String, Integer> skipped) {
    }

    /**
     * {@code {"method", "window": [lo, hi], "loss", "compute", "bootstrap", "algorithms": [...], "comparisons": [...],
     * "skipped": {reason: [files]}, "notes": [{"file", "line", "message"}]}}; each algorithm {@code {"id", "runs",
     * "files", "pointsUsed", "fitRuns", "decades", "fitRange", "skipped": {reason: n}, "parameters": {"E": {"value",
     * "ci": [lo, hi] | null, "ciReason"}, "A", "alpha"}, "failedResamples", "ciReason", "identified", "warnings":
     * [{"code", "message"}]}}; a parameter held fixed has {@code "fixed": true}; an algorithm that could not be fitted
     * has {@code "parameters": null} and a {@code "reason"}. Each comparison (every algorithm against
     * {@code baseline}): {@code {"baseline", "variant", "verdict", "reason", "perDecade": {"value", "ci", "ciReason"},
     * "margin", "range": {"from", "to", "decades"}, "cegLow", "cegHigh", "alphaDifference": {"value", "ci"},
     * "failedResamples"}}.
     */
    public static Report curves(List<Fitted> fitted, CurvesReader.Result read, Frontier.Options o, String loss, String compute, int resamples,
                                String baseline, Map<String, ScaleDependence> comparisons) {
        ObjectNode root = JSON.objectNode();
        root.put("method", o.method() == Frontier.Method.ENVELOPE ? "envelope" : "final");
        root.putArray("window").add(o.window().min()).add(o.window().max());
        root.put("loss", loss);
        root.put("compute", compute);
        root.put("bootstrap", resamples);
        ArrayNode algorithms = root.putArray("algorithms");
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Fitted f : fitted) {
            ObjectNode a = algorithms.addObject();
            a.put("id", f.algorithm());
            a.put("runs", f.runs().size());
            ArrayNode files = a.putArray("files");
            f.runs().forEach(c -> files.add(c.file()));
            ObjectNode skipped = a.putObject("skipped");
            f.skipped().forEach(skipped::put);
            String skippedText = String.join("; ", f.skipped().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            if (f.result() == null) {
                a.put("pointsUsed", 0);
                a.putNull("parameters");
                a.put("reason", f.failure());
                rows.add(Reports.row(f.algorithm(), String.valueOf(f.runs().size()), "0", "", null, null, null, "", "not fitted: " + f.failure()
                        + (skippedText.isEmpty() ? "" : "; left out " + skippedText)));
                continue;
            }
            Frontier.Result r = f.result();
            a.put("pointsUsed", r.points().size());
            a.put("fitRuns", r.points().runs());
            a.put("decades", r.decades());
            a.putArray("fitRange").add(r.points().compute()[0]).add(r.points().compute()[r.points().size() - 1]);
            ObjectNode params = a.putObject("parameters");
            for (String name : List.of("E", "A", "alpha")) {
                ObjectNode p = params.putObject(name);
                p.put("value", r.parameters().get(name));
                if (name.equals("E") && !Double.isNaN(o.fixedE())) {
                    p.put("fixed", true);
                    continue;
                }
                Bootstrap.Interval i = r.intervals().get(name);
                if (i != null) {
                    p.putArray("ci").add(i.low()).add(i.high());
                } else {
                    p.putNull("ci");
                    p.put("ciReason", r.ciReason().orElse("no interval"));
                }
            }
            a.put("resamples", r.resamples());
            a.put("failedResamples", r.bootstrapFailed());
            if (r.ciReason().isPresent()) a.put("ciReason", r.ciReason().get());
            else a.putNull("ciReason");
            a.put("identified", r.eIdentified());
            warnings(a.putArray("warnings"), r.warnings());
            Bootstrap.Interval alpha = r.intervals().get("alpha");
            List<String> said = new ArrayList<>();
            said.add("fitted over " + Numbers.format(r.points().compute()[0]) + " to " + Numbers.format(r.points().compute()[r.points().size() - 1])
                    + " FLOP, " + r.points().runs() + " run" + (r.points().runs() == 1 ? "" : "s") + " on the frontier");
            if (!r.eIdentified()) said.add("E NOT IDENTIFIED");
            if (!skippedText.isEmpty()) said.add("left out " + skippedText);
            rows.add(Reports.row(f.algorithm(), String.valueOf(f.runs().size()), String.valueOf(r.points().size()),
                    String.format(Locale.ROOT, "%.2f", r.decades()), r.parameters().get("E"), r.parameters().get("A"), r.parameters().get("alpha"),
                    alpha == null ? (resamples > 0 ? "refused" : "") : String.format(Locale.ROOT, "%.4f to %.4f", alpha.low(), alpha.high()),
                    String.join("; ", said)));
            for (FitWarning w : r.warnings()) notes.add(f.algorithm() + ": " + w.message() + ".");
        }
        if (!comparisons.isEmpty()) {
            ArrayNode cs = root.putArray("comparisons");
            comparisons.forEach((variant, d) -> {
                cs.add(comparison(baseline, variant, d));
                notes.add(variant + " against " + baseline + ": " + d.describe() + ".");
            });
        }
        skippedFiles(root, notes, read.skippedByReason());
        ArrayNode jn = root.putArray("notes");
        for (CurvesReader.Note n : read.notes()) {
            ObjectNode j = jn.addObject();
            j.put("file", n.file());
            j.put("line", n.line());
            j.put("message", n.message());
            notes.add(n.file() + ", line " + n.line() + ": " + n.message() + ".");
        }
        String title = String.format(Locale.ROOT, "L = E + A C^alpha fitted to the %s of each algorithm's runs (%s loss, %s FLOPs) within %s to %s FLOP%s%s",
                o.method() == Frontier.Method.ENVELOPE ? "lower envelope" : "final points", loss, compute, Numbers.format(o.window().min()),
                Numbers.format(o.window().max()), Double.isNaN(o.fixedE()) ? ", E fitted" : ", E fixed at " + o.fixedE(),
                resamples > 0 ? "; 95% intervals from " + resamples + " bootstrap resamples of the runs" : "");
        return new Report(title, List.of(new Report.Column("algorithm", TEXT), new Report.Column("runs", TEXT), new Report.Column("points", TEXT),
                new Report.Column("decades", TEXT), new Report.Column("E", NUMBER), new Report.Column("A", NUMBER), new Report.Column("alpha", NUMBER),
                new Report.Column("alpha 95%", TEXT), new Report.Column("note", TEXT)), rows, root, notes);
    }

    static ObjectNode comparison(String baseline, String variant, ScaleDependence d) {
        ObjectNode c = JSON.objectNode();
        c.put("baseline", baseline);
        c.put("variant", variant);
        c.put("verdict", d.verdict().word);
        c.put("reason", d.reason());
        ObjectNode pd = c.putObject("perDecade");
        Reports.put(pd, "value", d.perDecade());
        if (d.perDecadeInterval().isPresent()) {
            pd.putArray("ci").add(d.perDecadeInterval().get().low()).add(d.perDecadeInterval().get().high());
        } else {
            pd.putNull("ci");
            pd.put("ciReason", d.ciReason().orElse("no interval"));
        }
        c.put("margin", d.margin());
        if (d.range().isPresent()) {
            ObjectNode r = c.putObject("range");
            r.put("from", d.range().get().min());
            r.put("to", d.range().get().max());
            r.put("decades", d.decades());
        } else {
            c.putNull("range");
        }
        Reports.put(c, "cegLow", d.cegLow());
        Reports.put(c, "cegHigh", d.cegHigh());
        ObjectNode diff = c.putObject("alphaDifference");
        diff.put("value", d.alphaDifference());
        if (d.alphaInterval().isPresent()) diff.putArray("ci").add(d.alphaInterval().get().low()).add(d.alphaInterval().get().high());
        else diff.putNull("ci");
        c.put("failedResamples", d.failedResamples());
        return c;
    }

    private static void warnings(ArrayNode out, List<FitWarning> warnings) {
        for (FitWarning w : warnings) {
            ObjectNode j = out.addObject();
            j.put("code", w.code());
            j.put("message", w.message());
        }
    }

    /** {@code "skipped": {reason: [files]}} and a line a file under "Not used:" in the notes. */
    private static void skippedFiles(ObjectNode root, List<String> notes, Map<String, List<String>> byReason) {
        ObjectNode skipped = root.putObject("skipped");
        if (byReason.isEmpty()) return;
        int n = byReason.values().stream().mapToInt(List::size).sum();
        notes.add(String.format(Locale.ROOT, "Not used (%,d file%s):", n, n == 1 ? "" : "s"));
        byReason.forEach((reason, files) -> {
            ArrayNode a = skipped.putArray(reason);
            for (String f : files) {
                a.add(f);
                notes.add("  " + f + ": " + reason);
            }
        });
    }

    /**
     * {@code {"target", "method", "baselineRuns", "rows": [...], "skipped": {reason: [files]}}}; each row {@code
     * {"variant", "multiplier": {"value", "ci": [lo, hi] | null, "ciReason"} | null, "multiplierReason", "bound":
     * {"atLeast", "value"} | null, "n", "pairing", "flags": [...], "reached", "notObserved", "pairs": [{"baseline",
     * "variant", "target", "baselineCompute", "baselineReach", "variantCompute", "variantReach", "multiplier",
     * "bound"}]}}, rows sorted by multiplier, largest first.
     */
    public static Report ablation(List<Ablation.Result> results, double target, String method, int baselineRuns, Map<String, List<String>> skippedFiles) {
        ObjectNode root = JSON.objectNode();
        if (Double.isNaN(target)) root.put("target", "final");
        else root.put("target", target);
        root.put("method", method);
        root.put("baselineRuns", baselineRuns);
        ArrayNode jrows = root.putArray("rows");
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Ablation.Result> sorted = new ArrayList<>(results);
        sorted.sort(Ablation.ORDER);
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        Map<String, List<String>> noInterval = new LinkedHashMap<>();
        skippedFiles.forEach((k, v) -> skipped.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        for (var r : sorted) {
            ObjectNode j = jrows.addObject();
            j.put("variant", r.variant());
            if (r.multiplier().isPresent()) {
                ObjectNode m = j.putObject("multiplier");
                m.put("value", r.multiplier().getAsDouble());
                if (!Double.isNaN(r.low())) {
                    m.putArray("ci").add(r.low()).add(r.high());
                } else {
                    m.putNull("ci");
                    m.put("ciReason", r.ciReason().orElse("no interval"));
                }
            } else {
                j.putNull("multiplier");
                j.put("multiplierReason", r.ciReason().orElse("no pair's crossing of the target was observed"));
            }
            if (r.bound().isPresent()) {
                ObjectNode b = j.putObject("bound");
                b.put("atLeast", r.bound().get().atLeast());
                b.put("value", r.bound().get().value());
            } else {
                j.putNull("bound");
            }
            j.put("n", r.n());
            j.put("pairing", r.pairing().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ArrayNode flags = j.putArray("flags");
            r.flags().forEach(flags::add);
            j.put("reached", r.reached());
            j.put("notObserved", r.notObserved());
            ArrayNode pairs = j.putArray("pairs");
            for (var p : r.pairs()) {
                ObjectNode pj = pairs.addObject();
                pj.put("baseline", p.baseline().file());
                pj.put("variant", p.variant().file());
                pj.put("target", p.target());
                pj.put("baselineCompute", p.baselineCrossing().compute());
                pj.put("baselineReach", reach(p.baselineCrossing().reach()));
                pj.put("variantCompute", p.variantCrossing().compute());
                pj.put("variantReach", reach(p.variantCrossing().reach()));
                Reports.put(pj, "multiplier", p.multiplier());
                if (p.bound().isPresent()) pj.put("bound", p.bound().get().text());
                else pj.putNull("bound");
            }
            r.skipped().forEach((k, v) -> skipped.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            String interval = !Double.isNaN(r.low()) ? Numbers.times(r.low()) + " to " + Numbers.times(r.high()) : "none";
            rows.add(Reports.row(r.variant(), r.multiplier().isPresent() ? r.multiplier().getAsDouble() : null,
                    r.multiplier().isEmpty() ? r.bound().map(Ablation.Bound::text).orElse("not observed") : interval, String.valueOf(r.n()),
                    String.join(", ", r.flags())));
            if (r.multiplier().isPresent() && Double.isNaN(r.low()) && r.ciReason().isPresent()) {
                noInterval.computeIfAbsent(r.ciReason().get(), k -> new ArrayList<>()).add(r.variant());
            }
            if (r.notObserved() > 0) {
                notes.add(String.format(Locale.ROOT, "%s: %d of %d run pair%s do not both cross the target within their logged rows%s.", r.variant(), r.notObserved(),
                        r.pairs().size(), r.pairs().size() == 1 ? "" : "s", method.equals("nearest") ? " (the paper's rule takes their closest rows all the same)"
                                : r.bound().isPresent() ? "; the rows bound the multiplier: " + r.bound().get().text() : ""));
            }
        }
        // one line for each reason rows have no interval, naming the rows (all of them, typically, for one-seed ablations)
        noInterval.forEach((why, variants) -> notes.add(0, "No interval for " + (variants.size() == sorted.size() && variants.size() > 1
                ? "any row" : String.join(", ", variants)) + ": " + why + "."));
        ObjectNode sj = root.putObject("skipped");
        skipped.forEach((k, v) -> {
            ArrayNode a = sj.putArray(k);
            v.forEach(a::add);
        });
        if (!skipped.isEmpty()) {
            int n = skipped.values().stream().mapToInt(List::size).sum();
            notes.add(String.format(Locale.ROOT, "Not used (%,d file%s):", n, n == 1 ? "" : "s"));
            skipped.forEach((reason, files) -> files.forEach(f -> notes.add("  " + f + ": " + reason)));
        }
        String title = "Ablation multipliers: the baseline's compute over the variant's at " + (Double.isNaN(target)
                ? "the higher of each pair's final losses" : "loss " + target) + " (" + (method.equals("nearest")
                ? "the paper's rule: the logged row closest to the target, reached or not" : "interpolated where both runs cross it")
                + "; geometric mean over independent pairs, 95% t interval)";
        return new Report(title, List.of(new Report.Column("variant", TEXT), new Report.Column("multiplier", NUMBER, "not observed"),
                new Report.Column("95% interval or bound", TEXT), new Report.Column("n", TEXT), new Report.Column("flags", TEXT)), rows, root, notes);
    }

    private static String reach(Ablation.Reach r) {
        return switch (r) {
            case OBSERVED -> "observed";
            case BEFORE_FIRST -> "before-first-row";
            case NEVER -> "never";
        };
    }
}
