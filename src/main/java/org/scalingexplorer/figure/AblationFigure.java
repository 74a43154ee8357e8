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
        sorted.sort((a, b) -> Double.compare(b.multiplier().orElse(-1), a.multiplier().orElse(-1)));
        List<BarsRenderer.Bar> bars = new ArrayList<>();
        for (Ablation.Result r : sorted) {
            String label = r.variant() + (r.reached() > 1 ? " (" + r.reached() + " seeds)" : "");
            bars.add(new BarsRenderer.Bar(label, r.multiplier().orElse(Double.NaN), r.low(), r.high(),
                    r.multiplier().isPresent() ? "" : "never reaches the target loss"));
        }
        return bars;
    }

    public static ChartExport.Drawing drawing(List<Ablation.Result> results, String target, ChartStyle style) {
        List<BarsRenderer.Bar> bars = bars(results);
        String title = "Ablation multipliers (the baseline's compute over the variant's at " + target + ")";
        return (g, w, h) -> BarsRenderer.draw(g, title, bars, w, h, style);
    }
}
