package org.scalingexplorer.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;

import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogAxis;
import org.scalingexplorer.render.LogChartRenderer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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

/**
 * A log-log chart drawn on two canvases: the base layer (axes, curves, observed points) is redrawn only when the
 * data, the zoom or the size change; the overlay (cursor, CEG constructions, labels) on every slider step. Zoom
 * (wheel, drag a box), pan (right or middle drag, or shift-drag) and reset (double-click) work in screen space.
 */
public class LogChart extends Region {
    private static final double PICK_RADIUS = 8;
    
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
        style.addListener((o, was, now) -> {
            rebuildLegend();
            redrawAll();
        });

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

    private void ensureAxes() {
        ChartData.Plot p = plot.get();
        LogAxis[] full = LogChartRenderer.axes(p, base.getWidth(), base.getHeight(), style.get());
        if (full == null) {
            xAxis = null;
            return;
        }
        if (shownRanges == null || xAxis == null) {
            xAxis = full[0];
            yAxis = full[1];
            shownRanges = p;
        } else {
            xAxis = xAxis.withScreen(full[0].screenFrom(), full[0].screenTo());
            yAxis = yAxis.withScreen(full[1].screenFrom(), full[1].screenTo());
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
        g.setFill(FxPainter.fx(s.background()));
        g.fillRect(0, 0, base.getWidth(), base.getHeight());
        if (plot.get() == null) return;
        ensureAxes();
        if (xAxis == null) return;
        LogChartRenderer.drawBase(new FxPainter(g), plot.get(), hidden, xAxis, yAxis, base.getWidth(), base.getHeight(), s);
    }

    private void drawOverlay() {
        GraphicsContext g = top.getGraphicsContext2D();
        g.clearRect(0, 0, top.getWidth(), top.getHeight());
        if (plot.get() == null || xAxis == null) return;
        LogChartRenderer.drawOverlay(new FxPainter(g), overlay.get(), handles.get(), readout, xAxis, yAxis, style.get());
    }

    /** The ranges shown now (after zoom and pan): xMin, xMax, yMin, yMax; null before the first layout. */
    public double[] shownRanges() {
        if (xAxis == null) return null;
        return new double[] {xAxis.lo(), xAxis.hi(), yAxis.lo(), yAxis.hi()};
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
            Rectangle swatch = new Rectangle(14, 4, FxPainter.fx(style.get().series(series.color())));
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
            if (dx * dx + dy * dy <= (LogChartRenderer.HANDLE_RADIUS + 4) * (LogChartRenderer.HANDLE_RADIUS + 4)) return i;
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
