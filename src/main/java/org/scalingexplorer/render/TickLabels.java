package org.scalingexplorer.render;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/** The log axes' tick labels, drawn and measured alike, and the room they and the axis title take. */
public final class TickLabels {
    private TickLabels() {
    }

    /** The band the rotated y-axis title takes at the left edge, in fonts (drawn centred at 1.1 fonts). */
    static final double TITLE_BAND = 2.0;

    /**
     * The room left of a plot for the y-axis title and, beside it, the widest tick label of {@code y} as
     * {@link #draw} draws it, measured with {@code g}: the title never runs over a label ("100,000" is wider
     * than "10²").
     */
    public static double yAxisRoom(Painter g, LogAxis y, int maxLabels, double gap, ChartStyle s) {
        double widest = 0;
        for (LogAxis.Tick t : y.ticks(maxLabels)) if (!t.label().isEmpty()) widest = Math.max(widest, width(g, t.label(), s));
        return Math.max(3.2 * s.font(), TITLE_BAND * s.font() + widest + gap);
    }

    /**
     * Draws a tick label; one ending in a power of ten ("10¹⁸", "2×10⁶") takes its exponent as digits in smaller,
     * raised type, which reads better at a distance than the font's superscript glyphs.
     */
    public static void draw(Painter g, String label, double x, double y, ChartStyle s, boolean below) {
        g.fill(s.foreground());
        int cut = exponentStart(label);
        if (cut > 0) {
            String base = label.substring(0, cut);
            String exp = Numbers.unsuperscript(label.substring(cut)).substring(1);
            g.font(s.font() * 0.72, false);
            double wExp = g.textWidth(exp);
            g.font(s.font(), false);
            double wBase = g.textWidth(base);
            double total = wBase + wExp;
            double startX = below ? x - total / 2 : x - total;
            double baseY = below ? y + s.font() : y + s.font() * 0.35;
            g.text(base, startX, baseY, HAlign.LEFT, VAlign.BASELINE);
            g.font(s.font() * 0.72, false);
            g.text(exp, startX + wBase, baseY - s.font() * 0.45, HAlign.LEFT, VAlign.BASELINE);
        } else {
            g.font(s.font(), false);
            g.text(label, x, y, below ? HAlign.CENTER : HAlign.RIGHT, below ? VAlign.TOP : VAlign.CENTER);
        }
    }

    /** The width {@link #draw} gives {@code label}. */
    static double width(Painter g, String label, ChartStyle s) {
        int cut = exponentStart(label);
        g.font(s.font(), false);
        if (cut == 0) return g.textWidth(label);
        double wBase = g.textWidth(label.substring(0, cut));
        g.font(s.font() * 0.72, false);
        double wExp = g.textWidth(Numbers.unsuperscript(label.substring(cut)).substring(1));
        g.font(s.font(), false);
        return wBase + wExp;
    }

    /** Where the superscript exponent of a label such as "10¹⁸" begins; 0 when it has none. */
    static int exponentStart(String label) {
        int i = label.length();
        while (i > 0 && "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".indexOf(label.charAt(i - 1)) >= 0) i--;
        return i < label.length() && label.startsWith("10", i - 2) ? i : 0;
    }

    /**
     * Sets the bold font an axis title is drawn in and returns the title to draw within {@code room}: as it is, in
     * smaller type (down to three quarters), without its parenthesis ("Loss (nats)" to "Loss"), then smaller again
     * (down to half): a title never runs past its axis or over the labels beside it.
     */
    public static String fitTitle(Painter g, String title, double room, ChartStyle s) {
        g.font(s.font(), true);
        double tw = g.textWidth(title);
        if (tw <= room) return title;
        String t = title;
        double k = Math.max(0.75, room / tw);
        g.font(s.font() * k, true);
        if (g.textWidth(t) > room && t.contains(" (")) t = t.substring(0, t.indexOf(" ("));
        double w = g.textWidth(t);
        if (w > room) g.font(s.font() * Math.max(0.5, k * room / w), true);
        return t;
    }
}
