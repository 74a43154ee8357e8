package org.scalingexplorer.ui.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Gains over the years: stacked bands (log10 multipliers, so heights add up to the total), lines, a draggable year
 * cursor and an optional secondary axis on top (the trend's compute). Linear years, log gains. Two canvases (the
 * plot, and the cursor above it), each drawn at most once per pulse.
 */
public class YearChart extends Region {
    private final ObjectProperty<YearData.Plot> plot = new SimpleObjectProperty<>(this, "plot");
    private final DoubleProperty cursorYear = new SimpleDoubleProperty(this, "cursorYear", Double.NaN);
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.light());
    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();
    private final Canvas canvas = new Canvas();
    /** The cursor alone: a slider step in frontier mode only moves the cursor, so only this layer redraws. */
    private final Canvas overlay = new Canvas();
    private final Map<String, ImagePattern> hatches = new HashMap<>();
    private final Label hover = new Label();
    private BiFunction<String, Double, String> describer = (id, year) -> "";
    private boolean dirty = true;
    private boolean overlayDirty = true;
    private List<String> legendKey = List.of();
    private double x0;
    private double x1;
    private double yTop;
    private double yBottom;
    private LogAxis yAxis;

    public YearChart() {
        getStyleClass().add("year-chart");
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        legend.getStyleClass().add("chart-legend");
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        getChildren().addAll(title, legend, canvas, overlay, hover);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(200, 150);
        plot.addListener((o, was, now) -> {
            title.setText(now == null ? "" : now.title());
            setAccessibleText(now == null ? "" : now.title());
            rebuildLegend();
            redraw();
        });
        cursorYear.addListener((o, was, now) -> {
            overlayDirty = true;
            requestLayout();
        });
        style.addListener((o, was, now) -> {
            hatches.clear();
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveCursor);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveCursor);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
    }

    public ObjectProperty<YearData.Plot> plotProperty() {
        return plot;
    }

    /** The year under the cursor line; dragging on the chart moves it. */
    public DoubleProperty cursorYearProperty() {
        return cursorYear;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return style;
    }

    /** Text shown when hovering band {@code id} at a year. */
    public void setDescriber(BiFunction<String, Double, String> describer) {
        this.describer = describer;
    }

    public double yearAt(double screenX) {
        YearData.Plot p = plot.get();
        double[] ys = p.years();
        double t = (screenX - x0) / (x1 - x0);
        return Math.max(ys[0], Math.min(ys[ys.length - 1], ys[0] + t * (ys[ys.length - 1] - ys[0])));
    }

    public double screenX(double year) {
        double[] ys = plot.get().years();
        return x0 + (year - ys[0]) / (ys[ys.length - 1] - ys[0]) * (x1 - x0);
    }

    private void redraw() {
        dirty = true;
        overlayDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double pad = 6;
        double th = snapSizeY(title.prefHeight(w - 2 * pad));
        title.resizeRelocate(pad, pad, w - 2 * pad, th);
        double lh = snapSizeY(legend.prefHeight(w - 2 * pad));
        legend.resizeRelocate(pad, pad + th, w - 2 * pad, lh);
        double cy = snapPositionY(pad + th + lh + 2);
        double cw = snapSizeX(Math.max(10, w - 2 * pad));
        double ch = snapSizeY(Math.max(10, getHeight() - cy - pad));
        canvas.relocate(pad, cy);
        overlay.relocate(pad, cy);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            overlay.setWidth(cw);
            overlay.setHeight(ch);
            dirty = true;
        }
        if (dirty) {
            draw();
            overlayDirty = true;
        }
        if (overlayDirty) drawOverlay();
        dirty = false;
        overlayDirty = false;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 380;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        ChartStyle s = style.get();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(s.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        YearData.Plot p = plot.get();
        if (p == null) return;
        x0 = 5.6 * s.font();
        x1 = canvas.getWidth() - 1.2 * s.font();
        yTop = p.topAxis() == null ? 0.8 * s.font() : 2.6 * s.font();
        yBottom = canvas.getHeight() - 3.0 * s.font();
        if (x1 - x0 < 20 || yBottom - yTop < 20) return;
        yAxis = new LogAxis(p.yMin(), p.yMax(), yBottom, yTop);
        drawGrid(g, s, p);
        double[] years = p.years();
        for (YearData.Band b : p.bands()) {
            Color c = Color.web(b.color());
            double[] xs = new double[2 * years.length];
            double[] ys = new double[2 * years.length];
            for (int k = 0; k < years.length; k++) {
                xs[k] = screenX(years[k]);
                ys[k] = yAxis.toScreen(Math.pow(10, b.upper()[k]));
                xs[2 * years.length - 1 - k] = xs[k];
                ys[2 * years.length - 1 - k] = yAxis.toScreen(Math.pow(10, b.lower()[k]));
            }
            g.setFill(c.deriveColor(0, 1, 1, 0.85));
            g.fillPolygon(xs, ys, xs.length);
            if (b.hatched()) {
                g.setFill(hatch(c, s));
                g.fillPolygon(xs, ys, xs.length);
            }
        }
        if (p.range() != null) drawRange(g, p.range());
        for (YearData.Line line : p.lines()) {
            g.setStroke(Color.web(line.color()));
            g.setLineWidth(line.width() * s.scale());
            if (line.dashed()) g.setLineDashes(6 * s.scale(), 4 * s.scale());
            g.beginPath();
            boolean open = false;
            for (int k = 0; k < years.length; k++) {
                double v = line.values()[k];
                double y = yAxis.toScreen(v);
                if (Double.isNaN(y)) {
                    open = false;
                    continue;
                }
                y = Math.max(yTop, Math.min(yBottom, y));
                if (open) g.lineTo(screenX(years[k]), y);
                else g.moveTo(screenX(years[k]), y);
                open = true;
            }
            g.stroke();
            g.setLineDashes();
        }
        for (YearData.Point pt : p.points()) {
            double x = screenX(pt.year());
            double y = yAxis.toScreen(pt.value());
            if (Double.isNaN(y) || y < yTop || y > yBottom) continue;
            g.setFill(Color.web(pt.color()));
            double r = 4.5 * s.scale();
            g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
            g.setFont(Font.font("System", s.font() * 0.85));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.setFill(s.foreground());
            g.fillText(pt.label(), x - r - 2, y - 2);
        }
        drawAxes(g, s, p);
        drawTicks(g, s, p);
    }

    /** The interval as a grey translucent band, clamped to the plot. */
    private void drawRange(GraphicsContext g, YearData.Range r) {
        int n = r.years().length;
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double y = yAxis.toScreen(r.high()[i]);
            if (Double.isNaN(y)) continue;
            xs[k] = screenX(r.years()[i]);
            ys[k++] = Math.max(yTop, Math.min(yBottom, y));
        }
        for (int i = n - 1; i >= 0; i--) {
            double y = yAxis.toScreen(r.low()[i]);
            if (Double.isNaN(y)) continue;
            xs[k] = screenX(r.years()[i]);
            ys[k++] = Math.max(yTop, Math.min(yBottom, y));
        }
        if (k < 3) return;
        g.setFill(Color.web("#1f2328", 0.22));
        g.fillPolygon(xs, ys, k);
    }

    static final String TICK_COLOR = "#8250df";

    /** Models as short marks hanging from the top (compute) axis. */
    private void drawTicks(GraphicsContext g, ChartStyle s, YearData.Plot p) {
        if (p.ticks().isEmpty() || p.topAxis() == null) return;
        g.setStroke(Color.web(TICK_COLOR, 0.45));
        g.setLineWidth(1.2 * s.scale());
        double len = tickLength(s);
        for (YearData.Tick t : p.ticks()) {
            double x = screenX(t.year());
            if (x < x0 || x > x1) continue;
            g.strokeLine(x, yTop, x, yTop + len);
        }
    }

    private static double tickLength(ChartStyle s) {
        return 9 * s.scale();
    }

    /** The labels of the models marked within a few pixels of {@code x}, nearest first, at most four. */
    private String ticksNear(YearData.Plot p, double x) {
        double tolerance = 4 * style.get().scale();
        List<YearData.Tick> near = p.ticks().stream().filter(t -> Math.abs(screenX(t.year()) - x) <= tolerance)
                .sorted(java.util.Comparator.comparingDouble(t -> Math.abs(screenX(t.year()) - x))).toList();
        if (near.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(4, near.size()); i++) b.append(i == 0 ? "" : "\n").append(near.get(i).label());
        if (near.size() > 4) b.append("\n... and ").append(near.size() - 4).append(" more");
        return b.toString();
    }

    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        double cy = cursorYear.get();
        if (plot.get() == null || yAxis == null || !Double.isFinite(cy)) return;
        ChartStyle s = style.get();
        double x = Math.floor(screenX(cy)) + 0.5;
        g.setStroke(s.foreground());
        g.setLineWidth(1.5 * s.scale());
        g.strokeLine(x, yTop, x, yBottom);
    }

    /**
     * Diagonal hatching, as a repeating pattern laid over the band: scale-dependent bands stay distinct in greyscale.
     * A pattern fill costs one polygon; clipping to the band would cost a full-canvas pass per band.
     */
    private ImagePattern hatch(Color c, ChartStyle s) {
        return hatches.computeIfAbsent(c.toString() + "@" + s.scale(), k -> {
            int size = (int) Math.max(4, Math.round(7 * s.scale()));
            WritableImage tile = new WritableImage(size, size);
            PixelWriter w = tile.getPixelWriter();
            Color ink = c.darker().darker();
            double width = Math.max(1, 1.2 * s.scale());
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    // distance to the anti-diagonal stripe x + y = size - 1 (wrapping), in pixels
                    int d = Math.floorMod(x + y - (size - 1), size);
                    double dist = Math.min(d, size - d) / Math.sqrt(2);
                    double alpha = Math.max(0, Math.min(1, width / 2 + 0.5 - dist));
                    w.setColor(x, y, Color.color(ink.getRed(), ink.getGreen(), ink.getBlue(), alpha));
                }
            }
            return new ImagePattern(tile, 0, 0, size, size, false);
        });
    }

    private void drawGrid(GraphicsContext g, ChartStyle s, YearData.Plot p) {
        g.setLineWidth(1);
        for (LogAxis.Tick t : yAxis.ticks(Math.max(2, (int) ((yBottom - yTop) / (2.2 * s.font()))))) {
            double y = Math.floor(yAxis.toScreen(t.value())) + 0.5;
            g.setStroke(t.major() ? s.grid() : s.grid().deriveColor(0, 1, 1, 0.4));
            g.strokeLine(x0, y, x1, y);
        }
        double[] years = p.years();
        for (int y = (int) Math.ceil(years[0]); y <= years[years.length - 1]; y++) {
            double x = Math.floor(screenX(y)) + 0.5;
            g.setStroke(s.grid());
            g.strokeLine(x, yTop, x, yBottom);
        }
    }

    private void drawAxes(GraphicsContext g, ChartStyle s, YearData.Plot p) {
        Font font = Font.font("System", s.font());
        g.setStroke(s.foreground());
        g.setLineWidth(s.scale());
        g.strokeRect(Math.floor(x0) + 0.5, Math.floor(yTop) + 0.5, Math.round(x1 - x0), Math.round(yBottom - yTop));
        g.setFont(font);
        g.setFill(s.foreground());
        double[] years = p.years();
        int span = (int) Math.round(years[years.length - 1] - years[0]);
        int every = span > 16 ? 4 : span > 8 ? 2 : 1;
        for (int y = (int) Math.ceil(years[0]); y <= years[years.length - 1]; y++) {
            if (y % every != 0) continue;
            double x = screenX(y);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(Integer.toString(y), x, yBottom + 5 * s.scale());
            if (p.topAxis() != null) {
                g.setTextBaseline(VPos.BOTTOM);
                g.setFont(Font.font("System", s.font() * 0.8));
                g.setFill(s.muted());
                g.fillText(p.topAxis().apply(y), x, yTop - 3 * s.scale());
                g.setFont(font);
                g.setFill(s.foreground());
            }
        }
        if (p.topAxis() != null) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.setFont(Font.font("System", FontWeight.BOLD, s.font() * 0.8));
            g.fillText("Frontier compute (FLOP)", x0, yTop - 1.3 * s.font());
        }
        g.setFont(font);
        for (LogAxis.Tick t : yAxis.ticks(Math.max(2, (int) ((yBottom - yTop) / (2.2 * s.font()))))) {
            if (t.label().isEmpty()) continue;
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            String label = t.label().startsWith("1e") ? formatPower(t.label()) : t.label();
            g.fillText(label, x0 - 6 * s.scale(), yAxis.toScreen(t.value()));
        }
        g.setFont(Font.font("System", FontWeight.BOLD, s.font()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("Year", (x0 + x1) / 2, canvas.getHeight() - 2);
        g.save();
        g.translate(s.font() * 1.1, (yTop + yBottom) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(p.yLabel(), 0, 0);
        g.restore();
    }

    /** Gains read as plain numbers up to 10,000, then in powers ("1e5"). */
    private static String formatPower(String label) {
        int exp = Integer.parseInt(label.substring(2));
        return exp >= 0 && exp <= 4 ? String.format(Locale.ROOT, "%,d", (long) Math.pow(10, exp)) : label;
    }

    private void rebuildLegend() {
        YearData.Plot p = plot.get();
        // a slider step in fixed mode changes the values, not the entries: keep the legend's nodes then
        List<String> key = p == null ? List.of() : legendKey(p);
        if (key.equals(legendKey)) return;
        legendKey = key;
        legend.getChildren().clear();
        if (p == null) return;
        for (YearData.Band b : p.bands()) {
            Rectangle swatch = new Rectangle(14, 10, Color.web(b.color()));
            if (b.hatched()) {
                swatch.setStroke(Color.web(b.color()).darker().darker());
                swatch.setStrokeWidth(2);
                swatch.getStrokeDashArray().setAll(2.0, 2.0);
            }
            Label l = new Label(b.name() + (b.hatched() ? " (scale-dependent)" : ""), swatch);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
        for (YearData.Line line : p.lines()) {
            Rectangle swatch = new Rectangle(14, 3, Color.web(line.color()));
            Label l = new Label(line.name(), swatch);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
        if (p.range() != null) {
            Label l = new Label(p.range().name(), new Rectangle(14, 10, Color.web("#1f2328", 0.22)));
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
        if (!p.ticks().isEmpty() && p.topAxis() != null) {
            Rectangle swatch = new Rectangle(2, 10, Color.web(TICK_COLOR));
            Label l = new Label(p.ticks().size() + " notable models (Epoch AI) at their training compute; hover the marks", swatch);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
    }

    private static List<String> legendKey(YearData.Plot p) {
        List<String> key = new ArrayList<>();
        for (YearData.Band b : p.bands()) key.add(b.name() + "|" + b.color() + "|" + b.hatched());
        for (YearData.Line l : p.lines()) key.add(l.name() + "|" + l.color() + "|" + l.dashed());
        if (p.range() != null) key.add("range|" + p.range().name());
        if (!p.ticks().isEmpty() && p.topAxis() != null) key.add("ticks|" + p.ticks().size());
        return key;
    }

    private void moveCursor(MouseEvent e) {
        if (plot.get() == null || e.getX() < x0 - 4 || e.getX() > x1 + 4) return;
        cursorYear.set(yearAt(e.getX()));
    }

    /** The band under the mouse, described by the view model's describer. */
    private void onMoved(MouseEvent e) {
        YearData.Plot p = plot.get();
        if (p == null || yAxis == null || e.getX() < x0 || e.getX() > x1 || e.getY() < yTop || e.getY() > yBottom) {
            hover.setVisible(false);
            return;
        }
        double year = yearAt(e.getX());
        double[] years = p.years();
        int k = (int) Math.round((year - years[0]) / (years[years.length - 1] - years[0]) * (years.length - 1));
        double log = Math.log10(yAxis.toValue(e.getY()));
        String text = e.getY() <= yTop + tickLength(style.get()) + 3 && p.topAxis() != null ? ticksNear(p, e.getX()) : null;
        if (text != null) {
            showHover(text, e);
            return;
        }
        for (YearData.Band b : p.bands()) {
            if (b.upper()[k] > b.lower()[k] + 1e-12 && log >= b.lower()[k] && log <= b.upper()[k]) text = describer.apply(b.id(), year);
        }
        if (text == null || text.isEmpty()) {
            hover.setVisible(false);
            return;
        }
        showHover(text, e);
    }

    private void showHover(String text, MouseEvent e) {
        hover.setText(text);
        hover.autosize();
        double hx = canvas.getLayoutX() + e.getX() + 14;
        if (hx + hover.getWidth() > getWidth()) hx = canvas.getLayoutX() + e.getX() - hover.getWidth() - 10;
        double hy = Math.min(canvas.getLayoutY() + e.getY() + 14, getHeight() - hover.getHeight() - 4);
        hover.relocate(hx, hy);
        hover.setVisible(true);
    }
}
