package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * IsoFLOP profiles (Hoffmann et al. 2022's Approach 2) from a user's runs: at each of several compute budgets, every
 * run that logged that compute gives its loss there (interpolated between the two logged rows around it: a loss is
 * never extrapolated past a run's ends); a parabola in log size through the points around the lowest gives the
 * budget's compute-optimal size N_opt; and {@code N_opt(C) = k C^a} is fitted across budgets, a's interval from a
 * bootstrap over runs. A budget whose lowest loss is at the smallest or largest size run, whose parabola does not
 * turn upwards, or whose points are too flat to place a minimum gives none, and says why.
 *
 * @param sizeFrom where each run's size came from: a parameter count (a column, or C / 6D), or the size in its name
 */
public record IsoFlop(List<Budget> budgets, List<Refused> refused, Optional<Exponent> exponent, String sizeFrom, boolean parameterCounts) {
    /** A run's loss at a budget: the run's size and file. */
    public record Point(double n, double loss, String file) {
    }

    /**
     * A budget's profile and its minimum.
     *
     * @param curvature the parabola's coefficient of (ln N)^2: how sharply the loss rises either side of N_opt
     * @param minLoss   the parabola's loss at N_opt
     */
    public record Budget(double compute, List<Point> points, double nOpt, double minLoss, double[] parabola, double curvature) {
        public Budget {
            points = List.copyOf(points);
        }
    }

    /** A budget that gives no N_opt, and why. */
    public record Refused(double compute, String reason) {
    }

    /**
     * N_opt(C) = k C^a over the budgets that placed a minimum.
     *
     * @param ci       the percentile interval of a over the bootstrap; empty with {@code ciReason} saying why
     */
    public record Exponent(double a, double k, Optional<Bootstrap.Interval> ci, Optional<String> ciReason, int resamples, int failed) {
    }

    public IsoFlop {
        budgets = List.copyOf(budgets);
        refused = List.copyOf(refused);
    }

    /** Points either side of a budget's lowest point that its parabola is fitted to. */
    static final int NEIGHBOURS = 2;
    /** A profile whose points around the minimum differ by less than this share of the loss is too flat to place one. */
    static final double FLAT = 1e-4;
    /** The fewest budgets an exponent is fitted to. */
    public static final int MIN_BUDGETS = 3;
    static final int MIN_RUNS_FOR_CI = 4;

    /**
     * Profiles at {@code count} budgets spaced evenly in log compute across the range at least three runs logged, and
     * the exponent with {@code resamples} bootstrap refits over runs (none for 0).
     */
    public static IsoFlop of(List<Curve> curves, int count, int resamples, long seed) {
        if (curves.size() < 3) throw new IllegalArgumentException("IsoFLOP profiles need runs of at least three sizes; " + curves.size() + " given");
        if (count < MIN_BUDGETS || count > 100) throw new IllegalArgumentException("between " + MIN_BUDGETS + " and 100 budgets, got " + count);
        boolean counted = curves.stream().allMatch(c -> c.parameters() > 0);
        if (!counted && !curves.stream().allMatch(c -> c.size() > 0)) {
            throw new IllegalArgumentException("the runs' sizes are not known: give a parameters column, theoretical FLOPs and tokens, or sizes in "
                    + "the file names (128_modern_40.csv)");
        }
        String from = counted ? curves.get(0).parametersFrom() + " (N in parameters)"
                : "the size in each file name (not a parameter count: N_opt is in the names' units)";
        double[] budgets = budgets(curves, count);
        Built full = build(curves, budgets, counted);
        Optional<Exponent> exponent = Optional.empty();
        if (full.ok.size() >= MIN_BUDGETS) {
            double[] ak = powerLaw(full.ok);
            exponent = Optional.of(bootstrap(curves, budgets, counted, ak, resamples, seed));
        }
        return new IsoFlop(full.ok, full.refused, exponent, from, counted);
    }

    private record Built(List<Budget> ok, List<Refused> refused) {
    }

    /** Budgets evenly spaced in log compute between the third-earliest start and the third-latest end of the runs. */
    static double[] budgets(List<Curve> curves, int count) {
        double[] starts = curves.stream().mapToDouble(c -> c.compute()[0]).sorted().toArray();
        double[] ends = curves.stream().mapToDouble(c -> c.compute()[c.points() - 1]).sorted().toArray();
        double lo = starts[2];
        double hi = ends[ends.length - 3];
        if (!(hi > lo)) throw new IllegalArgumentException("no compute that three runs all logged: the runs do not overlap enough for IsoFLOP profiles");
        double[] out = new double[count];
        for (int i = 0; i < count; i++) out[i] = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * (i + 0.5) / count);
        return out;
    }

    private static Built build(List<Curve> curves, double[] budgets, boolean counted) {
        List<Budget> ok = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (double c : budgets) {
            List<Point> pts = new ArrayList<>();
            for (Curve r : curves) {
                double l = r.lossAt(c);
                if (Double.isFinite(l)) pts.add(new Point(counted ? r.parameters() : r.size(), l, r.file()));
            }
            pts.sort(Comparator.comparingDouble(Point::n));
            Object b = budget(c, pts);
            if (b instanceof Budget x) ok.add(x);
            else refused.add((Refused) b);
        }
        return new Built(ok, refused);
    }

    /** The budget's N_opt from a parabola in ln N through the lowest point and its neighbours, or why there is none. */
    static Object budget(double c, List<Point> pts) {
        long sizes = pts.stream().mapToDouble(Point::n).distinct().count();
        if (sizes < 3) return new Refused(c, sizes + " size" + (sizes == 1 ? "" : "s") + " logged this compute; a profile needs three");
        int best = 0;
        for (int i = 1; i < pts.size(); i++) if (pts.get(i).loss() < pts.get(best).loss()) best = i;
        double bestN = pts.get(best).n();
        if (bestN == pts.get(0).n()) {
            return new Refused(c, "the lowest loss is at the smallest size run to this compute: the profile does not turn; smaller models run this far would place it");
        }
        if (bestN == pts.get(pts.size() - 1).n()) {
            return new Refused(c, "the lowest loss is at the largest size run to this compute: the profile does not turn; larger models run this far would place it");
        }
        // the distinct sizes either side of the lowest, NEIGHBOURS of each
        double[] distinct = pts.stream().mapToDouble(Point::n).distinct().sorted().toArray();
        int at = Arrays.binarySearch(distinct, bestN);
        double from = distinct[Math.max(0, at - NEIGHBOURS)];
        double to = distinct[Math.min(distinct.length - 1, at + NEIGHBOURS)];
        WeightedObservedPoints obs = new WeightedObservedPoints();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Point p : pts) {
            if (p.n() < from || p.n() > to) continue;
            obs.add(Math.log(p.n()), p.loss());
            lo = Math.min(lo, p.loss());
            hi = Math.max(hi, p.loss());
        }
        if (hi - lo < FLAT * lo) return new Refused(c, "the profile is too flat around its lowest point to place a minimum");
        double[] q = PolynomialCurveFitter.create(2).fit(obs.toList());
        if (!(q[2] > 0)) return new Refused(c, "the points around the lowest loss do not curve upwards: no minimum to place");
        double x = -q[1] / (2 * q[2]);
        if (x < Math.log(from) || x > Math.log(to)) return new Refused(c, "the parabola's minimum falls outside the sizes it was fitted to");
        return new Budget(c, pts, Math.exp(x), q[0] + q[1] * x + q[2] * x * x, q, q[2]);
    }

    /** {a, k} of N_opt = k C^a by least squares in log-log. */
    private static double[] powerLaw(List<Budget> ok) {
        SimpleRegression reg = new SimpleRegression();
        for (Budget b : ok) reg.addData(Math.log(b.compute()), Math.log(b.nOpt()));
        return new double[] {reg.getSlope(), Math.exp(reg.getIntercept())};
    }

    private static Exponent bootstrap(List<Curve> curves, double[] budgets, boolean counted, double[] ak, int resamples, long seed) {
        if (resamples <= 0) return new Exponent(ak[0], ak[1], Optional.empty(), Optional.of("no bootstrap asked for"), 0, 0);
        if (curves.size() < MIN_RUNS_FOR_CI) {
            return new Exponent(ak[0], ak[1], Optional.empty(), Optional.of(curves.size() + " runs: too few to resample"), resamples, 0);
        }
        List<Double> as = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < resamples; i++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            List<Curve> drawn = new ArrayList<>();
            for (int k = 0; k < curves.size(); k++) drawn.add(curves.get(r.nextInt(curves.size())));
            Built b = build(drawn, budgets, counted);
            if (b.ok.size() < MIN_BUDGETS) {
                failed++;
                continue;
            }
            as.add(powerLaw(b.ok)[0]);
        }
        double[] sorted = as.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (failed > resamples / 10) {
            return new Exponent(ak[0], ak[1], Optional.empty(), Optional.of(failed + " of " + resamples + " resamples placed too few minima"), resamples, failed);
        }
        if (sorted.length == 0 || sorted[sorted.length - 1] - sorted[0] < 1e-12) {
            return new Exponent(ak[0], ak[1], Optional.empty(), Optional.of("every resample gives the same exponent: the interval would be degenerate"),
                    resamples, failed);
        }
        double level = Bootstrap.DEFAULT_LEVEL;
        Bootstrap.Interval ci = new Bootstrap.Interval(ak[0], Bootstrap.percentile(sorted, (1 - level) / 2), Bootstrap.percentile(sorted, 1 - (1 - level) / 2));
        return new Exponent(ak[0], ak[1], Optional.of(ci), Optional.empty(), resamples, failed);
    }
}
