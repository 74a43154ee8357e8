package org.scalingexplorer.ui.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

import org.scalingexplorer.render.Fonts;
import org.scalingexplorer.render.Painter;
import org.scalingexplorer.render.Rgba;

/** Draws on a JavaFX canvas: the window's charts. FX thread only. */
public final class FxPainter implements Painter {
    /** One off-scene Text node measures every label. */
    private static final Text MEASURE = new Text();
    /** Widths measured, per font (a few dozen fonts, a thousand texts each at most; the FX thread's, as MEASURE is). */
    private static final Map<Font, Map<String, Double>> WIDTHS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Font, Map<String, Double>> eldest) {
            return size() > 32;
        }
    };
    /** Hatch tiles by colour and spacing: a pattern fill costs one polygon, a clip a full-canvas pass. */
    private static final Map<String, ImagePattern> HATCHES = new HashMap<>();

    /** The charts' typeface, the exports' too (Fonts): loaded once, the system's if it cannot be. */
    static final String FAMILY = loadFamily();

    private final GraphicsContext g;
    private Font font = Font.font(FAMILY, 13);

    private static String loadFamily() {
        String family = "System";
        for (boolean bold : new boolean[] {false, true}) {
            // from the cached file: JavaFX copies a stream to a temporary file of its own first
            Optional<Path> file = Fonts.file(bold);
            try (InputStream in = file.isPresent() ? null : Fonts.ttf(bold)) {
                Font f = file.isPresent() ? Font.loadFont(file.get().toUri().toString(), 13) : in == null ? null : Font.loadFont(in, 13);
                if (f != null && !bold) family = f.getFamily();
            } catch (IOException | RuntimeException e) {
                // the system's typeface, then (also before the toolkit is up)
            }
        }
        return family;
    }

    public FxPainter(GraphicsContext g) {
        this.g = g;
    }

    static Color fx(Rgba c) {
        return Color.color(clamp(c.r()), clamp(c.g()), clamp(c.b()), clamp(c.a()));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public void fill(Rgba c) {
        g.setFill(fx(c));
    }

    @Override
    public void stroke(Rgba c) {
        g.setStroke(fx(c));
    }

    @Override
    public void lineWidth(double w) {
        g.setLineWidth(w);
    }

    @Override
    public void dashes(double... lengths) {
        g.setLineDashes(lengths.length == 0 ? null : lengths);
    }

    @Override
    public void font(double size, boolean bold) {
        font = bold ? Font.font(FAMILY, FontWeight.BOLD, size) : Font.font(FAMILY, size);
        g.setFont(font);
    }

    @Override
    public double textWidth(String text) {
        return width(font, text);
    }

    /** The width of {@code text} (as drawn: control characters shown) in {@code font}, measured once per font. FX thread. */
    public static double width(Font font, String text) {
        // a slider step measures the same few labels again: a text layout each time was most of what a step allocated
        Map<String, Double> widths = WIDTHS.computeIfAbsent(font, f -> new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
                return size() > 1024;
            }
        });
        Double known = widths.get(text);
        if (known != null) return known;
        MEASURE.setText(Painter.shown(text));
        MEASURE.setFont(font);
        double w = MEASURE.getLayoutBounds().getWidth();
        widths.put(text, w);
        return w;
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        g.setTextAlign(switch (h) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(switch (v) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BASELINE -> VPos.BASELINE;
            case BOTTOM -> VPos.BOTTOM;
        });
        g.fillText(Painter.shown(text), x, y);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        StrokeLineCap cap = g.getLineCap();
        if ((x1 == x2 || y1 == y2) && cap != StrokeLineCap.ROUND && g.getLineDashes() == null) {
            // an undashed line along an axis is the rectangle its stroke covers: the software pipeline fills a
            // rectangle for a fraction of what a stroke costs (a grid of 50 lines took 3 ms of a slider step)
            double half = g.getLineWidth() / 2;
            double ext = cap == StrokeLineCap.SQUARE ? half : 0;
            double left = Math.min(x1, x2), right = Math.max(x1, x2), top = Math.min(y1, y2), bottom = Math.max(y1, y2);
            Paint fill = g.getFill();
            g.setFill(g.getStroke());
            if (y1 == y2) g.fillRect(left - ext, y1 - half, right - left + 2 * ext, 2 * half);
            else g.fillRect(x1 - half, top - ext, 2 * half, bottom - top + 2 * ext);
            g.setFill(fill);
            return;
        }
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n > 1) g.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 2) g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n > 1) g.strokePolygon(xs, ys, n);
    }

    /**
     * One pass of a pattern whose tile holds the fill with the stripe over it: a fill and then a pattern of stripes
     * over it took the software pipeline two passes over every pixel of the band, a quarter of a millisecond more
     * a frame for the attribution chart's hatched band in fixed mode.
     */
    @Override
    public void fillHatched(double[] xs, double[] ys, int n, Rgba fill, Rgba color, double spacing, double width) {
        if (n >= 3) {
            g.setFill(hatch(fill, color, spacing, width));
            g.fillPolygon(xs, ys, n);
        }
        g.setFill(fx(fill));
    }

    /**
     * A tile with the stripe x + y = size - 1 (wrapping), anti-aliased by distance, laid over the fill as source-over
     * blending would lay it.
     */
    private static ImagePattern hatch(Rgba fill, Rgba c, double spacing, double width) {
        return HATCHES.computeIfAbsent(fill.argb() + ">" + c.argb() + "@" + spacing + "@" + width, k -> {
            int size = (int) Math.max(4, Math.round(spacing));
            WritableImage tile = new WritableImage(size, size);
            PixelWriter w = tile.getPixelWriter();
            double under = clamp(fill.a());
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int d = Math.floorMod(x + y - (size - 1), size);
                    double dist = Math.min(d, size - d) / Math.sqrt(2);
                    double over = Math.max(0, Math.min(1, width / 2 + 0.5 - dist)) * clamp(c.a());
                    double a = over + under * (1 - over);
                    w.setColor(x, y, a == 0 ? Color.TRANSPARENT : Color.color(
                            clamp((clamp(c.r()) * over + clamp(fill.r()) * under * (1 - over)) / a),
                            clamp((clamp(c.g()) * over + clamp(fill.g()) * under * (1 - over)) / a),
                            clamp((clamp(c.b()) * over + clamp(fill.b()) * under * (1 - over)) / a), a));
                }
            }
            return new ImagePattern(tile, 0, 0, size, size, false);
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        g.clearRect(x, y, w, h);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void image(int[] argb, int w, int h, double x, double y) {
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        g.drawImage(image, x, y);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(degrees);
    }

    /**
     * The rectangle's edges moved to the nearest whole pixel of the canvas (half a pixel at most): a canvas clips to a
     * rectangle on whole pixels directly, and to any other shape through a mask, a blend of the whole canvas per drawing
     * operation, which made the software pipeline's frames about a fifth slower. Under a rotation or shear the
     * rectangle is kept as it is.
     */
    @Override
    public void clipRect(double x, double y, double w, double h) {
        Affine t = g.getTransform();
        if (t.getMxy() == 0 && t.getMyx() == 0 && t.getMxx() != 0 && t.getMyy() != 0) {
            double x0 = snap(x, t.getMxx(), t.getTx());
            double x1 = snap(x + w, t.getMxx(), t.getTx());
            double y0 = snap(y, t.getMyy(), t.getTy());
            double y1 = snap(y + h, t.getMyy(), t.getTy());
            x = Math.min(x0, x1);
            w = Math.abs(x1 - x0);
            y = Math.min(y0, y1);
            h = Math.abs(y1 - y0);
        }
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    /** The user coordinate {@code u}, moved so that {@code scale * u + offset} is a whole number. */
    static double snap(double u, double scale, double offset) {
        return (Math.rint(scale * u + offset) - offset) / scale;
    }
}
