package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.math3.util.Pair;

import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;

/** Fits laws to runs. Every fit works on log loss, so a run's weight does not depend on the size of its loss. */
public final class Fitter {
    /** Huber delta on log loss, as the literature fits L(N, D). */
    public static final double HUBER_DELTA = 1e-3;
    /** The saturating fit's Huber delta: residuals beyond 2% in loss count linearly. */
    public static final double SATURATING_HUBER_DELTA = 0.02;

    private Fitter() {
    }

    /** Fits {@code kind} to the runs the options select. */
    public static FitResult fit(LawKind kind, List<Run> runs, FitOptions options) {
        FitOptions.Selection s = options.select(runs);
        return fitSelected(kind, s.used(), options.huber(), s.droppedCount(), null);
    }

    /**
     * Fits the selected runs; {@code start}, when given (a bootstrap refit), replaces the multi-start search with a
     * single start at that fit's parameters.
     */
    static FitResult fitSelected(LawKind kind, List<Run> used, boolean huber, int dropped, FitResult start) {
        int min = kind == LawKind.CHINCHILLA ? 6 : kind == LawKind.SATURATING ? 4 : 3;
        if (used.size() < min) {
            throw new IllegalArgumentException("a " + kind.id() + " fit needs at least " + min + " runs, got " + used.size());
        }
        return switch (kind) {
            case POWER -> power(used, dropped);
            case SATURATING -> saturating(used, huber, dropped, start);
            case CHINCHILLA -> chinchilla(used, dropped, start);
        };
    }

    private static FitResult power(List<Run> runs, int dropped) {
        SimpleRegression reg = new SimpleRegression();
        for (Run r : runs) reg.addData(Math.log(r.compute()), Math.log(r.loss()));
        double alpha = reg.getSlope();
        double a = Math.exp(reg.getIntercept());
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("A", a);
        p.put("alpha", alpha);
        return withStats(LawKind.POWER, p, alpha < 0 ? new PowerLaw(0, a, alpha) : null, runs, dropped, c -> Math.log(a) + alpha * Math.log(c));
    }

    /** ln L = LSE(e, a + alpha ln C): E = exp(e) > 0 and A = exp(a) > 0 by construction. */
    private static FitResult saturating(List<Run> runs, boolean huber, int dropped, FitResult start) {
        int n = runs.size();
        double[] lnC = new double[n];
        double[] lnL = new double[n];
        double minLoss = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lnC[i] = Math.log(runs.get(i).compute());
            lnL[i] = Math.log(runs.get(i).loss());
            minLoss = Math.min(minLoss, runs.get(i).loss());
        }
        double[][] starts;
        if (start != null) {
            starts = new double[][] {{Math.log(start.parameter("E")), Math.log(start.parameter("A")), start.parameter("alpha")}};
        } else {
            double[] floors = {0.01, 0.3, 0.6, 0.8, 0.9, 0.97};
            starts = new double[floors.length][];
            for (int k = 0; k < floors.length; k++) {
                // a power law through the losses above a trial floor gives the other two
                SimpleRegression reg = new SimpleRegression();
                double e = floors[k] * minLoss;
                for (int i = 0; i < n; i++) reg.addData(lnC[i], Math.log(runs.get(i).loss() - e));
                starts[k] = new double[] {Math.log(e), reg.getIntercept(), Math.min(-1e-4, reg.getSlope())};
            }
        }
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] s : starts) {
            double[] x = s;
            double[] w = new double[n];
            Arrays.fill(w, 1);
            try {
                for (int round = 0; round < (huber ? 6 : 1); round++) {
                    x = levenbergMarquardt(lnC, lnL, x, w);
                    if (huber) {
                        // iteratively reweighted: Huber weights min(1, delta / |r|)
                        for (int i = 0; i < n; i++) {
                            double r = Math.abs(lse(x[0], x[1] + x[2] * lnC[i]) - lnL[i]);
                            w[i] = r <= SATURATING_HUBER_DELTA ? 1 : SATURATING_HUBER_DELTA / r;
                        }
                    }
                }
            } catch (RuntimeException e) {
                continue; // a start that diverges; others remain
            }
            double cost = 0;
            for (int i = 0; i < n; i++) {
                double r = lse(x[0], x[1] + x[2] * lnC[i]) - lnL[i];
                cost += huber ? huberLoss(r, SATURATING_HUBER_DELTA) : r * r;
            }
            if (Double.isFinite(cost) && cost < bestCost && x[2] < 0) {
                bestCost = cost;
                best = x;
            }
        }
        if (best == null) throw new IllegalArgumentException("the saturating fit did not converge from any start: the runs may not fall with compute");
        double e = Math.exp(best[0]);
        double a = Math.exp(best[1]);
        double alpha = best[2];
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("E", e);
        p.put("A", a);
        p.put("alpha", alpha);
        double[] x = best;
        return withStats(LawKind.SATURATING, p, new PowerLaw(e, a, alpha), runs, dropped, c -> lse(x[0], x[1] + x[2] * Math.log(c)));
    }

    private static double[] levenbergMarquardt(double[] lnC, double[] lnL, double[] start, double[] weights) {
        int n = lnC.length;
        LeastSquaresBuilder b = new LeastSquaresBuilder()
                .start(start)
                .target(lnL)
                .weight(new DiagonalMatrix(weights))
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .model(point -> {
                    double[] p = point.toArray();
                    double[] value = new double[n];
                    double[][] jac = new double[n][3];
                    for (int i = 0; i < n; i++) {
                        double u = p[1] + p[2] * lnC[i];
                        double m = Math.max(p[0], u);
                        double ea = Math.exp(p[0] - m);
                        double eb = Math.exp(u - m);
                        value[i] = m + Math.log(ea + eb);
                        double pe = ea / (ea + eb);
                        jac[i][0] = pe;
                        jac[i][1] = 1 - pe;
                        jac[i][2] = (1 - pe) * lnC[i];
                    }
                    RealVector v = new ArrayRealVector(value, false);
                    RealMatrix j = new Array2DRowRealMatrix(jac, false);
                    return new Pair<>(v, j);
                });
        LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(b.build());
        return o.getPoint().toArray();
    }

    /** Starting grid of Besiroglu et al. (2024) for (a, b, e, alpha, beta). */
    static final double[] GRID_A = {0, 5, 10, 15, 20, 25};
    static final double[] GRID_B = {0, 5, 10, 15, 20, 25};
    static final double[] GRID_E = {-1, -0.5, 0, 0.5, 1};
    static final double[] GRID_ALPHA = {0, 0.5, 1, 1.5, 2};
    static final double[] GRID_BETA = {0, 0.5, 1, 1.5, 2};
    /** Iterations every grid start gets before the finalists are picked. */
    static final int SCREEN_ITERATIONS = 40;
    /** Starts run on to convergence. */
    static final int FINALISTS = 25;

    /**
     * Huber loss (delta 1e-3) of LSE(a - alpha ln N, b - beta ln D, e) - ln L, minimised by BFGS from every point of
     * the grid (in parallel); the best is kept. E = exp(e), A = exp(a), B = exp(b).
     */
    private static FitResult chinchilla(List<Run> runs, int dropped, FitResult start) {
        int n = runs.size();
        double[] lnN = new double[n];
        double[] lnD = new double[n];
        double[] lnL = new double[n];
        for (int i = 0; i < n; i++) {
            Run r = runs.get(i);
            if (!(r.params() > 0)) throw new IllegalArgumentException("run " + (i + 1) + " (compute " + r.compute() + ") has no parameter count: an L(N, D) fit needs N");
            double tokens = r.tokens() > 0 ? r.tokens() : r.compute() / (6 * r.params());
            lnN[i] = Math.log(r.params());
            lnD[i] = Math.log(tokens);
            lnL[i] = Math.log(r.loss());
        }
        Bfgs.Objective f = (x, g) -> {
            Arrays.fill(g, 0);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double u1 = x[0] - x[3] * lnN[i];
                double u2 = x[1] - x[4] * lnD[i];
                double u3 = x[2];
                double m = Math.max(u1, Math.max(u2, u3));
                // the largest term is exp(0) = 1: two exponentials per run, not three
                double e1 = u1 == m ? 1 : Math.exp(u1 - m);
                double e2 = u2 == m ? 1 : Math.exp(u2 - m);
                double e3 = u3 == m ? 1 : Math.exp(u3 - m);
                double z = e1 + e2 + e3;
                double r = m + Math.log(z) - lnL[i];
                sum += huberLoss(r, HUBER_DELTA);
                double d = Math.abs(r) <= HUBER_DELTA ? r : Math.copySign(HUBER_DELTA, r);
                double p1 = e1 / z;
                double p2 = e2 / z;
                double p3 = e3 / z;
                g[0] += d * p1;
                g[1] += d * p2;
                g[2] += d * p3;
                g[3] -= d * p1 * lnN[i];
                g[4] -= d * p2 * lnD[i];
            }
            return sum;
        };
        List<double[]> starts = new ArrayList<>();
        if (start != null) {
            starts.add(new double[] {Math.log(start.parameter("A")), Math.log(start.parameter("B")), Math.log(start.parameter("E")),
                    start.parameter("alpha"), start.parameter("beta")});
        } else {
            for (double a : GRID_A) for (double b : GRID_B) for (double e : GRID_E) for (double al : GRID_ALPHA) for (double be : GRID_BETA) {
                starts.add(new double[] {a, b, e, al, be});
            }
        }
        // a bootstrap refit runs from its one start; a full fit gives every grid start a short run, then runs the
        // most promising ones to convergence and keeps the best
        List<double[]> finalists = start != null ? starts : starts.parallelStream()
                .map(s -> Bfgs.minimise(f, s, SCREEN_ITERATIONS, 1e-10))
                .filter(r -> Double.isFinite(r.value()))
                .sorted(Comparator.comparingDouble(Bfgs.Result::value))
                .limit(FINALISTS)
                .map(Bfgs.Result::x)
                .toList();
        Bfgs.Result best = (start != null ? finalists.stream() : finalists.parallelStream())
                .map(s -> Bfgs.minimise(f, s, 1000, 1e-10))
                .filter(r -> Double.isFinite(r.value()))
                .min(Comparator.comparingDouble(Bfgs.Result::value))
                .orElseThrow(() -> new IllegalArgumentException("the L(N, D) fit failed from every start"));
        double[] x = best.x();
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("E", Math.exp(x[2]));
        p.put("A", Math.exp(x[0]));
        p.put("B", Math.exp(x[1]));
        p.put("alpha", x[3]);
        p.put("beta", x[4]);
        ParametricLaw law = x[3] > 0 && x[4] > 0
                ? new ParametricLaw(Math.exp(x[2]), Math.exp(x[0]), Math.exp(x[1]), x[3], x[4], new Allocation.ComputeOptimal(), Optional.empty())
                : null;
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            double u1 = x[0] - x[3] * lnN[i];
            double u2 = x[1] - x[4] * lnD[i];
            fitted[i] = lse(lse(u1, u2), x[2]);
        }
        return withStats(LawKind.CHINCHILLA, p, law, runs, dropped, fitted);
    }

    private static FitResult withStats(LawKind kind, Map<String, Double> p, ScalingLaw law, List<Run> runs,
                                       int dropped, DoubleUnaryOperator lnFitted) {
        double[] fitted = new double[runs.size()];
        for (int i = 0; i < fitted.length; i++) fitted[i] = lnFitted.applyAsDouble(runs.get(i).compute());
        return withStats(kind, p, law, runs, dropped, fitted);
    }

    /** R^2 and RMSE on log loss. */
    private static FitResult withStats(LawKind kind, Map<String, Double> p, ScalingLaw law, List<Run> runs,
                                       int dropped, double[] lnFitted) {
        int n = runs.size();
        double mean = 0;
        for (Run r : runs) mean += Math.log(r.loss()) / n;
        double ssRes = 0;
        double ssTot = 0;
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            double y = Math.log(runs.get(i).loss());
            residuals[i] = lnFitted[i] - y;
            ssRes += residuals[i] * residuals[i];
            ssTot += (y - mean) * (y - mean);
        }
        double r2 = ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN;
        return new FitResult(kind, p, law, n, dropped, r2, Math.sqrt(ssRes / n), residuals);
    }

    static double lse(double a, double b) {
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }

    static double huberLoss(double r, double delta) {
        double a = Math.abs(r);
        return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    }
}
