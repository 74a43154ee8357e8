package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.COMPUTE;
import static org.scalingexplorer.io.report.Report.Kind.FLAG;
import static org.scalingexplorer.io.report.Report.Kind.LOSS;
import static org.scalingexplorer.io.report.Report.Kind.MULTIPLIER;
import static org.scalingexplorer.io.report.Report.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.CegResult;
import org.scalingexplorer.model.Comparability;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Uncertainty;

/** The CEG table: every algorithm's CEG against a reference at one compute, with its interval where one is known. */
public final class CegReports {
    private CegReports() {
    }

/** Each algorithm's CEG against {@code referenceId} at {@code compute}. */
    public static Report ceg(Dataset d, String referenceId, Anchor anchor, double compute) {
        return ceg(d, referenceId, anchor, compute, Uncertainty.none());
    }

    /**
     * The CEG of every algorithm against the reference; when {@code u} draws laws that enter a CEG, that row gets its
     * interval ({@code "ci": [low, high]} in JSON, two columns in the table). Text and Markdown name the algorithms;
     * CSV and JSON give their ids.
     */
    public static Report ceg(Dataset d, String referenceId, Anchor anchor, double compute, Uncertainty u) {
        Algorithm reference = d.algorithm(referenceId);
        ObjectNode root = Reports.JSON.objectNode();
        root.put("compute", compute);
        root.put("reference", reference.id());
        root.put("anchor", anchor.id());
        ArrayNode jrows = root.putArray("rows");
        List<List<Object>> rows = new ArrayList<>();
        for (Algorithm a : d.algorithms()) {
            double loss = a.law().loss(compute);
            ObjectNode j = jrows.addObject();
            j.put("algorithm", a.id());
            j.put("name", a.name());
            j.put("lossScale", a.lossScale());
            j.put("loss", loss);
            Comparability same = d.comparability(reference, a);
            j.put("comparable", same.comparable());
            if (!same.reason().isEmpty()) j.put("reason", same.reason());
            if (!same.comparable()) {
                // the loss is shown; no compute is matched against a loss on another scale
                j.putNull("targetLoss");
                j.putNull("matchedCompute");
                j.putNull("ceg");
                j.put("unreachable", false);
                j.put("extrapolated", false);
                rows.add(withInterval(u.isEmpty(), Reports.row(new Report.Named(a.id(), a.name()), loss, "not comparable", "not comparable", false, false,
                        same.reason()), null));
                continue;
            }
            CegResult r = Ceg.between(reference.law(), a.law(), anchor, compute);
            j.put("targetLoss", r.targetLoss());
            Reports.put(j, "matchedCompute", r.matchedCompute());
            Reports.put(j, "ceg", r.ceg());
            j.put("unreachable", r.unreachable());
            j.put("extrapolated", r.extrapolated());
            Bootstrap.Interval ci = u.isEmpty() || r.ceg().isEmpty() ? null : u.ceg(reference, a, anchor, compute).orElse(null);
            if (ci != null) j.putArray("ci").add(ci.low()).add(ci.high());
            rows.add(withInterval(u.isEmpty(), Reports.row(new Report.Named(a.id(), a.name()), loss, Reports.box(r.matchedCompute()), Reports.box(r.ceg()), r.unreachable(),
                    r.extrapolated(), same.reason()), ci));
        }
        String title = "CEG against " + reference.name() + " at " + Numbers.format(compute) + " FLOP, anchored at the "
                + anchor.id() + (anchor == Anchor.REFERENCE ? " (the reference trains with this compute)" : " (each candidate trains with this compute)");
        List<Report.Column> columns = new ArrayList<>(List.of(
                new Report.Column("algorithm", TEXT), new Report.Column("loss", LOSS),
                new Report.Column("matched compute", COMPUTE, "unreachable"), new Report.Column("CEG", MULTIPLIER, "unreachable"),
                new Report.Column("unreachable", FLAG), new Report.Column("extrapolated", FLAG), new Report.Column("note", TEXT)));
        if (!u.isEmpty()) {
            String level = Math.round(u.level() * 100) + "% ";
            columns.add(4, new Report.Column("CEG " + level + "low", MULTIPLIER, ""));
            columns.add(5, new Report.Column("CEG " + level + "high", MULTIPLIER, ""));
        }
        return new Report(title, columns, rows, root);
    }

    /** {@code r} with the CEG's interval after the CEG column, when there are intervals at all. */
    private static List<Object> withInterval(boolean none, List<Object> r, Bootstrap.Interval ci) {
        if (none) return r;
        List<Object> out = new ArrayList<>(r);
        out.add(4, ci == null ? null : ci.low());
        out.add(5, ci == null ? null : ci.high());
        return out;
    }

}
