package org.scalingexplorer.render;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * Draws as SVG elements, written directly (as matplotlib's own SVG backend does): text stays text, in the weight it was
 * drawn in, and the glyphs it uses travel with the file as a subset of the bundled DejaVu Sans in an {@code @font-face}
 * ({@link SvgFonts}), so a browser shows it as the PNG shows it on a machine without DejaVu; other renderers fall back
 * to the named family. Text is measured with the same AWT metrics as {@link AwtPainter}, so the layout is the PNG's.
 * Every string is escaped for XML, and characters XML cannot hold (C0 and C1 controls) are shown as visible symbols,
 * so any name the readers accept gives a well-formed document.
 */
public final class SvgPainter implements Painter {
    /** The family the embedded faces are declared under (not a system name, so the embedded subset is the one used). */
    static final String EMBEDDED_FAMILY = "Scaling Explorer DejaVu Sans";
    private static final String FAMILY = "'" + EMBEDDED_FAMILY + "', '" + Fonts.FAMILY + "', sans-serif";

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final Graphics2D measure;
    private final Rgba clear;
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private Rgba stroke = new Rgba(0, 0, 0, 1);
    private double width = 1;
    private double[] dash;
    private double fontSize = 13;
    private boolean bold;
    /** Groups opened since each unmatched save; the top counts those opened since the last one. */
    private final Deque<Integer> saved = new ArrayDeque<>();
    private int open;
    private int ids;
    private final Set<Integer> regularChars = new TreeSet<>();
    private final Set<Integer> boldChars = new TreeSet<>();

    /** @param clear what {@link #clearRect} paints (the chart's background: an export has no layer beneath) */
    public SvgPainter(Rgba clear) {
        this.clear = clear;
        // metrics as AwtPainter takes them: from a Java2D surface with the same hints (no display needed)
        measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        measure.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        measure.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        measure.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        measure.setFont(Fonts.awt(fontSize, false));
    }

    /** The whole document, {@code w} by {@code h} user units (CSS pixels), with the glyphs its text uses embedded. */
    public String document(double w, double h) {
        while (!saved.isEmpty()) restore();
        closeGroups(open);
        open = 0;
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                .append("version=\"1.1\" xml:space=\"preserve\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" viewBox=\"0 0 ")
                .append(num(w)).append(' ').append(num(h)).append("\">\n<defs>\n<style>");
        out.append(SvgFonts.fontFace(EMBEDDED_FAMILY, false, regularChars));
        out.append(SvgFonts.fontFace(EMBEDDED_FAMILY, true, boldChars));
        out.append("</style>\n").append(defs).append("</defs>\n").append(body).append("</svg>\n");
        return out.toString();
    }

    @Override
    public void fill(Rgba c) {
        fill = c;
    }

    @Override
    public void stroke(Rgba c) {
        stroke = c;
    }

    @Override
    public void lineWidth(double w) {
        width = w;
    }

    @Override
    public void dashes(double... lengths) {
        dash = lengths.length == 0 ? null : lengths.clone();
    }

    @Override
    public void font(double size, boolean isBold) {
        fontSize = size;
        bold = isBold;
        measure.setFont(Fonts.awt(size, isBold));
    }

    @Override
    public double textWidth(String text) {
        return measure.getFontMetrics().getStringBounds(Painter.shown(text), measure).getWidth();
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        String shown = Painter.shown(text);
        FontMetrics m = measure.getFontMetrics();
        double w = m.getStringBounds(shown, measure).getWidth();
        double[] at = AwtPainter.place(m, w, x, y, h, v);
        (bold ? boldChars : regularChars).addAll(shown.codePoints().boxed().toList());
        body.append("<text x=\"").append(num(at[0])).append("\" y=\"").append(num(at[1])).append("\" font-family=\"").append(FAMILY)
                .append("\" font-size=\"").append(num(fontSize)).append('"');
        if (bold) body.append(" font-weight=\"bold\"");
        // the width the layout measured it at: a renderer whose metrics differ spaces the glyphs to fit, so labels keep
        // their boxes and do not run into each other
        if (w > 0) body.append(" textLength=\"").append(num(w)).append("\" lengthAdjust=\"spacing\"");
        paint("fill", fill);
        body.append('>');
        escape(body, shown);
        body.append("</text>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"")
                .append(num(y2)).append('"');
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        body.append("<polyline points=\"");
        points(body, xs, ys, n);
        body.append("\" fill=\"none\"");
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) return;
        body.append("<polygon points=\"");
        points(body, xs, ys, n);
        body.append('"');
        paint("fill", fill);
        body.append("/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        body.append("<polygon points=\"");
        points(body, xs, ys, n);
        body.append("\" fill=\"none\"");
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void fillHatched(double[] xs, double[] ys, int n, Rgba fill, Rgba color, double spacing, double lineWidth) {
        fill(fill);
        if (n < 3) return;
        fillPolygon(xs, ys, n);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        // clipped to the polygon: lines x + y = c on multiples of the spacing, as AwtPainter draws them
        String id = "c" + (++ids);
        defs.append("<clipPath id=\"").append(id).append("\"><polygon points=\"");
        points(defs, xs, ys, n);
        defs.append("\"/></clipPath>\n");
        body.append("<path clip-path=\"url(#").append(id).append(")\" d=\"");
        for (double c = Math.floor((minX + minY) / spacing) * spacing; c <= maxX + maxY; c += spacing) {
            body.append('M').append(num(c - maxY)).append(' ').append(num(maxY)).append('L').append(num(c - minY)).append(' ').append(num(minY));
        }
        body.append("\" fill=\"none\"");
        paint("stroke", color);
        body.append(" stroke-width=\"").append(num(lineWidth)).append("\"/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, true, fill);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, false, stroke);
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, true, clear);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h, true);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h, false);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        rect(x, y, w, h, arc, true, fill);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        rect(x, y, w, h, arc, false, stroke);
    }

    @Override
    public void image(int[] argb, int w, int h, double x, double y) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        body.append("<image x=\"").append(Math.round(x)).append("\" y=\"").append(Math.round(y)).append("\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\" href=\"").append(data).append("\" xlink:href=\"").append(data).append("\"/>\n");
    }

    @Override
    public void save() {
        saved.push(open);
        open = 0;
    }

    @Override
    public void restore() {
        closeGroups(open);
        open = saved.isEmpty() ? 0 : saved.pop();
    }

    @Override
    public void translate(double x, double y) {
        body.append("<g transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(")\">\n");
        open++;
    }

    @Override
    public void rotate(double degrees) {
        body.append("<g transform=\"rotate(").append(num(degrees)).append(")\">\n");
        open++;
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "c" + (++ids);
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\"/></clipPath>\n");
        // the clip path is read in the user space of the group that references it: the current one
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        open++;
    }

    private void closeGroups(int n) {
        for (int i = 0; i < n; i++) body.append("</g>\n");
    }

    private void rect(double x, double y, double w, double h, double arc, boolean filled, Rgba c) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, w)))
                .append("\" height=\"").append(num(Math.max(0, h))).append('"');
        if (arc > 0) body.append(" rx=\"").append(num(arc / 2)).append("\" ry=\"").append(num(arc / 2)).append('"');
        if (filled) {
            paint("fill", c);
        } else {
            body.append(" fill=\"none\"");
            strokeAttributes();
        }
        body.append("/>\n");
    }

    private void oval(double x, double y, double w, double h, boolean filled) {
        body.append("<ellipse cx=\"").append(num(x + w / 2)).append("\" cy=\"").append(num(y + h / 2)).append("\" rx=\"").append(num(w / 2))
                .append("\" ry=\"").append(num(h / 2)).append('"');
        if (filled) {
            paint("fill", fill);
        } else {
            body.append(" fill=\"none\"");
            strokeAttributes();
        }
        body.append("/>\n");
    }

    /** Butt caps and round joins, as AwtPainter's strokes. */
    private void strokeAttributes() {
        paint("stroke", stroke);
        body.append(" stroke-width=\"").append(num(width)).append("\" stroke-linejoin=\"round\"");
        if (dash != null) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) body.append(i == 0 ? "" : " ").append(num(dash[i]));
            body.append('"');
        }
    }

    private void paint(String attribute, Rgba c) {
        body.append(' ').append(attribute).append("=\"").append(hex(c)).append('"');
        double a = Math.max(0, Math.min(1, c.a()));
        if (a < 1) body.append(' ').append(attribute).append("-opacity=\"").append(num(a)).append('"');
    }

    private static void points(StringBuilder to, double[] xs, double[] ys, int n) {
        boolean first = true;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) continue;
            if (!first) to.append(' ');
            to.append(num(xs[i])).append(',').append(num(ys[i]));
            first = false;
        }
    }

    static String hex(Rgba c) {
        int r = (int) Math.round(Math.max(0, Math.min(1, c.r())) * 255);
        int g = (int) Math.round(Math.max(0, Math.min(1, c.g())) * 255);
        int b = (int) Math.round(Math.max(0, Math.min(1, c.b())) * 255);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** A coordinate to a hundredth of a pixel, without exponent or trailing zeros. */
    static String num(double v) {
        if (!Double.isFinite(v)) return "0";
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) return Long.toString(hundredths / 100);
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    /** {@code s} escaped for an element's content or an attribute value. */
    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }
}
