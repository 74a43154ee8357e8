package org.scalingexplorer.render;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/** An exported chart's title (wrapped) and legend (flowing entries), drawn as text above the plot. */
final class Header {
    enum Swatch { LINE, BOX, HATCHED, TICK }

    /** A legend entry; {@code dash} the line's dash lengths (empty for a solid line). */
    record Entry(String text, Rgba color, Swatch swatch, double[] dash) {
        Entry(String text, Rgba color, Swatch swatch) {
            this(text, color, swatch, new double[0]);
        }
    }

    private Header() {
    }

    /** Draws the header at the top of a surface {@code w} wide; returns the height it took. */
    static double draw(Painter g, String title, List<Entry> legend, double w, ChartStyle s) {
        double pad = 6 * s.scale();
        double y = pad;
        g.fill(s.foreground());
        g.font(s.font() * 1.1, true);
        for (String line : wrap(g, title, w - 2 * pad)) {
            g.text(line, pad, y, HAlign.LEFT, VAlign.TOP);
            y += s.font() * 1.45;
        }
        g.font(s.font(), false);
        double x = pad;
        double lineH = s.font() * 1.5;
        double sw = 16 * s.scale();
        for (Entry e : legend) {
            // an entry wider than the chart (a narrow export) wraps under its swatch rather than run off the edge
            double room = w - 2 * pad - sw - 20 * s.scale();
            List<String> lines = g.textWidth(e.text()) > room ? wrap(g, e.text(), room) : List.of(e.text());
            double ew = lines.size() > 1 ? w - 2 * pad : sw + 6 * s.scale() + g.textWidth(e.text()) + 14 * s.scale();
            if (x > pad && x + ew > w - pad) {
                x = pad;
                y += lineH;
            }
            double cy = y + lineH / 2;
            switch (e.swatch()) {
                case LINE -> {
                    g.stroke(e.color());
                    g.lineWidth(3 * s.scale());
                    g.dashes(e.dash());
                    g.line(x, cy, x + sw, cy);
                    g.dashes();
                }
                case BOX, HATCHED -> {
                    if (e.swatch() == Swatch.HATCHED) {
                        double[] xs = {x, x + sw, x + sw, x};
                        double[] ys = {cy - 5 * s.scale(), cy - 5 * s.scale(), cy + 5 * s.scale(), cy + 5 * s.scale()};
                        g.fillHatched(xs, ys, 4, e.color(), e.color().darker().darker(), Math.max(4, Math.round(7 * s.scale())), Math.max(1, 1.2 * s.scale()));
                    } else {
                        g.fill(e.color());
                        g.fillRect(x, cy - 5 * s.scale(), sw, 10 * s.scale());
                    }
                }
                case TICK -> {
                    g.stroke(e.color());
                    g.lineWidth(1.5 * s.scale());
                    g.line(x + sw / 2, cy - 5 * s.scale(), x + sw / 2, cy + 5 * s.scale());
                }
            }
            g.fill(s.foreground());
            for (int i = 0; i < lines.size(); i++) g.text(lines.get(i), x + sw + 6 * s.scale(), cy + i * lineH, HAlign.LEFT, VAlign.CENTER);
            x += ew;
            y += (lines.size() - 1) * lineH;
        }
        if (!legend.isEmpty()) y += lineH;
        return y + pad;
    }

    /** The height {@link #draw} would take, drawing nothing. */
    static double height(Painter g, String title, List<Entry> legend, double w, ChartStyle s) {
        Painter measure = (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(), new Class<?>[] {Painter.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "font", "textWidth" -> m.invoke(g, args);
                    default -> m.getReturnType() == double.class ? 0.0 : null;
                });
        return draw(measure, title, legend, w, s);
    }

    /**
     * {@code s}, or its type made smaller (down to 0.6 of it) until the title and legend take at most {@code maxHeight}:
     * a long legend on a small figure (a paper's column) must leave the plot room.
     */
    static ChartStyle fit(Painter g, String title, List<Entry> legend, double w, double maxHeight, ChartStyle s) {
        ChartStyle tried = s;
        for (double k : new double[] {1, 0.9, 0.8, 0.7, 0.6}) {
            tried = s.withScale(s.scale() * k);
            if (height(g, title, legend, w, tried) <= maxHeight) return tried;
        }
        return tried;
    }

    /** Draws the header in type made small enough to take at most {@code maxHeight} (see {@link #fit}); returns the height. */
    static double drawFitted(Painter g, String title, List<Entry> legend, double w, double maxHeight, ChartStyle s) {
        return draw(g, title, legend, w, fit(g, title, legend, w, maxHeight, s));
    }

    /** Greedy word wrap to {@code width} with the painter's current font. */
    static List<String> wrap(Painter g, String text, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) return lines;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && g.textWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
