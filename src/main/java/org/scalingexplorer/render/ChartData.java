package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scalingexplorer.model.LineStyle;

/**
 * What a {@link LogChart} draws, in data coordinates. Plain records with CSS colours as strings, so view models
 * build them without touching the scene graph.
 */
public final class ChartData {
    private ChartData() {
    }

    /** A polyline; NaN values break it. {@code dashed} marks extrapolation. */
    /** @param weight the line's width as a multiple of the style's (1 for most; thinner for many training curves, bolder for a frontier) */
    public record Line(String seriesId, double[] xs, double[] ys, boolean dashed, double weight) {
        public Line(String seriesId, double[] xs, double[] ys, boolean dashed) {
            this(seriesId, xs, ys, dashed, 1);
        }
    }

    /** A shaded interval around a curve, e.g. a fit's bootstrap band: {@code low[i]..high[i]} at {@code xs[i]}. */
    public record Band(double[] xs, double[] low, double[] high) {
    }

    /** One legend entry, with its lines, observed points and (for fitted laws) its uncertainty band, or null. */
    public record Series(String id, String name, String color, List<Line> lines, double[] pointXs, double[] pointYs,
                         String badge, Band band, LineStyle style) {
        public Series {
            lines = List.copyOf(lines);
            badge = badge == null ? "" : badge;
            style = style == null ? LineStyle.DEFAULT : style;
        }

        public Series(String id, String name, String color, List<Line> lines, double[] pointXs, double[] pointYs, String badge, Band band) {
            this(id, name, color, lines, pointXs, pointYs, badge, band, LineStyle.DEFAULT);
        }

        public Series(String id, String name, String color, List<Line> lines, double[] pointXs, double[] pointYs, String badge) {
            this(id, name, color, lines, pointXs, pointYs, badge, null);
        }

        /** The series drawn in an algorithm's own dash and width. */
        public Series styled(LineStyle s) {
            return new Series(id, name, color, lines, pointXs, pointYs, badge, band, s);
        }
    }

    /** A short labelled mark, e.g. a crossover or the end of a CEG construction. */
    public record Marker(double x, double y, String color, String label) {
    }

    /** A straight segment between two data points (the CEG construction). */
    public record Segment(double x1, double y1, double x2, double y2, String color, boolean dashed) {
    }

    /** A text anchored at a data point, nudged apart from its neighbours when drawn. */
    public record Label(double x, double y, String color, String text) {
    }

    /** The per-step layer: cursor, constructions, markers, labels. Cheap to rebuild. */
    public record Overlay(double cursorX, List<Segment> segments, List<Marker> markers, List<Label> labels) {
        public Overlay {
            segments = List.copyOf(segments);
            markers = List.copyOf(markers);
            labels = List.copyOf(labels);
        }

        public static Overlay empty() {
            return new Overlay(Double.NaN, List.of(), List.of(), List.of());
        }
    }

    /** The slow-changing layer: series and axis ranges. */
    public record Plot(String title, String xLabel, String yLabel, List<Series> series, double xMin, double xMax,
                       double yMin, double yMax, List<Marker> markers, double referenceLineY) {
        public Plot {
            series = List.copyOf(series);
            markers = List.copyOf(markers);
        }
    }

    /** A point the user drags, e.g. one of the two that define a drawn what-if law. */
    public record Handle(double x, double y, String color) {
    }

    /** Told where a dragged handle went, in data coordinates; false refuses the move and the handle stays. */
    @FunctionalInterface
    public interface HandleMover {
        boolean move(int index, double x, double y);
    }

    /**
     * A curve cut into pieces where {@code flag} changes, each piece dashed where flagged (extrapolated); neighbouring
     * pieces share their end point so the curve stays joined.
     */
    public static List<Line> splitByFlag(double[] xs, double[] ys, boolean[] flag) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= xs.length; i++) {
            if (i == xs.length || flag[i] != flag[start]) {
                int end = Math.min(i + 1, xs.length);
                lines.add(new Line("", Arrays.copyOfRange(xs, start, end), Arrays.copyOfRange(ys, start, end), flag[start]));
                start = i;
            }
        }
        return lines;
    }
}
