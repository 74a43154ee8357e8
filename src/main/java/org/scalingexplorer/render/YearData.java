package org.scalingexplorer.render;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

/** What a {@link YearChart} draws: values over (fractional) years on a log y axis. Plain records, no nodes. */
public final class YearData {
    private YearData() {
    }

    /**
     * A stacked band between {@code lower} and {@code upper}, both in log10 of the gain, sampled at the plot's years.
     * {@code hatched} marks scale-dependent innovations (distinct in greyscale too).
     */
    public record Band(String id, String name, String color, boolean hatched, double[] lower, double[] upper) {
    }

    /**
     * A line of gains (not logs) over the plot's years; NaN breaks it.
     *
     * @param extrapolated for each year, whether the value rests on a law evaluated beyond its measured runs: those
     *                     spans are drawn faded, with a legend entry; null when none is
     */
    public record Line(String id, String name, String color, double[] values, boolean dashed, double width, boolean[] extrapolated) {
        public Line(String id, String name, String color, double[] values, boolean dashed, double width) {
            this(id, name, color, values, dashed, width, null);
        }

        /** Whether the segment from year k to year k + 1 is extrapolated (either end is). */
        public boolean extrapolatedSegment(int k) {
            return extrapolated != null && (extrapolated[k] || extrapolated[k + 1]);
        }

        public boolean anyExtrapolated() {
            if (extrapolated == null) return false;
            for (boolean e : extrapolated) if (e) return true;
            return false;
        }
    }

    /** A labelled point, e.g. Ho et al.'s 22,000x in 2023. */
    public record Point(double year, double value, String color, String label) {
    }

    /** An interval (gains, not logs) at its own years, drawn as a shaded band, e.g. the total's bootstrap interval. */
    public record Range(String name, double[] years, double[] low, double[] high) {
    }

    /** A model placed on the top (compute) axis at {@code year}, the year the axis reaches its compute. */
    public record Tick(double year, String label) {
    }

    /**
     * @param topAxis label of the secondary (top) axis at a year, e.g. the trend's compute; null for none
     * @param range   a shaded interval, or null
     * @param ticks   models marked along the top axis (empty without a top axis)
     * @param extrapolated for each year, whether its values rest on a law evaluated beyond its measured runs (shaded
     *                     behind the data, with a legend entry); null when nothing is
     * @param topYear      the year the top axis reaches 10^k, given k: its labels then sit at round computes (10^15,
     *                     10^16, ...) rather than at the years' odd ones; null to label the years' computes
     */
    public record Plot(String title, String yLabel, double[] years, List<Band> bands, List<Line> lines, List<Point> points,
                       double yMin, double yMax, DoubleFunction<String> topAxis, Range range, List<Tick> ticks, boolean[] extrapolated,
                       DoubleUnaryOperator topYear) {
        public Plot {
            bands = List.copyOf(bands);
            lines = List.copyOf(lines);
            points = List.copyOf(points);
            ticks = ticks == null ? List.of() : List.copyOf(ticks);
        }

        public Plot(String title, String yLabel, double[] years, List<Band> bands, List<Line> lines, List<Point> points,
                    double yMin, double yMax, DoubleFunction<String> topAxis, Range range, List<Tick> ticks, boolean[] extrapolated) {
            this(title, yLabel, years, bands, lines, points, yMin, yMax, topAxis, range, ticks, extrapolated, null);
        }

        public Plot(String title, String yLabel, double[] years, List<Band> bands, List<Line> lines, List<Point> points,
                    double yMin, double yMax, DoubleFunction<String> topAxis, Range range, List<Tick> ticks) {
            this(title, yLabel, years, bands, lines, points, yMin, yMax, topAxis, range, ticks, null, null);
        }

        public Plot(String title, String yLabel, double[] years, List<Band> bands, List<Line> lines, List<Point> points,
                    double yMin, double yMax, DoubleFunction<String> topAxis) {
            this(title, yLabel, years, bands, lines, points, yMin, yMax, topAxis, null, List.of(), null, null);
        }

        public Plot withRange(Range r) {
            return new Plot(title, yLabel, years, bands, lines, points, yMin, yMax, topAxis, r, ticks, extrapolated, topYear);
        }

        public Plot withTopYear(DoubleUnaryOperator at) {
            return new Plot(title, yLabel, years, bands, lines, points, yMin, yMax, topAxis, range, ticks, extrapolated, at);
        }

        /** Whether any year is extrapolated. */
        public boolean anyExtrapolated() {
            if (extrapolated == null) return false;
            for (boolean e : extrapolated) if (e) return true;
            return false;
        }
    }
}
