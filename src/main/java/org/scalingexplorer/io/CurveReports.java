package org.scalingexplorer.io;

import static org.scalingexplorer.io.Report.Kind.NUMBER;
import static org.scalingexplorer.io.Report.Kind.TEXT;
import static org.scalingexplorer.io.Reports.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Frontier;

/** The report of laws fitted to training curves' frontiers. */
public final class CurveReports {
    private CurveReports() {
    }

    /** One fitted algorithm, or why it could not be fitted. */
    public record Fitted(String algorithm, int runs, Frontier.Result result, String failure, Map<String, Integer> skipped) {
    }

    /**
     * {@code {"method", "window": [lo, hi], "loss", "compute", "algorithms": [{"id", "runs", "pointsUsed", "skipped":
     * {reason: n}, "parameters": {"E": {"value", "ci": [lo, hi]}, "A": {..}, "alpha": {..}}, "fitRange": [lo, hi]}]}};
     * a parameter held fixed has no "ci", an algorithm that could not be fitted has "parameters": null and a "reason".
     */
    public static Report curves(List<Fitted> fitted, Frontier.Options o, String loss, String compute, int resamples) {
        return curves(fitted, o, loss, compute, resamples, null, Map.of());
    }

    /**
     * With {@code comparisons} (each algorithm against {@code baseline}): {@code "comparisons": [{"baseline", "variant",
     * "alphaDifference": {"value", "ci"}, "range": [lo, hi], "cegLow", "cegHigh", "perDecade", "scaleDependent",
     * "verdict"}]}, and the verdict in each variant's note.
     */
    public static Report curves(List<Fitted> fitted, Frontier.Options o, String loss, String compute, int resamples, String baseline,
                                Map<String, org.scalingexplorer.model.fit.ScaleDependence> comparisons) {
        ObjectNode root = JSON.objectNode();
        root.put("method", o.method() == Frontier.Method.ENVELOPE ? "envelope" : "final");
        root.putArray("window").add(o.window().min()).add(o.window().max());
        root.put("loss", loss);
        root.put("compute", compute);
        root.put("bootstrap", resamples);
        ArrayNode algorithms = root.putArray("algorithms");
        List<List<Object>> rows = new ArrayList<>();
        for (Fitted f : fitted) {
            ObjectNode a = algorithms.addObject();
            a.put("id", f.algorithm());
            a.put("runs", f.runs());
            ObjectNode skipped = a.putObject("skipped");
            f.skipped().forEach(skipped::put);
            String skippedText = String.join("; ", f.skipped().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            if (f.result() == null) {
                a.put("pointsUsed", 0);
                a.putNull("parameters");
                a.put("reason", f.failure());
                rows.add(Reports.row(f.algorithm(), String.valueOf(f.runs()), "0", null, null, null, "", "not fitted: " + f.failure()
                        + (skippedText.isEmpty() ? "" : "; skipped " + skippedText)));
                continue;
            }
            Frontier.Result r = f.result();
            a.put("pointsUsed", r.points().size());
            ObjectNode params = a.putObject("parameters");
            for (String name : List.of("E", "A", "alpha")) {
                ObjectNode p = params.putObject(name);
                p.put("value", r.parameters().get(name));
                Bootstrap.Interval i = r.intervals().get(name);
                boolean fixed = name.equals("E") && !Double.isNaN(o.fixedE());
                if (fixed) p.put("fixed", true);
                else if (i != null) p.putArray("ci").add(i.low()).add(i.high());
            }
            a.putArray("fitRange").add(r.points().compute()[0]).add(r.points().compute()[r.points().size() - 1]);
            Bootstrap.Interval alpha = r.intervals().get("alpha");
            rows.add(Reports.row(f.algorithm(), String.valueOf(f.runs()), String.valueOf(r.points().size()), r.parameters().get("E"), r.parameters().get("A"),
                    r.parameters().get("alpha"), alpha == null ? "" : String.format(Locale.ROOT, "%.4f to %.4f", alpha.low(), alpha.high()),
                    "fitted over " + Numbers.format(r.points().compute()[0]) + " to " + Numbers.format(r.points().compute()[r.points().size() - 1])
                            + " FLOP" + (skippedText.isEmpty() ? "" : "; skipped " + skippedText)
                            + (comparisons.containsKey(f.algorithm()) ? "; against " + baseline + ": " + comparisons.get(f.algorithm()).verdict() : "")));
        }
        if (!comparisons.isEmpty()) {
            ArrayNode cs = root.putArray("comparisons");
            comparisons.forEach((variant, d) -> {
                ObjectNode c = cs.addObject();
                c.put("baseline", baseline);
                c.put("variant", variant);
                ObjectNode diff = c.putObject("alphaDifference");
                diff.put("value", d.alphaDifference());
                d.interval().ifPresent(i -> diff.putArray("ci").add(i.low()).add(i.high()));
                if (d.range().isPresent()) c.putArray("range").add(d.range().get().min()).add(d.range().get().max());
                else c.putNull("range");
                Reports.put(c, "cegLow", d.cegLow());
                Reports.put(c, "cegHigh", d.cegHigh());
                Reports.put(c, "perDecade", d.perDecade());
                c.put("scaleDependent", d.scaleDependent());
                c.put("verdict", d.verdict());
            });
        }
        String title = String.format(Locale.ROOT, "L = E + A C^alpha fitted to the %s of each algorithm's runs (%s loss, %s FLOPs) within %s to %s FLOP%s%s",
                o.method() == Frontier.Method.ENVELOPE ? "lower envelope" : "final points", loss, compute, Numbers.format(o.window().min()),
                Numbers.format(o.window().max()), Double.isNaN(o.fixedE()) ? ", E fitted" : ", E fixed at " + o.fixedE(),
                resamples > 0 ? "; 95% intervals from " + resamples + " bootstrap resamples of the runs" : "");
        return new Report(title, List.of(new Report.Column("algorithm", TEXT), new Report.Column("runs", TEXT), new Report.Column("points", TEXT),
                new Report.Column("E", NUMBER), new Report.Column("A", NUMBER), new Report.Column("alpha", NUMBER),
                new Report.Column("alpha 95%", TEXT), new Report.Column("note", TEXT)), rows, root);
    }

    /**
     * {@code {"target", "method", "baselineRuns", "rows": [{"variant", "multiplier": {"value", "ci": [lo, hi]}, "seeds",
     * "reached", "notReached", "pairs": [{"baseline", "variant", "target", "baselineCompute", "variantCompute",
     * "multiplier"}]}]}}, rows sorted by multiplier, largest first; a multiplier no pair reached is null with a reason.
     */
    public static Report ablation(List<org.scalingexplorer.model.fit.Ablation.Result> results, double target, String method, int baselineRuns) {
        ObjectNode root = JSON.objectNode();
        if (Double.isNaN(target)) root.put("target", "final");
        else root.put("target", target);
        root.put("method", method);
        root.put("baselineRuns", baselineRuns);
        ArrayNode jrows = root.putArray("rows");
        List<List<Object>> rows = new ArrayList<>();
        List<org.scalingexplorer.model.fit.Ablation.Result> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Double.compare(b.multiplier().orElse(-1), a.multiplier().orElse(-1)));
        for (var r : sorted) {
            ObjectNode j = jrows.addObject();
            j.put("variant", r.variant());
            int notReached = r.pairs().size() - r.reached();
            if (r.multiplier().isPresent()) {
                ObjectNode m = j.putObject("multiplier");
                m.put("value", r.multiplier().getAsDouble());
                if (!Double.isNaN(r.low())) m.putArray("ci").add(r.low()).add(r.high());
            } else {
                j.putNull("multiplier");
                j.put("multiplierReason", "no run pair reaches the target loss");
            }
            j.put("seeds", r.reached());
            j.put("reached", notReached == 0);
            j.put("notReached", notReached);
            ArrayNode pairs = j.putArray("pairs");
            for (var p : r.pairs()) {
                ObjectNode pj = pairs.addObject();
                pj.put("baseline", p.baseline().file());
                pj.put("variant", p.variant().file());
                pj.put("target", p.target());
                Reports.put(pj, "baselineCompute", p.baselineCompute());
                Reports.put(pj, "variantCompute", p.variantCompute());
                Reports.put(pj, "multiplier", p.multiplier());
            }
            rows.add(Reports.row(r.variant(), r.multiplier().isPresent() ? r.multiplier().getAsDouble() : null,
                    Double.isNaN(r.low()) ? "" : String.format(Locale.ROOT, "%.3f to %.3f", r.low(), r.high()), String.valueOf(r.reached()),
                    notReached == 0 ? "" : notReached + " run pair(s) never reach the target loss"));
        }
        String title = "Ablation multipliers: the baseline's compute over the variant's at " + (Double.isNaN(target)
                ? "the higher of each pair's final losses" : "loss " + target) + " (" + method + "; geometric mean over seeds, 95% t interval)";
        return new Report(title, List.of(new Report.Column("variant", TEXT), new Report.Column("multiplier", NUMBER, "not reached"),
                new Report.Column("95% interval", TEXT), new Report.Column("seeds", TEXT), new Report.Column("note", TEXT)), rows, root);
    }
}
