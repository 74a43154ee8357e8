package org.scalingexplorer.ui.chart;

/**
 * A way of interacting with a {@link LogChart}, apart from its drawing (as ChartFX's plugins are): each plugin
 * listens to the chart's plot layer and changes the chart only through its axes, overlay readout and hover box.
 */
interface ChartPlugin {
    void install(LogChart chart);
}
