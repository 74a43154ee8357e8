package org.scalingexplorer.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Draws on a Java2D surface: a {@code BufferedImage} for PNG and PDFBox's {@code PdfBoxGraphics2D} for PDF (SVG has a
 * painter of its own, {@link SvgPainter}, measuring text as this one does). Text stays text in a PDF. Needs no display.
 */
public final class AwtPainter implements Painter {
    private final Graphics2D g;
    private final Rgba clear;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float width = 1;
    private float[] dash;
    private final Deque<State> saved = new ArrayDeque<>();

    private record State(AffineTransform transform, Shape clip) {
    }

    /** @param clear what {@link #clearRect} paints (the chart's background: an export has no layer beneath) */
    public AwtPainter(Graphics2D g, Rgba clear) {
        this.g = g;
        this.clear = clear;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(Fonts.awt(13, false));
    }

    private static Color awt(Rgba c) {
        return new Color((float) clamp(c.r()), (float) clamp(c.g()), (float) clamp(c.b()), (float) clamp(c.a()));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public void fill(Rgba c) {
        fill = awt(c);
    }

    @Override
    public void stroke(Rgba c) {
        stroke = awt(c);
    }

    @Override
    public void lineWidth(double w) {
        width = (float) w;
    }

    @Override
    public void dashes(double... lengths) {
        if (lengths.length == 0) {
            dash = null;
            return;
        }
        dash = new float[lengths.length];
        for (int i = 0; i < lengths.length; i++) dash[i] = (float) lengths[i];
    }

    @Override
    public void font(double size, boolean bold) {
        g.setFont(Fonts.awt(size, bold));
    }

    @Override
    public double textWidth(String text) {
        return g.getFontMetrics().getStringBounds(Painter.shown(text), g).getWidth();
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        String shown = Painter.shown(text);
        FontMetrics m = g.getFontMetrics();
        double[] at = place(m, m.getStringBounds(shown, g).getWidth(), x, y, h, v);
        g.setColor(fill);
        g.drawString(shown, (float) at[0], (float) at[1]);
    }

    /** Where a text {@code w} wide starts and where its baseline lies, for an anchor at (x, y): one rule for PNG, PDF and SVG. */
    static double[] place(FontMetrics m, double w, double x, double y, HAlign h, VAlign v) {
        double dx = h == HAlign.LEFT ? 0 : h == HAlign.CENTER ? -w / 2 : -w;
        double dy = switch (v) {
            case TOP -> m.getAscent();
            case CENTER -> (m.getAscent() - m.getDescent()) / 2.0;
            case BASELINE -> 0;
            case BOTTOM -> -m.getDescent();
        };
        return new double[] {x + dx, y + dy};
    }

    private void strokeShape(Shape s) {
        g.setColor(stroke);
        g.setStroke(dash == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.draw(s);
    }

    private void fillShape(Shape s) {
        g.setColor(fill);
        g.fill(s);
    }

    private static Path2D path(double[] xs, double[] ys, int n, boolean close) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            if (i == 0) p.moveTo(xs[i], ys[i]);
            else p.lineTo(xs[i], ys[i]);
        }
        if (close) p.closePath();
        return p;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n > 1) strokeShape(path(xs, ys, n, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 2) fillShape(path(xs, ys, n, true));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n > 1) strokeShape(path(xs, ys, n, true));
    }

    @Override
    public void fillHatched(double[] xs, double[] ys, int n, Rgba fill, Rgba color, double spacing, double lineWidth) {
        fill(fill);
        if (n < 3) return;
        fillPolygon(xs, ys, n);
        Path2D shape = path(xs, ys, n, true);
        Rectangle2D b = shape.getBounds2D();
        save();
        g.clip(shape);
        Color was = stroke;
        float wasWidth = width;
        float[] wasDash = dash;
        stroke = awt(color);
        width = (float) lineWidth;
        dash = null;
        // lines x + y = c on multiples of the spacing, so neighbouring shapes' hatching lines up
        Path2D.Double lines = new Path2D.Double();
        for (double c = Math.floor((b.getMinX() + b.getMinY()) / spacing) * spacing; c <= b.getMaxX() + b.getMaxY(); c += spacing) {
            lines.moveTo(c - b.getMaxY(), b.getMaxY());
            lines.lineTo(c - b.getMinY(), b.getMinY());
        }
        strokeShape(lines);
        stroke = was;
        width = wasWidth;
        dash = wasDash;
        restore();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        g.setColor(awt(clear));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fillShape(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        strokeShape(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void image(int[] argb, int w, int h, double x, double y) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        g.drawImage(img, (int) Math.round(x), (int) Math.round(y), null);
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform());
        g.setClip(s.clip());
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(Math.toRadians(degrees));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }
}
