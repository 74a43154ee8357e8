package org.scalingexplorer.ui.runs;

import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.Painter;

/** A chart area with nothing to plot yet: a line of text saying what to do. */
final class Drawings {
    private Drawings() {
    }

    static ChartExport.Drawing empty(String text, ChartStyle style) {
        return (g, w, h) -> {
            g.fill(style.background());
            g.fillRect(0, 0, w, h);
            g.fill(style.muted());
            g.font(style.font(), false);
            g.text(text, w / 2, h / 2, Painter.HAlign.CENTER, Painter.VAlign.CENTER);
        };
    }
}
