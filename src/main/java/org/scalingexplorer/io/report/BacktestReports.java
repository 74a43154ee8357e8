package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.COMPUTE;
import static org.scalingexplorer.io.report.Report.Kind.LOSS;
import static org.scalingexplorer.io.report.Report.Kind.MULTIPLIER;
import static org.scalingexplorer.io.report.Report.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Backtest;

/** Backtests as a report: each held-out frontier point's prediction, its error and how far beyond the fit it lies. */
public final class BacktestReports {
    private BacktestReports() {
    }

    /** {@code failures}: the algorithms that could not be backtested, with why. */
    public static Report backtest(double fitBelow, String split, List<Backtest> backtests, Map<String, String> failures) {
        ObjectNode root = Reports.JSON.objectNode();
        ObjectNode bt = root.putObject("backtest");
        if (Double.isNaN(fitBelow)) bt.putNull("fitBelow");
        else bt.put("fitBelow", fitBelow);
        bt.put("split", split);
        ArrayNode fits = bt.putArray("fits");
        ArrayNode points = bt.putArray("points");
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Backtest b : backtests) {
            ObjectNode f = fits.addObject();
            f.put("algorithm", b.algorithm());
            f.put("predictionsFrom", b.fitBelow());
            f.put("E", b.fit().parameters().get("E"));
            f.put("A", b.fit().parameters().get("A"));
            f.put("alpha", b.fit().parameters().get("alpha"));
            f.put("fittedFrom", b.fit().points().compute()[0]);
            f.put("fittedTo", b.fit().points().compute()[b.fit().points().size() - 1]);
            f.put("fitPoints", b.fit().points().size());
            f.put("decadesChecked", b.decadesChecked());
            for (Backtest.Point p : b.points()) {
                ObjectNode j = points.addObject();
                j.put("algorithm", b.algorithm());
                j.put("compute", p.compute());
                j.put("decadesBeyond", p.decadesBeyond());
                j.put("observed", p.observed());
                j.put("predicted", p.predicted());
                j.put("error", p.error());
                if (Double.isNaN(p.computeFactor())) j.putNull("computeFactor");
                else j.put("computeFactor", p.computeFactor());
                rows.add(Reports.row(b.algorithm(), p.compute(), String.format(Locale.ROOT, "%.2f", p.decadesBeyond()), p.observed(), p.predicted(),
                        String.format(Locale.ROOT, "%+.4f", p.error()), Double.isNaN(p.computeFactor()) ? null : p.computeFactor()));
            }
            notes.add(String.format(Locale.ROOT, "%s: fitted on %d frontier points from %s to %s FLOP (E %s, A %s, alpha %s); its predictions are "
                            + "checked up to %.2f decades beyond them, the largest error %.4f in loss. Beyond the last run the law is a projection, which "
                            + "no run checks.", b.algorithm(), b.fit().points().size(), Numbers.format(b.fit().points().compute()[0]),
                    Numbers.format(b.fit().points().compute()[b.fit().points().size() - 1]), Numbers.parameter(b.fit().parameters().get("E")),
                    Numbers.parameter(b.fit().parameters().get("A")), Numbers.parameter(b.fit().parameters().get("alpha")), b.decadesChecked(),
                    b.worstError()));
        }
        ArrayNode failed = bt.putArray("notBacktested");
        failures.forEach((alg, why) -> {
            ObjectNode j = failed.addObject();
            j.put("algorithm", alg);
            j.put("reason", why);
            notes.add(alg + " not backtested: " + why + ".");
        });
        notes.add("error = predicted - observed loss (positive: the law was pessimistic); compute factor = the compute the law needs to reach the "
                + "observed loss over the compute the run used (above 1: the run did better than predicted; empty where the observed loss is at or "
                + "below the law's floor).");
        String title = "Backtest: frontiers fitted " + split + ", predicting the larger runs' frontier points";
        return new Report(title, List.of(new Report.Column("algorithm", TEXT), new Report.Column("compute", COMPUTE),
                new Report.Column("decades beyond", TEXT), new Report.Column("observed", LOSS), new Report.Column("predicted", LOSS),
                new Report.Column("error", TEXT), new Report.Column("compute factor", MULTIPLIER, "below the floor")), rows, root, notes);
    }
}
