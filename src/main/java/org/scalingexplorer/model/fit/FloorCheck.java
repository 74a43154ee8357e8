package org.scalingexplorer.model.fit;

import java.util.Locale;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.math3.util.Pair;

/**
 * Whether the points of a fit identify a free floor E (docs/science.md#floor). The profile test: the squared error on
 * log loss of the best law with E held at each end of its range (0, and just below the lowest loss), against the
 * best with E free; E is identified when the data reject both ends, {@code k ln(SSE_end / SSE_best) > 3.84} (the
 * chi-square 95% point with one degree of freedom), with k the number of distinct runs among the points: the
 * independent units, since the points along one run are strongly correlated. A fitted E at its lower end (below
 * 0.1% of the lowest loss) fails it at once.
 */
public final class FloorCheck {
    /** The chi-square distribution's 95% point with one degree of freedom. */
    static final double CHI2_95 = 3.841458820694124;
    /** How close to the lowest loss the upper end is taken. */
    static final double UPPER = 0.999;
    /** Steps of the grid over E between the ends. */
    static final int GRID = 20;

    /** @param statistic the smaller of the two ends' statistics */
    public record Result(boolean identified, double statistic, String reason) {
    }

    private FloorCheck() {
    }

    public static Result check(double[] compute, double[] loss, double fittedE, int runs) {
        int n = compute.length;
        double[] lnC = new double[n];
        double[] lnL = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lnC[i] = Math.log(compute[i]);
            lnL[i] = Math.log(loss[i]);
            min = Math.min(min, loss[i]);
        }
        if (!(fittedE > 1e-3 * min)) {
            return new Result(false, 0, String.format(Locale.ROOT, "the fitted E (%.3g) ran to its lower bound, 0: the points do not identify a floor", fittedE));
        }
        double low = profile(lnC, lnL, 0);
        double high = profile(lnC, lnL, UPPER * min);
        // the least error over E: at the fitted E (a Huber fit's), the ends, and a grid between them
        double best = Math.min(profile(lnC, lnL, fittedE), Math.min(low, high));
        for (int k = 1; k < GRID; k++) best = Math.min(best, profile(lnC, lnL, UPPER * min * k / GRID));
        double sLow = runs * Math.log(low / Math.max(best, Double.MIN_NORMAL));
        double sHigh = runs * Math.log(high / Math.max(best, Double.MIN_NORMAL));
        double s = Math.min(sLow, sHigh);
        if (s > CHI2_95) return new Result(true, s, "");
        String end = sLow <= sHigh ? "E = 0" : String.format(Locale.ROOT, "E just below the lowest loss (%.4g)", min);
        return new Result(false, s, String.format(Locale.ROOT,
                "%s fits the points almost as well as the fitted E = %.3g (profile test over %d runs: %.2f, below %.2f): the points do not identify a floor, "
                        + "and A and alpha trade off with it; hold E fixed or add runs that reach further in compute", end, fittedE, runs, s, CHI2_95));
    }

    /** The least squared error on log loss of {@code E + A C^alpha} over A and alpha, with E held. */
    static double profile(double[] lnC, double[] lnL, double e) {
        int n = lnC.length;
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            double y = Math.exp(lnL[i]) - e;
            if (y > 0) reg.addData(lnC[i], Math.log(y));
        }
        if (e == 0) return reg.getSumSquaredErrors();
        double[] start = {reg.getN() >= 2 ? reg.getIntercept() : 0, reg.getN() >= 2 ? Math.min(-1e-4, reg.getSlope()) : -0.1};
        if (!Double.isFinite(start[0]) || !Double.isFinite(start[1])) return Double.POSITIVE_INFINITY;
        double lnE = Math.log(e);
        try {
            var o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder().start(start).target(lnL)
                    .maxEvaluations(2_000).maxIterations(2_000).model(p -> {
                        double[] v = new double[n];
                        double[][] j = new double[n][2];
                        for (int i = 0; i < n; i++) {
                            double u = p.getEntry(0) + p.getEntry(1) * lnC[i];
                            double m = Math.max(lnE, u);
                            double ea = Math.exp(lnE - m);
                            double eb = Math.exp(u - m);
                            v[i] = m + Math.log(ea + eb);
                            double w = eb / (ea + eb);
                            j[i][0] = w;
                            j[i][1] = w * lnC[i];
                        }
                        return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(j, false));
                    }).build());
            double r = o.getResiduals().getNorm();
            return r * r;
        } catch (RuntimeException ex) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
