package org.scalingexplorer.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A log-log chart drawn on two canvases: the base layer (axes, curves, observed points) is redrawn only when the
 * data, the zoom or the size change; the overlay (cursor, CEG constructions, labels) on every slider step. Zoom
 * (wheel, drag a box), pan (right or middle drag, or shift-drag) and reset (double-click) work in screen space.
 */
public class LogChart extends Region {
    private static final double PICK_RADIUS = 8;
    private static final double HANDLE_RADIUS = 7;

    private final ObjectProperty<ChartData.Plot> plot = new SimpleObjectProperty<>(this, "plot");
    private final ObjectProperty<ChartData.Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", ChartData.Overlay.empty());
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.light());
    private final ObjectProperty<List<ChartData.Handle>> handles = new SimpleObjectProperty<>(this, "handles", List.of());

    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();
    private final javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(legend);
    private final Canvas base = new Canvas();
    private final Canvas top = new Canvas();
    private final Label hover = new Label();
    private final Rectangle box = new Rectangle();
    private final Set<String> hidden = new HashSet<>();

    private LogAxis xAxis;
    private LogAxis yAxis;
    private ChartData.Plot shownRanges;
    private DoubleFunction<String> yFormat = v -> String.format(java.util.Locale.ROOT, "%.4g", v);
    private String yName = "y";
    private DoubleConsumer onPick = x -> { };
    private ChartData.HandleMover onHandleMoved = (i, x, y) -> false;
    /** The handle being dragged, or -1. */
    private int dragging = -1;
    private double pressX;
    private double pressY;
    private boolean panning;
    private boolean boxing;
    private String readout = "";
    private boolean baseDirty = true;
    private boolean overlayDirty = true;
    /** Runs per series above which points are splatted into one image instead of drawn one by one. */
    static final int DENSE_POINTS = 3000;

    public LogChart() {
        getStyleClass().add("log-chart");
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        legend.getStyleClass().add("chart-legend");
        hover.getStyleClass().add("chart-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        box.getStyleClass().add("zoom-box");
        box.setVisible(false);
        box.setManaged(false);
        box.setMouseTransparent(true);
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.getStyleClass().add("chart-legend-scroll");
        getChildren().addAll(title, legendScroll, base, top, box, hover);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(200, 150);

        plot.addListener((o, was, now) -> {
            rebuildLegend();
            // while a handle is dragged the axes hold still, or the handle would jump away from the mouse
            if (dragging < 0 && (was == null || now == null || was.xMin() != now.xMin() || was.xMax() != now.xMax()
                    || was.yMin() != now.yMin() || was.yMax() != now.yMax())) {
                shownRanges = null;
            }
            title.setText(now == null ? "" : now.title());
            setAccessibleText(now == null ? "" : now.title());
            redrawAll();
        });
        overlay.addListener((o, was, now) -> redrawOverlay());
        handles.addListener((o, was, now) -> redrawOverlay());
        style.addListener((o, was, now) -> redrawAll());

        top.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        top.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        top.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        top.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        top.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        top.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.setVisible(false);
            readout = "";
            redrawOverlay();
        });
    }

    public ObjectProperty<ChartData.Plot> plotProperty() {
        return plot;
    }

    public ObjectProperty<ChartData.Overlay> overlayProperty() {
        return overlay;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return style;
    }

    /** How y values read in the hover readout, e.g. a loss or a multiplier. */
    public void setYFormat(String name, DoubleFunction<String> format) {
        this.yName = name;
        this.yFormat = format;
    }

    /** Draggable handles drawn above everything; a drag that starts on one moves it instead of zooming. */
    public ObjectProperty<List<ChartData.Handle>> handlesProperty() {
        return handles;
    }

    public void setOnHandleMoved(ChartData.HandleMover mover) {
        this.onHandleMoved = mover;
    }

    /** Where handle {@code i} is drawn, in the chart's own coordinates (for tests and keyboard users' tooltips). */
    public javafx.geometry.Point2D handleOnChart(int i) {
        ChartData.Handle h = handles.get().get(i);
        return new javafx.geometry.Point2D(top.getLayoutX() + xAxis.toScreen(h.x()), top.getLayoutY() + yAxis.toScreen(h.y()));
    }

    /** Called with the compute under a plain click (no drag), e.g. to move the cursor there. */
    public void setOnPick(DoubleConsumer handler) {
        this.onPick = handler;
    }

    public void resetZoom() {
        shownRanges = null;
        redrawAll();
    }

    public Set<String> hiddenSeries() {
        return Set.copyOf(hidden);
    }

    public void setSeriesVisible(String id, boolean visible) {
        if (visible ? hidden.remove(id) : hidden.add(id)) {
            rebuildLegend();
            redrawAll();
        }
    }

    /** The current x range shown (after zoom and pan). */
    public LogAxis xAxis() {
        return xAxis;
    }

    public LogAxis yAxis() {
        return yAxis;
    }

    // ---- layout -------------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double pad = snapSpaceX(6);
        double titleH = snapSizeY(title.prefHeight(w - 2 * pad));
        title.resizeRelocate(pad, pad, w - 2 * pad, titleH);
        // at most about three lines of legend; more scrolls, so fifty series never squeeze the plot away
        double legendFull = legend.prefHeight(w - 2 * pad - 16);
        double legendH = snapSizeY(Math.min(legendFull + 2, 4.8 * style.get().font()));
        legendScroll.setVbarPolicy(legendFull + 2 > legendH ? javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED
                : javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.resizeRelocate(pad, pad + titleH, w - 2 * pad, legendH);
        double y0 = snapPositionY(pad + titleH + legendH + 2);
        double ch = Math.max(10, h - y0 - pad);
        double cw = Math.max(10, w - 2 * pad);
        for (Canvas c : new Canvas[] {base, top}) {
            c.relocate(pad, y0);
            if (c.getWidth() != snapSizeX(cw) || c.getHeight() != snapSizeY(ch)) {
                c.setWidth(snapSizeX(cw));
                c.setHeight(snapSizeY(ch));
                baseDirty = true;
                overlayDirty = true;
            }
        }
        // all drawing happens here, once per pulse, however many changes arrived since the last one
        if (baseDirty) drawBase();
        if (baseDirty || overlayDirty) drawOverlay();
        baseDirty = false;
        overlayDirty = false;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    // ---- drawing ------------------------------------------------------------------------------------------------

    private double left() {
        return 5.2 * style.get().font();
    }

    private double bottom() {
        return 3.4 * style.get().font();
    }

    private double topMargin() {
        return 0.8 * style.get().font();
    }

    private double right() {
        return 1.2 * style.get().font();
    }

    private void ensureAxes() {
        ChartData.Plot p = plot.get();
        double x0 = left();
        double x1 = base.getWidth() - right();
        double y0 = base.getHeight() - bottom();
        double y1 = topMargin();
        if (x1 - x0 < 10 || y0 - y1 < 10) {
            xAxis = null;
            return;
        }
        if (shownRanges == null || xAxis == null) {
            xAxis = new LogAxis(p.xMin(), p.xMax(), x0, x1);
            yAxis = new LogAxis(p.yMin(), p.yMax(), y0, y1);
            shownRanges = p;
        } else {
            xAxis = xAxis.withScreen(x0, x1);
            yAxis = yAxis.withScreen(y0, y1);
        }
    }

    /** Marks both layers for drawing in the next layout pass. */
    private void redrawAll() {
        baseDirty = true;
        overlayDirty = true;
        requestLayout();
    }

    private void redrawOverlay() {
        overlayDirty = true;
        requestLayout();
    }

    private void drawBase() {
        GraphicsContext g = base.getGraphicsContext2D();
        ChartStyle s = style.get();
        // clearing the whole canvas also drops the commands still queued from an earlier draw
        g.clearRect(0, 0, base.getWidth(), base.getHeight());
        g.setFill(s.background());
        g.fillRect(0, 0, base.getWidth(), base.getHeight());
        if (plot.get() == null) return;
        ensureAxes();
        if (xAxis == null) return;
        ChartData.Plot p = plot.get();
        // no canvas clip: a clip path sends every primitive through a full-size mask; instead the data is drawn
        // first and the margins are painted over before the axes go on top
        drawGrid(g, s);
        if (Double.isFinite(p.referenceLineY())) {
            double y = yAxis.toScreen(p.referenceLineY());
            g.setStroke(s.muted());
            g.setLineWidth(s.scale());
            g.setLineDashes(4 * s.scale(), 4 * s.scale());
            g.strokeLine(xAxis.screenFrom(), y, xAxis.screenTo(), y);
            g.setLineDashes();
        }
        for (ChartData.Series series : p.series()) {
            if (series.band() != null && !hidden.contains(series.id())) drawBand(g, series.band(), Color.web(series.color()));
        }
        splatDensePoints(g, p, s);
        for (ChartData.Series series : p.series()) {
            if (hidden.contains(series.id())) continue;
            Color c = Color.web(series.color());
            if (series.pointXs().length <= DENSE_POINTS) drawPoints(g, series, c, s);
            for (ChartData.Line line : series.lines()) drawLine(g, line, c, s);
        }
        for (ChartData.Marker m : p.markers()) drawMarker(g, m, s, true, false);
        g.setFill(s.background());
        fillMargins(g, base, (x, y, w, h) -> g.fillRect(x, y, w, h));
        drawAxes(g, s);
    }

    private interface Rect {
        void apply(double x, double y, double w, double h);
    }

    /** The four bands around the plot area. */
    private void fillMargins(GraphicsContext g, Canvas c, Rect op) {
        double x0 = Math.floor(xAxis.screenFrom());
        double x1 = Math.ceil(xAxis.screenTo());
        double yTop = Math.floor(yAxis.screenTo());
        double yBottom = Math.ceil(yAxis.screenFrom());
        op.apply(0, 0, c.getWidth(), yTop);
        op.apply(0, yBottom, c.getWidth(), c.getHeight() - yBottom);
        op.apply(0, yTop, x0, yBottom - yTop);
        op.apply(x1, yTop, c.getWidth() - x1, yBottom - yTop);
    }

    private void drawAxes(GraphicsContext g, ChartStyle s) {
        double x0 = xAxis.screenFrom();
        double x1 = xAxis.screenTo();
        double y0 = yAxis.screenFrom();
        double y1 = yAxis.screenTo();
        Font font = Font.font("System", s.font());
        Font small = Font.font("System", s.font() * 0.72);
        g.setLineWidth(1);
        for (LogAxis.Tick t : xAxis.ticks(maxXLabels(s))) {
            double x = snap(xAxis.toScreen(t.value()));
            g.setStroke(s.foreground());
            g.strokeLine(x, y0, x, y0 + (t.major() ? 6 : 3) * s.scale());
            if (!t.label().isEmpty()) drawTickLabel(g, t.label(), x, y0 + 8 * s.scale(), font, small, s, true);
        }
        for (LogAxis.Tick t : yAxis.ticks(maxYLabels(s))) {
            double y = snap(yAxis.toScreen(t.value()));
            g.setStroke(s.foreground());
            g.strokeLine(x0 - (t.major() ? 6 : 3) * s.scale(), y, x0, y);
            if (!t.label().isEmpty()) drawTickLabel(g, t.label(), x0 - 8 * s.scale(), y, font, small, s, false);
        }
        g.setStroke(s.foreground());
        g.setLineWidth(s.scale());
        g.strokeRect(snap(x0), snap(y1), Math.round(x1 - x0), Math.round(y0 - y1));
        ChartData.Plot p = plot.get();
        g.setFill(s.foreground());
        g.setFont(Font.font("System", FontWeight.BOLD, s.font()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(p.xLabel(), (x0 + x1) / 2, base.getHeight() - 2);
        g.save();
        g.translate(s.font() * 1.1, (y0 + y1) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(p.yLabel(), 0, 0);
        g.restore();
    }

    private int maxXLabels(ChartStyle s) {
        return Math.max(2, (int) ((xAxis.screenTo() - xAxis.screenFrom()) / (4.5 * s.font())));
    }

    private int maxYLabels(ChartStyle s) {
        return Math.max(2, (int) ((yAxis.screenFrom() - yAxis.screenTo()) / (2.2 * s.font())));
    }

    private void drawGrid(GraphicsContext g, ChartStyle s) {
        g.setLineWidth(1);
        for (LogAxis.Tick t : xAxis.ticks(maxXLabels(s))) {
            double x = snap(xAxis.toScreen(t.value()));
            g.setStroke(t.major() ? s.grid() : s.grid().deriveColor(0, 1, 1, 0.45));
            g.strokeLine(x, yAxis.screenFrom(), x, yAxis.screenTo());
        }
        for (LogAxis.Tick t : yAxis.ticks(maxYLabels(s))) {
            double y = snap(yAxis.toScreen(t.value()));
            g.setStroke(t.major() ? s.grid() : s.grid().deriveColor(0, 1, 1, 0.45));
            g.strokeLine(xAxis.screenFrom(), y, xAxis.screenTo(), y);
        }
    }

    /** Draws "1e18" as 10 with a superscript 18; plain labels as they are. */
    private void drawTickLabel(GraphicsContext g, String label, double x, double y, Font font, Font small, ChartStyle s, boolean below) {
        g.setFill(s.foreground());
        if (label.startsWith("1e")) {
            String exp = label.substring(2);
            double wBase = textWidth("10", font);
            double wExp = textWidth(exp, small);
            double total = wBase + wExp;
            double startX = below ? x - total / 2 : x - total;
            double baseY = below ? y + s.font() : y + s.font() * 0.35;
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BASELINE);
            g.setFont(font);
            g.fillText("10", startX, baseY);
            g.setFont(small);
            g.fillText(exp, startX + wBase, baseY - s.font() * 0.45);
        } else {
            g.setFont(font);
            g.setTextAlign(below ? TextAlignment.CENTER : TextAlignment.RIGHT);
            g.setTextBaseline(below ? VPos.TOP : VPos.CENTER);
            g.fillText(label, x, y);
        }
    }

    /** One off-scene Text node measures every label (FX thread only). */
    private static final Text MEASURE = new Text();

    private static double textWidth(String s, Font f) {
        MEASURE.setText(s);
        MEASURE.setFont(f);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** The band as one translucent polygon: along the upper edge, back along the lower. */
    private void drawBand(GraphicsContext g, ChartData.Band band, Color c) {
        int n = band.xs().length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!(Double.isFinite(band.high()[i]) && band.high()[i] > 0)) continue;
            px[k] = xAxis.toScreen(band.xs()[i]);
            py[k++] = yAxis.toScreen(band.high()[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            if (!(Double.isFinite(band.low()[i]) && band.low()[i] > 0)) continue;
            px[k] = xAxis.toScreen(band.xs()[i]);
            py[k++] = yAxis.toScreen(band.low()[i]);
        }
        if (k < 3) return;
        g.setFill(c.deriveColor(0, 1, 1, 0.22));
        g.fillPolygon(px, py, k);
    }

    private void drawLine(GraphicsContext g, ChartData.Line line, Color c, ChartStyle s) {
        g.setStroke(c);
        g.setLineWidth(line.dashed() ? s.line() * 0.85 : s.line());
        if (line.dashed()) g.setLineDashes(7 * s.scale(), 5 * s.scale());
        else g.setLineDashes();
        boolean open = false;
        g.beginPath();
        double[] xs = line.xs();
        double[] ys = line.ys();
        for (int i = 0; i < xs.length; i++) {
            double x = xAxis.toScreen(xs[i]);
            double y = yAxis.toScreen(ys[i]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                open = false;
                continue;
            }
            if (!open) g.moveTo(x, y);
            else g.lineTo(x, y);
            open = true;
        }
        g.stroke();
        g.setLineDashes();
    }

    /**
     * Level of detail for large run sets: every dense series is written into one ARGB raster (a small square per
     * run, later series on top) and drawn with a single image, instead of one canvas command per run.
     */
    private void splatDensePoints(GraphicsContext g, ChartData.Plot p, ChartStyle s) {
        int w = (int) Math.ceil(base.getWidth());
        int h = (int) Math.ceil(base.getHeight());
        int[] raster = null;
        int r = Math.max(1, (int) Math.round(1.2 * s.scale()));
        for (ChartData.Series series : p.series()) {
            if (hidden.contains(series.id()) || series.pointXs().length <= DENSE_POINTS) continue;
            if (raster == null) raster = new int[w * h];
            Color c = Color.web(series.color());
            int argb = (0xB0 << 24) | ((int) (c.getRed() * 255) << 16) | ((int) (c.getGreen() * 255) << 8) | (int) (c.getBlue() * 255);
            double[] xs = series.pointXs();
            double[] ys = series.pointYs();
            for (int i = 0; i < xs.length; i++) {
                double fx = xAxis.toScreen(xs[i]);
                double fy = yAxis.toScreen(ys[i]);
                if (!(fx >= 0 && fx < w && fy >= 0 && fy < h)) continue;
                int cx = (int) fx;
                int cy = (int) fy;
                for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
                    for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) raster[y * w + x] = argb;
                }
            }
        }
        if (raster == null) return;
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), raster, 0, w);
        g.drawImage(image, 0, 0);
    }

    /** Observed runs, one mark per screen pixel at most. */
    private void drawPoints(GraphicsContext g, ChartData.Series series, Color c, ChartStyle s) {
        double[] xs = series.pointXs();
        if (xs.length == 0) return;
        double[] ys = series.pointYs();
        int w = (int) Math.ceil(base.getWidth()) + 1;
        int h = (int) Math.ceil(base.getHeight()) + 1;
        java.util.BitSet seen = new java.util.BitSet(w * h);
        double r = 3 * s.scale();
        g.setFill(c.deriveColor(0, 1, 1, 0.55));
        g.setStroke(c.darker());
        g.setLineWidth(0.8 * s.scale());
        boolean outline = xs.length < 2000;
        for (int i = 0; i < xs.length; i++) {
            double x = xAxis.toScreen(xs[i]);
            double y = yAxis.toScreen(ys[i]);
            if (!(x >= 0 && x < w && y >= 0 && y < h)) continue;
            int key = (int) y * w + (int) x;
            if (seen.get(key)) continue;
            seen.set(key);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (outline) g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void drawMarker(GraphicsContext g, ChartData.Marker m, ChartStyle s, boolean diamond, boolean withLabel) {
        double x = xAxis.toScreen(m.x());
        double y = yAxis.toScreen(m.y());
        if (Double.isNaN(x) || Double.isNaN(y)) return;
        double r = 4.5 * s.scale();
        Color c = Color.web(m.color());
        g.setFill(c);
        g.setStroke(s.background());
        g.setLineWidth(1.5 * s.scale());
        if (diamond) {
            double[] px = {x, x + r, x, x - r};
            double[] py = {y - r, y, y + r, y};
            g.fillPolygon(px, py, 4);
            g.strokePolygon(px, py, 4);
        } else {
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (withLabel && !m.label().isEmpty()) {
            g.setFont(Font.font("System", s.font() * 0.85));
            g.setFill(s.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(m.label(), x + r + 2, y - r);
        }
    }

    private void drawOverlay() {
        GraphicsContext g = top.getGraphicsContext2D();
        g.clearRect(0, 0, top.getWidth(), top.getHeight());
        if (plot.get() == null || xAxis == null) return;
        ChartStyle s = style.get();
        ChartData.Overlay o = overlay.get();
        if (Double.isFinite(o.cursorX())) {
            double x = snap(xAxis.toScreen(o.cursorX()));
            g.setStroke(s.foreground());
            g.setLineWidth(1.5 * s.scale());
            g.strokeLine(x, yAxis.screenTo(), x, yAxis.screenFrom());
        }
        for (ChartData.Segment seg : o.segments()) {
            g.setStroke(Color.web(seg.color()));
            g.setLineWidth(1.5 * s.scale());
            if (seg.dashed()) g.setLineDashes(3 * s.scale(), 3 * s.scale());
            g.strokeLine(xAxis.toScreen(seg.x1()), yAxis.toScreen(seg.y1()), xAxis.toScreen(seg.x2()), yAxis.toScreen(seg.y2()));
            g.setLineDashes();
        }
        for (ChartData.Marker m : o.markers()) drawMarker(g, m, s, false, true);
        drawLabels(g, o.labels(), s);
        fillMargins(g, top, g::clearRect);
        for (ChartData.Handle h : handles.get()) {
            double x = xAxis.toScreen(h.x());
            double y = yAxis.toScreen(h.y());
            double r = HANDLE_RADIUS * s.scale();
            g.setFill(s.background());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.web(h.color()));
            g.setLineWidth(2.5 * s.scale());
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.setFill(Color.web(h.color()));
            g.fillOval(x - r / 3, y - r / 3, 2 * r / 3, 2 * r / 3);
        }
        if (!readout.isEmpty()) {
            g.setFont(Font.font("System", s.font() * 0.85));
            g.setFill(s.muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(readout, xAxis.screenTo() - 4, yAxis.screenTo() + 4);
        }
    }

    /** Labels with a backing box, pushed down where they would overlap (greedy, in screen order). */
    private void drawLabels(GraphicsContext g, List<ChartData.Label> labels, ChartStyle s) {
        Font f = Font.font("System", FontWeight.BOLD, s.font() * 0.9);
        g.setFont(f);
        double lineH = s.font() * 1.35;
        record Placed(ChartData.Label label, double x, double y, double w) {
        }
        List<Placed> placed = new ArrayList<>();
        for (ChartData.Label l : labels) {
            double x = xAxis.toScreen(l.x());
            double y = yAxis.toScreen(l.y());
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            placed.add(new Placed(l, x, y, textWidth(l.text(), f)));
        }
        placed.sort(Comparator.comparingDouble(Placed::y));
        double lastBottom = Double.NEGATIVE_INFINITY;
        for (Placed p : placed) {
            double w = p.w() + 8 * s.scale();
            double x = Math.min(p.x() + 6 * s.scale(), xAxis.screenTo() - w - 2);
            x = Math.max(x, xAxis.screenFrom() + 2);
            double y = Math.max(p.y() - lineH - 2, lastBottom + 2);
            y = Math.max(y, yAxis.screenTo() + 2);
            lastBottom = y + lineH;
            g.setFill(s.labelBackground());
            g.fillRoundRect(x, y, w, lineH, 6, 6);
            g.setStroke(Color.web(p.label().color()));
            g.setLineWidth(1.2 * s.scale());
            g.strokeRoundRect(x, y, w, lineH, 6, 6);
            g.setFill(s.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(p.label().text(), x + 4 * s.scale(), y + lineH / 2);
        }
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    // ---- legend -------------------------------------------------------------------------------------------------

    private void rebuildLegend() {
        legend.getChildren().clear();
        ChartData.Plot p = plot.get();
        if (p == null) return;
        for (ChartData.Series series : p.series()) {
            CheckBox item = new CheckBox(series.badge().isEmpty() ? series.name() : series.name() + "  [" + series.badge() + "]");
            item.getStyleClass().add("legend-item");
            item.setSelected(!hidden.contains(series.id()));
            Rectangle swatch = new Rectangle(14, 4, Color.web(series.color()));
            item.setGraphic(swatch);
            item.setAccessibleText((item.isSelected() ? "Hide " : "Show ") + series.name());
            item.selectedProperty().addListener((o, was, now) -> setSeriesVisible(series.id(), now));
            legend.getChildren().add(item);
        }
    }

    // ---- interaction --------------------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        if (xAxis == null || e.getDeltaY() == 0) return;
        double factor = Math.pow(0.85, e.getDeltaY() / 40);
        xAxis = xAxis.zoom(e.getX(), factor);
        yAxis = yAxis.zoom(e.getY(), factor);
        redrawAll();
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragging = handleAt(e.getX(), e.getY());
        if (dragging >= 0) {
            e.consume();
            return;
        }
        panning = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
        boxing = false;
        if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) resetZoom();
    }

    private int handleAt(double x, double y) {
        if (xAxis == null) return -1;
        List<ChartData.Handle> hs = handles.get();
        for (int i = 0; i < hs.size(); i++) {
            double dx = xAxis.toScreen(hs.get(i).x()) - x;
            double dy = yAxis.toScreen(hs.get(i).y()) - y;
            if (dx * dx + dy * dy <= (HANDLE_RADIUS + 4) * (HANDLE_RADIUS + 4)) return i;
        }
        return -1;
    }

    private void onDragged(MouseEvent e) {
        if (xAxis == null) return;
        if (dragging >= 0) {
            double x = Math.max(xAxis.screenFrom(), Math.min(xAxis.screenTo(), e.getX()));
            double y = Math.max(yAxis.screenTo(), Math.min(yAxis.screenFrom(), e.getY()));
            onHandleMoved.move(dragging, xAxis.toValue(x), yAxis.toValue(y));
            e.consume();
            return;
        }
        if (panning) {
            xAxis = xAxis.pan(e.getX() - pressX);
            yAxis = yAxis.pan(e.getY() - pressY);
            pressX = e.getX();
            pressY = e.getY();
            redrawAll();
            return;
        }
        if (Math.abs(e.getX() - pressX) > 5 || Math.abs(e.getY() - pressY) > 5) {
            boxing = true;
            box.setVisible(true);
            box.setX(top.getLayoutX() + Math.min(pressX, e.getX()));
            box.setY(top.getLayoutY() + Math.min(pressY, e.getY()));
            box.setWidth(Math.abs(e.getX() - pressX));
            box.setHeight(Math.abs(e.getY() - pressY));
        }
    }

    private void onReleased(MouseEvent e) {
        if (xAxis == null) return;
        if (dragging >= 0) {
            dragging = -1;
            e.consume();
            return;
        }
        if (boxing) {
            box.setVisible(false);
            if (Math.abs(e.getX() - pressX) > 5 && Math.abs(e.getY() - pressY) > 5) {
                xAxis = xAxis.between(pressX, e.getX());
                yAxis = yAxis.between(pressY, e.getY());
                redrawAll();
            }
        } else if (!panning && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && inPlot(e.getX(), e.getY())) {
            onPick.accept(xAxis.toValue(e.getX()));
        }
        boxing = false;
        panning = false;
    }

    private boolean inPlot(double x, double y) {
        return x >= xAxis.screenFrom() && x <= xAxis.screenTo() && y >= yAxis.screenTo() && y <= yAxis.screenFrom();
    }

    private void onMoved(MouseEvent e) {
        if (xAxis == null || plot.get() == null) return;
        top.setCursor(handleAt(e.getX(), e.getY()) >= 0 ? javafx.scene.Cursor.HAND : null);
        if (!inPlot(e.getX(), e.getY())) {
            hover.setVisible(false);
            readout = "";
            redrawOverlay();
            return;
        }
        readout = "C = " + org.scalingexplorer.model.ComputeText.format(xAxis.toValue(e.getX())) + " FLOP   " + yName + " = "
                + yFormat.apply(yAxis.toValue(e.getY()));
        String text = nearest(e.getX(), e.getY());
        if (text == null) {
            hover.setVisible(false);
        } else {
            hover.setText(text);
            hover.autosize();
            double hx = top.getLayoutX() + e.getX() + 14;
            double hy = top.getLayoutY() + e.getY() + 14;
            if (hx + hover.getWidth() > getWidth()) hx = top.getLayoutX() + e.getX() - hover.getWidth() - 10;
            if (hy + hover.getHeight() > getHeight()) hy = top.getLayoutY() + e.getY() - hover.getHeight() - 10;
            hover.relocate(hx, hy);
            hover.setVisible(true);
        }
        redrawOverlay();
    }

    /** Exact values of the nearest curve sample or observed run within a few pixels, or null. */
    private String nearest(double sx, double sy) {
        double best = PICK_RADIUS * PICK_RADIUS * style.get().scale() * style.get().scale();
        String found = null;
        for (ChartData.Marker m : plot.get().markers()) {
            double d = dist2(sx, sy, m.x(), m.y());
            if (d < best && !m.label().isEmpty()) {
                best = d;
                found = m.label() + "\n" + yName + " = " + yFormat.apply(m.y());
            }
        }
        for (ChartData.Series series : plot.get().series()) {
            if (hidden.contains(series.id())) continue;
            for (int i = 0; i < series.pointXs().length; i++) {
                double d = dist2(sx, sy, series.pointXs()[i], series.pointYs()[i]);
                if (d < best) {
                    best = d;
                    found = series.name() + " (observed run)\nC = " + org.scalingexplorer.model.ComputeText.format(series.pointXs()[i])
                            + " FLOP\n" + yName + " = " + yFormat.apply(series.pointYs()[i]);
                }
            }
            for (ChartData.Line line : series.lines()) {
                for (int i = 0; i < line.xs().length; i++) {
                    double d = dist2(sx, sy, line.xs()[i], line.ys()[i]);
                    if (d < best) {
                        best = d;
                        found = series.name() + (line.dashed() ? " (extrapolated)" : "") + "\nC = "
                                + org.scalingexplorer.model.ComputeText.format(line.xs()[i]) + " FLOP\n" + yName + " = " + yFormat.apply(line.ys()[i]);
                    }
                }
            }
        }
        return found;
    }

    private double dist2(double sx, double sy, double x, double y) {
        double dx = xAxis.toScreen(x) - sx;
        double dy = yAxis.toScreen(y) - sy;
        double d = dx * dx + dy * dy;
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }
}
