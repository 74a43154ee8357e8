package org.scalingexplorer.ui.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LabelLayout;
import org.scalingexplorer.render.LogAxis;
import org.scalingexplorer.render.LogChartRenderer;

/**
 * A log-log chart drawn on two canvases: the base layer (axes, curves, observed points) is redrawn only when the
 * data, the zoom or the size change; the overlay (cursor, CEG constructions, labels) on every slider step. Zoom
 * (wheel, drag a box), pan (right or middle drag, or shift-drag) and reset (double-click) work in screen space.
 */
public class LogChart extends Region {
    
    private final ObjectProperty<ChartData.Plot> plot = new SimpleObjectProperty<>(this, "plot");
    private final ObjectProperty<ChartData.Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", ChartData.Overlay.empty());
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.light());
    private final ObjectProperty<List<ChartData.Handle>> handles = new SimpleObjectProperty<>(this, "handles", List.of());

    private final Label title = new Label();
    /** No minimum width of its own (a FlowPane's is its widest entry's), so it wraps at the chart's width. */
    private final FlowPane legend = new FlowPane() {
        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }
    };
    private final ScrollPane legendScroll = new ScrollPane(legend);
    private final Canvas base = new Canvas();
    private final Canvas top = new Canvas();
    private final HandlePlugin handlePlugin = new HandlePlugin();
    private final Set<String> hidden = new HashSet<>();
    /** Where the overlay's labels went when last drawn (the hover lists those collapsed into "+N more"). */
    private LabelLayout.Result labels;
    /** What the labels keep off in the base layer, made with it and kept until it is drawn again. */
    private LabelLayout.Obstacles curves;

    private LogAxis xAxis;
    private LogAxis yAxis;
    private ChartData.Plot shownRanges;
    private DoubleFunction<String> yFormat = Numbers::format;
    private String yName = "y";
    private DoubleConsumer onPick = x -> { };
    private Runnable onUnpick = () -> { };
    private ChartData.HandleMover onHandleMoved = (i, x, y) -> false;
    /** The handle being dragged, or -1. */
    private String readout = "";
    private boolean baseDirty = true;
    private boolean overlayDirty = true;

    public LogChart() {
        getStyleClass().add("log-chart");
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        legend.getStyleClass().add("chart-legend");
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.getStyleClass().add("chart-legend-scroll");
        getChildren().addAll(title, legendScroll, base, top);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(200, 150);
        // Tab reaches the chart; the arrows move its cursor a tenth of a decade (Shift: a decade)
        ChartKeys.install(this, () -> overlay.get() == null || !(overlay.get().cursorX() > 0) ? Double.NaN : Math.log10(overlay.get().cursorX()),
                0.1, 1, log -> onPick.accept(Math.pow(10, log)));

        plot.addListener((o, was, now) -> {
            rebuildLegend();
            // while a handle is dragged the axes hold still, or the handle would jump away from the mouse
            if (!handlePlugin.dragging() && (was == null || now == null || was.xMin() != now.xMin() || was.xMax() != now.xMax()
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

        // interaction apart from drawing: handles first, so a drag that starts on one is theirs
        for (ChartPlugin plugin : List.of(handlePlugin, new ZoomPanPlugin(handlePlugin), new HoverPlugin())) plugin.install(this);
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
    public Point2D handleOnChart(int i) {
        ChartData.Handle h = handles.get().get(i);
        return new Point2D(top.getLayoutX() + xAxis.toScreen(h.x()), top.getLayoutY() + yAxis.toScreen(h.y()));
    }

    /** Called with the compute under a plain click (no drag), e.g. to move the cursor there. */
    public void setOnPick(DoubleConsumer handler) {
        this.onPick = handler;
    }

    /** Called on a double-click, whose first click picked: to take that pick back (the double-click resets the zoom only). */
    public void setOnUnpick(Runnable handler) {
        this.onUnpick = handler;
    }

    void unpick() {
        onUnpick.run();
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
        // the legend wraps to as many lines as it needs, up to a third of the chart; only beyond that (fifty series)
        // does it scroll, so the plot is never squeezed away
        // an entry wider than the chart is cut with an ellipsis (its tooltip has it whole) rather than widen the legend
        for (Node n : legend.getChildren()) if (n instanceof CheckBox c) c.setMaxWidth(Math.max(40, w - 2 * pad - 20));
        double legendFull = legend.prefHeight(w - 2 * pad - 16);
        double legendH = snapSizeY(Math.min(legendFull + 2, Math.max(4.8 * style.get().font(), h / 3)));
        legendScroll.setVbarPolicy(legendFull + 2 > legendH ? ScrollPane.ScrollBarPolicy.AS_NEEDED
                : ScrollPane.ScrollBarPolicy.NEVER);
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
        LogAxis[] full = LogChartRenderer.axes(p, base.getWidth(), base.getHeight(), style.get(), new FxPainter(base.getGraphicsContext2D()));
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
        curves = null;
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
        // the curves the labels keep off change with the base; the cursor's step only redraws the overlay
        if (curves == null) curves = LabelLayout.Obstacles.curves(plot.get(), hidden, xAxis, yAxis);
        labels = LogChartRenderer.drawOverlay(new FxPainter(g), curves, overlay.get(), handles.get(), readout, xAxis, yAxis, style.get(), labels);
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
            // names are data: "newmodern_scaling_study" keeps its underscore (no mnemonic is parsed from it)
            item.setMnemonicParsing(false);
            item.setSelected(!hidden.contains(series.id()));
            item.setGraphic(Swatches.line(FxPainter.fx(style.get().series(series.color())),
                    series.style().dash().lengths(1), Math.min(6, 3 * series.style().width())));
            item.setAccessibleText((item.isSelected() ? "Hide " : "Show ") + series.name());
            item.setTooltip(new Tooltip(item.getText()));
            item.selectedProperty().addListener((o, was, now) -> setSeriesVisible(series.id(), now));
            // one Tab stop for the whole legend (its first entry); the arrow keys move along it, Space toggles
            item.setFocusTraversable(legend.getChildren().isEmpty());
            item.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                int i = legend.getChildren().indexOf(item);
                int next = switch (e.getCode()) {
                    case RIGHT, DOWN -> i + 1;
                    case LEFT, UP -> i - 1;
                    default -> -1;
                };
                if (next >= 0 && next < legend.getChildren().size() && next != i) {
                    legend.getChildren().get(next).requestFocus();
                    e.consume();
                }
            });
            legend.getChildren().add(item);
        }
    }

    // ---- what the interaction plugins use ----------------------------------------------------------------------

    /** The transparent layer above the plot that takes the mouse. */
    Canvas plotLayer() {
        return top;
    }

    /** A node drawn above the plot (a zoom box, a hover label), placed by whoever adds it. */
    void addDecoration(Node node) {
        getChildren().add(node);
    }

    /** Shows other ranges (zoom, pan). */
    void setAxes(LogAxis x, LogAxis y) {
        xAxis = x;
        yAxis = y;
        redrawAll();
    }

    boolean inPlot(double x, double y) {
        return x >= xAxis.screenFrom() && x <= xAxis.screenTo() && y >= yAxis.screenTo() && y <= yAxis.screenFrom();
    }

    void pick(double x) {
        onPick.accept(x);
    }

    /** The coordinates under the mouse, drawn in the plot's corner; empty for none. */
    void setReadout(String text) {
        if (text.equals(readout)) return;
        readout = text;
        redrawOverlay();
    }

    String yName() {
        return yName;
    }

    /** Where the labels went when the overlay was last drawn; null before the first drawing. */
    public LabelLayout.Result labelLayout() {
        return labels;
    }

    DoubleFunction<String> yFormat() {
        return yFormat;
    }

    ChartData.HandleMover handleMover() {
        return onHandleMoved;
    }
}
