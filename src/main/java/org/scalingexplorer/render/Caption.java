package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A caption under a chart: lines of small muted text (each wrapped to the width), the chart drawn in the space above
 * them. How exports say where their numbers come from.
 */
public final class Caption {
    private Caption() {
    }

    /** {@code chart} with {@code lines} under it; {@code chart} itself when there are none. */
    public static ChartExport.Drawing below(ChartExport.Drawing chart, List<String> lines, ChartStyle s) {
        if (lines.isEmpty()) return chart;
        return (g, w, h) -> {
            double pad = 6 * s.scale();
            double size = s.font() * 0.85;
            g.font(size, false);
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) wrapped.addAll(Header.wrap(g, line, w - 2 * pad));
            double lineH = size * 1.35;
            // never more than a third of the height: the chart stays the point
            int fit = (int) Math.max(1, Math.min(wrapped.size(), Math.floor(h / 3 / lineH)));
            double ch = fit * lineH + 2 * pad;
            g.save();
            g.clipRect(0, 0, w, h - ch);
            chart.draw(g, w, h - ch);
            g.restore();
            g.fill(s.background());
            g.fillRect(0, h - ch, w, ch);
            g.fill(s.muted());
            g.font(size, false);
            for (int i = 0; i < fit; i++) {
                String text = i == fit - 1 && fit < wrapped.size() ? wrapped.get(i) + " ..." : wrapped.get(i);
                g.text(text, pad, h - ch + pad + i * lineH, Painter.HAlign.LEFT, Painter.VAlign.TOP);
            }
        };
    }
}
