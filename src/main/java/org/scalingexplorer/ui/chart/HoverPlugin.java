package org.scalingexplorer.ui.chart;

import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.LabelLayout;

/**
 * The readout of the point under the mouse (C and y in the plot's corner) and a box with the exact values of the
 * nearest curve sample, observed run or labelled marker within a few pixels; over the "+N more" box, the labels it
 * stands for.
 */
final class HoverPlugin implements ChartPlugin {
    private static final double PICK_RADIUS = 8;
    private final Label hover = new Label();
    private LogChart chart;

    HoverPlugin() {
        hover.getStyleClass().add("chart-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
    }

    @Override
    public void install(LogChart chart) {
        this.chart = chart;
        chart.addDecoration(hover);
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        // the box follows a drag (of the cursor or a handle), with the values where the mouse is now
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moved);
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.setVisible(false);
            chart.setReadout("");
        });
    }

    private void moved(MouseEvent e) {
        if (chart.xAxis() == null || chart.plotProperty().get() == null) return;
        if (!chart.inPlot(e.getX(), e.getY())) {
            hover.setVisible(false);
            chart.setReadout("");
            return;
        }
        String text = collapsed(chart.labelLayout(), e.getX(), e.getY());
        if (text == null) text = nearest(e.getX(), e.getY());
        if (text == null) {
            hover.setVisible(false);
        } else {
            HoverBox.show(hover, text, chart.plotLayer().getLayoutX() + e.getX(), chart.plotLayer().getLayoutY() + e.getY(), chart.getWidth(), chart.getHeight());
        }
        chart.setReadout("C = " + Numbers.format(chart.xAxis().toValue(e.getX())) + " FLOP   " + chart.yName() + " = "
                + chart.yFormat().apply(chart.yAxis().toValue(e.getY())));
    }

    /** The labels collapsed into the "+N more" box, one a line, when {@code (sx, sy)} is over it; null otherwise. */
    static String collapsed(LabelLayout.Result r, double sx, double sy) {
        LabelLayout.Box more = r == null ? null : r.more();
        if (more == null || sx < more.x() || sx > more.x() + more.w() || sy < more.y() || sy > more.y() + more.h()) return null;
        return String.join("\n", r.collapsed().stream().map(ChartData.Label::text).toList());
    }

    /** Exact values of the nearest curve sample or observed run within a few pixels, or null. */
    private String nearest(double sx, double sy) {
        double scale = chart.chartStyleProperty().get().scale();
        double best = PICK_RADIUS * PICK_RADIUS * scale * scale;
        String found = null;
        String y = chart.yName();
        ChartData.Plot p = chart.plotProperty().get();
        for (ChartData.Marker m : p.markers()) {
            double d = dist2(sx, sy, m.x(), m.y());
            if (d < best && !m.label().isEmpty()) {
                best = d;
                found = m.label() + "\n" + y + " = " + chart.yFormat().apply(m.y());
            }
        }
        for (ChartData.Series series : p.series()) {
            if (chart.hiddenSeries().contains(series.id())) continue;
            for (int i = 0; i < series.pointXs().length; i++) {
                double d = dist2(sx, sy, series.pointXs()[i], series.pointYs()[i]);
                if (d < best) {
                    best = d;
                    found = series.name() + " (observed run)\nC = " + Numbers.format(series.pointXs()[i])
                            + " FLOP\n" + y + " = " + chart.yFormat().apply(series.pointYs()[i]);
                }
            }
            for (ChartData.Line line : series.lines()) {
                for (int i = 0; i < line.xs().length; i++) {
                    double d = dist2(sx, sy, line.xs()[i], line.ys()[i]);
                    if (d < best) {
                        best = d;
                        found = series.name() + (line.dashed() ? " (extrapolated)" : "") + "\nC = "
                                + Numbers.format(line.xs()[i]) + " FLOP\n" + y + " = " + chart.yFormat().apply(line.ys()[i]);
                    }
                }
            }
        }
        return found;
    }

    private double dist2(double sx, double sy, double x, double y) {
        double dx = chart.xAxis().toScreen(x) - sx;
        double dy = chart.yAxis().toScreen(y) - sy;
        double d = dx * dx + dy * dy;
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }
}
