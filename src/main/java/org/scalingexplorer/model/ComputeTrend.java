package org.scalingexplorer.model;

import java.util.Arrays;
import java.util.List;

/** Frontier training compute as a function of (fractional) year, and its inverse. */
public sealed interface ComputeTrend permits ComputeTrend.Exponential, ComputeTrend.Table {

    double compute(double year);

    double year(double compute);

    /** {@code C(year) = compute0 * growth^(year - year0)}. */
    record Exponential(double compute0, double growth, double year0) implements ComputeTrend {
        public Exponential {
            if (!(compute0 > 0) || Double.isInfinite(compute0)) throw new IllegalArgumentException("compute0 must be > 0, got " + compute0);
            if (!(growth > 1) || Double.isInfinite(growth)) throw new IllegalArgumentException("growth must be > 1 per year, got " + growth);
            if (!Double.isFinite(year0)) throw new IllegalArgumentException("year0 must be a finite number, got " + year0);
        }

        @Override
        public double compute(double year) {
            return compute0 * Math.pow(growth, year - year0);
        }

        @Override
        public double year(double compute) {
            return year0 + Math.log(compute / compute0) / Math.log(growth);
        }
    }

    /**
     * Points (year, compute), strictly increasing in both, interpolated linearly in log compute; beyond the ends
     * the first or last segment is extended.
     */
    record Table(List<Point> points) implements ComputeTrend {
        public record Point(double year, double compute) {
        }

        public Table {
            points = List.copyOf(points);
            if (points.size() < 2) throw new IllegalArgumentException("a trend table needs at least two points");
            for (int i = 1; i < points.size(); i++) {
                if (!(points.get(i).year() > points.get(i - 1).year()) || !(points.get(i).compute() > points.get(i - 1).compute())) {
                    throw new IllegalArgumentException("trend points must increase in year and in compute (point " + i + ")");
                }
            }
        }

        @Override
        public double compute(double year) {
            double[] ys = points.stream().mapToDouble(Point::year).toArray();
            int i = segment(ys, year);
            Point p = points.get(i);
            Point q = points.get(i + 1);
            double t = (year - p.year()) / (q.year() - p.year());
            return Math.exp(Math.log(p.compute()) + t * (Math.log(q.compute()) - Math.log(p.compute())));
        }

        @Override
        public double year(double compute) {
            double[] lcs = points.stream().mapToDouble(pt -> Math.log(pt.compute())).toArray();
            double lc = Math.log(compute);
            int i = segment(lcs, lc);
            Point p = points.get(i);
            Point q = points.get(i + 1);
            double t = (lc - lcs[i]) / (lcs[i + 1] - lcs[i]);
            return p.year() + t * (q.year() - p.year());
        }

        /** Index of the segment holding x, clamped to the first and last segments. */
        private static int segment(double[] xs, double x) {
            int pos = Arrays.binarySearch(xs, x);
            int i = pos >= 0 ? pos : -pos - 2;
            return Math.max(0, Math.min(xs.length - 2, i));
        }
    }
}
