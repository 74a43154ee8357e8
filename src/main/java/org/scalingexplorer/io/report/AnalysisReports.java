package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.COMPUTE;
import static org.scalingexplorer.io.report.Report.Kind.FRACTION;
import static org.scalingexplorer.io.report.Report.Kind.LOSS;
import static org.scalingexplorer.io.report.Report.Kind.MULTIPLIER;
import static org.scalingexplorer.io.report.Report.Kind.NUMBER;
import static org.scalingexplorer.io.report.Report.Kind.TEXT;
import static org.scalingexplorer.io.report.Report.Kind.YEAR;
import static org.scalingexplorer.io.report.Reports.JSON;
import static org.scalingexplorer.io.report.Reports.box;
import static org.scalingexplorer.io.report.Reports.put;
import static org.scalingexplorer.io.report.Reports.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.io.json.IntervalFields;
import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.AllocationView;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.Sensitivity;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Uncertainty;

/** Reports of the analyses that move inputs or allocations: sensitivity and allocation (the others are in {@link Reports}). */
public final class AnalysisReports {
    private AnalysisReports() {
    }

    /**
     * Each input moved down and up: for one year {@code {"year", "delta", "total", "share", "rows": [{"input", "value",
     * "low": {"total", "share"}, "high": {...}}]}}, for several an array of those; rows sorted by effect on the total.
     */
    public static Report sensitivity(Dataset d, List<Sensitivity.Result> results) {
        return sensitivity(d, Set.of(), Uncertainty.none(), results);
    }

    /**
     * As {@link #sensitivity(Dataset, List)}, with {@code excluded} innovations off; when {@code u} draws laws that
     * enter the attribution, each year gets the total's and the share's interval over the draws ({@code "totalInterval"},
     * {@code "shareInterval"}), and the table a first row per year with that interval, to set beside each input's swing.
     */
    public static Report sensitivity(Dataset d, Set<String> excluded, Uncertainty u, List<Sensitivity.Result> results) {
        ArrayNode all = JSON.arrayNode();
        List<List<Object>> rows = new ArrayList<>();
        boolean intervals = u.reachesAttribution(d);
        for (var r : results) {
            ObjectNode o = all.addObject();
            o.put("year", r.year());
            o.put("delta", r.delta());
            put(o, "total", r.central().total());
            if (r.central().total().isEmpty()) o.put("totalReason", "unreachable at this year's frontier compute");
            put(o, "share", r.central().share());
            if (intervals) {
                Uncertainty.AttributionIntervals iv = u.attribution(d, excluded, r.year(), d.requireTrend().compute(r.year()));
                Optional<Bootstrap.Interval> share = r.central().share().isPresent() ? iv.share() : Optional.empty();
                IntervalFields.put(o, "totalInterval", iv.total(), u.level(), IntervalFields.NO_TOTAL);
                IntervalFields.put(o, "shareInterval", share, u.level(), r.central().share().isPresent()
                        ? IntervalFields.NO_SHARE : IntervalFields.SHARE_UNDEFINED);
                rows.add(row(r.year(), IntervalFields.words(d, u, "interval"), null, "low end", iv.total().map(Bootstrap.Interval::low).orElse(null),
                        "high end", iv.total().map(Bootstrap.Interval::high).orElse(null), share.map(Bootstrap.Interval::low).orElse(null),
                        share.map(Bootstrap.Interval::high).orElse(null), ""));
            }
            // the paper's figure: the share as the first scale-dependent innovation's exponent gap is scaled by +-25%
            Sensitivity.gapInnovation(d, excluded).ifPresent(name -> {
                ObjectNode gap = o.putObject("exponentGap");
                gap.put("innovation", name);
                ArrayNode pts = gap.putArray("points");
                for (var p : Sensitivity.exponentGap(d, excluded, r.year(),
                        Sensitivity.GAP_SCALES)) {
                    ObjectNode j = pts.addObject();
                    j.put("scale", p.scale());
                    put(j, "total", p.outcome().total());
                    if (p.outcome().total().isEmpty()) j.put("totalReason", "unreachable, or no falling law, with the gap scaled so");
                    put(j, "share", p.outcome().share());
                }
            });
            ArrayNode jr = o.putArray("rows");
            for (var row : r.rows()) {
                ObjectNode j = jr.addObject();
                j.put("input", row.input());
                j.put("value", row.value());
                ObjectNode lo = j.putObject("low");
                lo.put("value", row.lowValue());
                lo.put("move", row.lowMove());
                put(lo, "total", row.low().total());
                if (row.low().total().isEmpty()) lo.put("totalReason", "unreachable, or no law, with the input moved so");
                put(lo, "share", row.low().share());
                ObjectNode hi = j.putObject("high");
                hi.put("value", row.highValue());
                hi.put("move", row.highMove());
                put(hi, "total", row.high().total());
                if (row.high().total().isEmpty()) hi.put("totalReason", "unreachable, or no law, with the input moved so");
                put(hi, "share", row.high().share());
                if (row.noEffect().isPresent()) j.put("noEffect", row.noEffect().get());
                else j.putNull("noEffect");
                rows.add(row(r.year(), row.input(), row.value(), row.lowMove(), box(row.low().total()), row.highMove(), box(row.high().total()),
                        box(row.low().share()), box(row.high().share()), row.noEffect().orElse("")));
            }
        }
        double delta = results.isEmpty() ? 0 : results.get(0).delta();
        return new Report(String.format(Locale.ROOT, "Frontier total and scale-dependent share with each input moved each way: a law's parameters and the "
                + "trend's growth × %s and × %s, a multiplier m^%s and m^%s (in log space); largest effect first", Numbers.format(1 - delta, 3),
                Numbers.format(1 + delta, 3), Numbers.format(1 - delta, 3), Numbers.format(1 + delta, 3)),
                List.of(new Report.Column("year", YEAR), new Report.Column("input", TEXT), new Report.Column("value", NUMBER),
                new Report.Column("first move", TEXT), new Report.Column("total (first)", MULTIPLIER, "unreachable"), new Report.Column("second move", TEXT),
                new Report.Column("total (second)", MULTIPLIER, "unreachable"), new Report.Column("share (first)", FRACTION, "-"),
                new Report.Column("share (second)", FRACTION, "-"), new Report.Column("note", TEXT)), rows,
                results.size() == 1 ? all.get(0) : all);
    }

    /**
     * Each L(N, D) law's allocation at {@code compute}: {@code {"compute", "rows": [{"algorithm", "allocation", "parameters",
     * "tokens", "tokensPerParameter", "loss"}], "isoFlop": {"algorithm", "points": [{"parameters", "loss"}]}}}, the
     * iso-FLOP curve of the first such law from a hundredth to a hundred times its compute-optimal size.
     */
    public static Report allocation(Dataset d, double compute) {
        ObjectNode root = JSON.objectNode();
        root.put("compute", compute);
        ArrayNode jrows = root.putArray("rows");
        List<List<Object>> rows = new ArrayList<>();
        for (var r : AllocationView.at(d, compute)) {
            ObjectNode j = jrows.addObject();
            j.put("algorithm", r.algorithm());
            j.put("allocation", r.rule());
            j.put("parameters", r.parameters());
            j.put("tokens", r.tokens());
            j.put("tokensPerParameter", r.tokensPerParameter());
            j.put("loss", r.loss());
            rows.add(row(r.algorithm(), r.rule(), r.parameters(), r.tokens(), r.tokensPerParameter(), r.loss()));
        }
        d.algorithms().stream().filter(a -> a.law() instanceof ParametricLaw).findFirst().ifPresent(a -> {
            var law = ((ParametricLaw) a.law()).withAllocation(new Allocation.ComputeOptimal());
            double opt = law.parameters(compute);
            ObjectNode iso = root.putObject("isoFlop");
            iso.put("algorithm", a.id());
            ArrayNode pts = iso.putArray("points");
            for (var p : AllocationView.isoFlop(law, compute, opt / 100, opt * 100, 41)) {
                ObjectNode j = pts.addObject();
                j.put("parameters", p.parameters());
                j.put("loss", p.loss());
            }
        });
        return new Report("How each L(N, D) law splits " + Numbers.format(compute) + " FLOP between parameters N and tokens D = C / 6N",
                List.of(new Report.Column("algorithm", TEXT), new Report.Column("allocation", TEXT), new Report.Column("parameters N", COMPUTE),
                        new Report.Column("tokens D", COMPUTE), new Report.Column("tokens per parameter", NUMBER), new Report.Column("loss", LOSS)),
                rows, root);
    }
}
