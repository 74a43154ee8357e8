package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.model.fit.Ablation;
import org.scalingexplorer.render.BarsRenderer;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;

/** Ablation multipliers as the paper drew them: one bar per variant, largest first, with its 95% interval over seeds. */
public final class AblationFigure {
    private AblationFigure() {
    }

    public static List<BarsRenderer.Bar> bars(List<Ablation.Result> results) {
        List<Ablation.Result> sorted = new ArrayList<>(results);
        sorted.sort(Ablation.ORDER);
        List<BarsRenderer.Bar> bars = new ArrayList<>();
        for (Ablation.Result r : sorted) {
            List<String> note = new ArrayList<>();
            note.add("n = " + r.n());
            note.addAll(r.flags());
            if (r.multiplier().isPresent()) {
                bars.add(new BarsRenderer.Bar(r.variant(), r.multiplier().getAsDouble(), r.low(), r.high(), "", 0, String.join(", ", note)));
            } else if (r.bound().isPresent()) {
                bars.add(new BarsRenderer.Bar(r.variant(), r.bound().get().value(), Double.NaN, Double.NaN, "", r.bound().get().atLeast() ? 1 : -1,
                        "not observed, a bound"));
            } else {
                bars.add(new BarsRenderer.Bar(r.variant(), Double.NaN, Double.NaN, Double.NaN, "not observed: no pair crosses the target within its rows", 0, ""));
            }
        }
        return bars;
    }


    public static ChartExport.Drawing drawing(List<Ablation.Result> results, String target, ChartStyle style) {
        List<BarsRenderer.Bar> bars = bars(results);
        int left = results.stream().mapToInt(r -> r.skipped().values().stream().mapToInt(List::size).sum()).sum();
        String title = "Ablation multipliers (the baseline's compute over the variant's at " + target + ")"
                + (left == 0 ? "" : "; " + left + " run(s) left out of the pairing");
        return (g, w, h) -> BarsRenderer.draw(g, title, bars, w, h, style);
    }
}
