package org.scalingexplorer.ui.chart;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.YearChartRenderer;
import org.scalingexplorer.render.YearData;

/**
 * Gains over the years: stacked bands (log10 multipliers, so heights add up to the total), lines, a draggable year
 * cursor and an optional secondary axis on top (the trend's compute). Linear years, log gains. The plot is a canvas
 * drawn at most once per pulse; the cursor is a line above it, moved without a layout.
 */
public class YearChart extends Region {
    private final ObjectProperty<YearData.Plot> plot = new SimpleObjectProperty<>(this, "plot");
    private final DoubleProperty cursorYear = new SimpleDoubleProperty(this, "cursorYear", Double.NaN);
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.light());
    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();
    /** The legend up to a third of the chart (present mode's type, a story view with the side panel), scrolling beyond. */
    private final ScrollPane legendScroll = new ScrollPane(legend);
    private final Canvas canvas = new Canvas();
    /**
     * The cursor, a line of its own above the plot: a slider step in frontier mode only moves it, and a moved line
     * repaints the strip it left and the strip it reached, not the chart (a canvas over the plot repaints the whole).
     */
    private final Line cursor = new Line();
    private final Label hover = new Label();
    private BiFunction<String, Double, String> describer = (id, year) -> "";
    private boolean dirty = true;
        private YearChartRenderer.Frame frame;
    private List<YearChartRenderer.LegendEntry> legendKey = List.of();

    public YearChart() {
        getStyleClass().add("year-chart");
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        legend.getStyleClass().add("chart-legend");
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        cursor.setMouseTransparent(true);
        cursor.setManaged(false);
        cursor.getStyleClass().add("year-cursor");
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.getStyleClass().add("chart-legend-scroll");
        getChildren().addAll(title, legendScroll, canvas, cursor, hover);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(200, 150);
        // Tab reaches the chart; the arrows move its year cursor a tenth of a year (Shift: a year), within its years
        ChartKeys.install(this, () -> plot.get() == null ? Double.NaN : cursorYear.get(), 0.1, 1, y -> {
            double[] years = plot.get().years();
            cursorYear.set(Math.max(years[0], Math.min(years[years.length - 1], Math.rint(y * 10) / 10)));
        });
        plot.addListener((o, was, now) -> {
            title.setText(now == null ? "" : now.title());
            setAccessibleText(now == null ? "" : now.title());
            rebuildLegend();
            redraw();
        });
        // no layout: the line moves where the last layout put the plot
        cursorYear.addListener((o, was, now) -> placeCursor());
        style.addListener((o, was, now) -> {
            // the legend's swatches follow the theme (ink is black on white, white on black)
            legendKey = List.of();
            rebuildLegend();
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveCursor);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveCursor);
        // the box follows a drag of the cursor, with the values where the mouse is now
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onMoved);
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
        return frame.yearAt(screenX);
    }

    public double screenX(double year) {
        return frame.screenX(year);
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double pad = 6;
        double th = snapSizeY(title.prefHeight(w - 2 * pad));
        title.resizeRelocate(pad, pad, w - 2 * pad, th);
        // entries no wider than the legend (set here, not bound: a binding to the legend's own width lags a pass)
        for (Node n : legend.getChildren()) if (n instanceof Label l) l.setMaxWidth(Math.max(20, w - 2 * pad - 16));
        // as the log charts do: the legend takes what it needs up to a third of the chart, then scrolls; a short chart (the
        // Frames tab at 1280 x 800 in high contrast) keeps eleven lines of type for its plot and axes, the legend two lines
        double full = legend.prefHeight(w - 2 * pad - 16);
        double font = style.get().font();
        double lh = snapSizeY(Math.min(full + 2, Math.max(2.6 * font, Math.min(Math.max(4.8 * font, getHeight() / 3), getHeight() - th - 2 * pad - 11 * font))));
        legendScroll.setVbarPolicy(full + 2 > lh ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.resizeRelocate(pad, pad + th, w - 2 * pad, lh);
        double cy = snapPositionY(pad + th + lh + 2);
        double cw = snapSizeX(Math.max(10, w - 2 * pad));
        double ch = snapSizeY(Math.max(10, getHeight() - cy - pad));
        canvas.relocate(pad, cy);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
        }
        if (dirty) draw();
        dirty = false;
        // the plot may have moved without being drawn again (a legend a line taller): the line goes with it
        placeCursor();
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
        g.setFill(FxPainter.fx(s.background()));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        YearData.Plot p = plot.get();
        frame = p == null ? null : YearChartRenderer.frame(p, canvas.getWidth(), canvas.getHeight(), s, new FxPainter(canvas.getGraphicsContext2D()));
        if (frame == null) return;
        YearChartRenderer.draw(new FxPainter(g), p, frame, canvas.getHeight(), s);
    }

    /** The models marked within a few pixels of {@code x}, nearest first, at most four. */
    private String ticksNear(YearData.Plot p, double x) {
        double tolerance = 4 * style.get().scale();
        List<YearData.Tick> near = p.ticks().stream().filter(t -> Math.abs(screenX(t.year()) - x) <= tolerance)
                .sorted(Comparator.comparingDouble(t -> Math.abs(screenX(t.year()) - x))).toList();
        if (near.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(4, near.size()); i++) b.append(i == 0 ? "" : "\n").append(near.get(i).label());
        if (near.size() > 4) b.append("\n... and ").append(near.size() - 4).append(" more");
        return b.toString();
    }

    /** The cursor line at the cursor's year, as {@link YearChartRenderer#drawCursor} draws it in an export. */
    private void placeCursor() {
        double year = cursorYear.get();
        if (plot.get() == null || frame == null || !Double.isFinite(year)) {
            cursor.setVisible(false);
            return;
        }
        double onCanvas = Math.floor(frame.screenX(year)) + 0.5;
        // a year off the chart (the trend's year past its last) shows no line, as the canvas would cut it
        if (onCanvas < 0 || onCanvas > canvas.getWidth()) {
            cursor.setVisible(false);
            return;
        }
        ChartStyle s = style.get();
        double x = canvas.getLayoutX() + onCanvas;
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(canvas.getLayoutY() + frame.yTop());
        cursor.setEndY(canvas.getLayoutY() + frame.yBottom());
        cursor.setStroke(FxPainter.fx(s.foreground()));
        cursor.setStrokeWidth(1.5 * s.scale());
        cursor.setVisible(true);
    }

    private void rebuildLegend() {
        YearData.Plot p = plot.get();
        // a slider step in fixed mode changes the values, not the entries: keep the legend's nodes then
        List<YearChartRenderer.LegendEntry> key = p == null ? List.of() : YearChartRenderer.legendEntries(p, style.get().endLabels());
        if (key.equals(legendKey)) return;
        legendKey = key;
        legend.getChildren().clear();
        for (YearChartRenderer.LegendEntry e : key) {
            Color c = FxPainter.fx(style.get().series(e.color()));
            Rectangle swatch = switch (e.kind()) {
                case "line" -> new Rectangle(14, 3, c);
                case "tick" -> new Rectangle(2, 10, c);
                default -> new Rectangle(14, 10, c);
            };
            if (e.kind().equals("hatched")) {
                swatch.setStroke(c.darker().darker());
                swatch.setStrokeWidth(2);
                swatch.getStrokeDashArray().setAll(2.0, 2.0);
            }
            Label l = new Label(e.text() + (e.kind().equals("tick") ? "; hover the marks" : ""), swatch);
            l.getStyleClass().add("legend-item");
            // a narrow panel ends an entry with an ellipsis (the whole of it in a tooltip) rather than cutting it at
            // the edge; wrapping would take the chart's room
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setTooltip(new Tooltip(l.getText()));
            legend.getChildren().add(l);
        }
    }

    private void moveCursor(MouseEvent e) {
        if (plot.get() == null || frame == null || e.getX() < frame.x0() - 4 || e.getX() > frame.x1() + 4) return;
        cursorYear.set(yearAt(e.getX()));
    }

    /** The band under the mouse, described by the view model's describer. */
    private void onMoved(MouseEvent e) {
        YearData.Plot p = plot.get();
        YearChartRenderer.Frame f = frame;
        if (p == null || f == null || e.getX() < f.x0() || e.getX() > f.x1() || e.getY() < f.yTop() || e.getY() > f.yBottom()) {
            hover.setVisible(false);
            return;
        }
        double year = yearAt(e.getX());
        double[] years = p.years();
        int k = (int) Math.round((year - years[0]) / (years[years.length - 1] - years[0]) * (years.length - 1));
        double log = Math.log10(f.yAxis().toValue(e.getY()));
        String text = e.getY() <= f.yTop() + YearChartRenderer.tickLength(style.get()) + 3 && p.topAxis() != null ? ticksNear(p, e.getX()) : null;
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
        HoverBox.show(hover, text, canvas.getLayoutX() + e.getX(), canvas.getLayoutY() + e.getY(), getWidth(), getHeight());
    }
}
