package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.COMPUTE;
import static org.scalingexplorer.io.report.Report.Kind.LOSS;
import static org.scalingexplorer.io.report.Report.Kind.NUMBER;
import static org.scalingexplorer.io.report.Report.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.IsoFlop;

/** IsoFLOP profiles as a report: each budget's N_opt (or why none), and the exponent of N_opt(C) with its interval. */
public final class IsoFlopReports {
    private IsoFlopReports() {
    }

    public static Report isoflop(String algorithm, IsoFlop iso) {
        ObjectNode root = Reports.JSON.objectNode();
        ObjectNode j = root.putObject("isoflop");
        j.put("algorithm", algorithm);
        j.put("sizeFrom", iso.sizeFrom());
        ArrayNode budgets = j.putArray("budgets");
        List<List<Object>> rows = new ArrayList<>();
        for (IsoFlop.Budget b : iso.budgets()) {
            ObjectNode bj = budgets.addObject();
            bj.put("compute", b.compute());
            bj.put("nOpt", b.nOpt());
            bj.put("minLoss", b.minLoss());
            ArrayNode pts = bj.putArray("points");
            for (IsoFlop.Point p : b.points()) {
                ObjectNode pj = pts.addObject();
                pj.put("n", p.n());
                pj.put("loss", p.loss());
                pj.put("file", p.file());
            }
            rows.add(Reports.row(b.compute(), b.nOpt(), b.minLoss(), String.valueOf(b.points().size()), ""));
        }
        ArrayNode refused = j.putArray("refused");
        for (IsoFlop.Refused r : iso.refused()) {
            ObjectNode rj = refused.addObject();
            rj.put("compute", r.compute());
            rj.put("reason", r.reason());
            rows.add(Reports.row(r.compute(), null, null, "", r.reason()));
        }
        rows.sort((a, b) -> Double.compare((Double) a.get(0), (Double) b.get(0)));
        List<String> notes = new ArrayList<>();
        notes.add("Each run's loss at a budget is interpolated between the two logged rows around it, never past a run's ends; a parabola in "
                + "ln N through the lowest point and its two neighbours on each side places N_opt. Sizes: " + iso.sizeFrom() + ".");
        if (iso.exponent().isPresent()) {
            IsoFlop.Exponent x = iso.exponent().get();
            ObjectNode e = j.putObject("exponent");
            e.put("value", x.a());
            e.put("k", x.k());
            if (x.ci().isPresent()) {
                ArrayNode ci = e.putArray("ci");
                ci.add(x.ci().get().low());
                ci.add(x.ci().get().high());
            } else {
                e.putNull("ci");
                e.put("ciReason", x.ciReason().orElse(""));
            }
            e.put("resamples", x.resamples());
            e.put("failedResamples", x.failed());
            notes.add(String.format(Locale.ROOT, "N_opt(C) = %s C^%.4f over %d budgets%s.", Numbers.parameter(x.k()), x.a(), iso.budgets().size(),
                    x.ci().map(c -> String.format(Locale.ROOT, ", a's 95%% interval %.4f to %.4f (bootstrap over runs)", c.low(), c.high()))
                            .orElse("; no interval: " + x.ciReason().orElse(""))));
        } else {
            j.putNull("exponent");
            notes.add("No N_opt(C): " + iso.budgets().size() + " budget" + (iso.budgets().size() == 1 ? "" : "s") + " placed a minimum, and a power law "
                    + "needs " + IsoFlop.MIN_BUDGETS + ". Run sizes either side of the optimum at more budgets.");
        }
        return new Report("IsoFLOP profiles of " + algorithm + " (Hoffmann et al. 2022's Approach 2)", List.of(new Report.Column("budget", COMPUTE),
                new Report.Column("N_opt", NUMBER, "none"), new Report.Column("loss at N_opt", LOSS, ""), new Report.Column("runs", TEXT),
                new Report.Column("why none", TEXT)), rows, root, notes);
    }
}
