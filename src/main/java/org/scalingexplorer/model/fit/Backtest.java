package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;

/**
 * A backtest of a law fitted on small runs: the frontier is fitted on the points below a compute, as the law would
 * have been before larger runs existed, and each held-out frontier point above it is predicted. The error at each
 * point is given in loss and in compute-equivalent terms, against the decades the point lies beyond what the fit
 * rests on (the largest compute of its points). These points are predictions, checked by runs; beyond the last of
 * them the law is a projection, which no run checks.
 *
 * @param fitBelow the compute the predictions start at: the split, or for a split by size the last point the small
 *                 runs' fit rests on
 * @param split    how the runs were split, in words ("below 1.00×10¹⁷ FLOP", "on sizes up to 128")
 * @param fit      the frontier fitted below it
 * @param points   the held-out frontier points, by compute
 */
public record Backtest(String algorithm, double fitBelow, String split, Frontier.Result fit, List<Point> points) {
    /**
     * A held-out point.
     *
     * @param decadesBeyond  log10 of its compute over the largest compute the fit used
     * @param error          predicted minus observed loss (positive: the law was pessimistic)
     * @param computeFactor  the compute the law needs to reach the observed loss, over the compute the run used: how
     *                       far off the law is in compute-equivalent terms (above 1: the run did better than the law
     *                       predicted); NaN where the observed loss is at or below the law's floor
     */
    public record Point(double compute, double decadesBeyond, double observed, double predicted, double error, double computeFactor) {
    }

    public Backtest {
        points = List.copyOf(points);
    }

    /** The fewest frontier points below the split a fit may rest on. */
    public static final int MIN_FIT_POINTS = 3;

    /**
     * Fits the frontier of {@code curves} on the points of {@code o}'s window below {@code fitBelow} and predicts the
     * window's frontier points at and above it. The frontier is taken over the whole window first, so a held-out
     * point is on the frontier exactly when it is in the full fit.
     */
    public static Backtest run(String algorithm, List<Curve> curves, Frontier.Options o, double fitBelow) {
        ComputeRange w = o.window();
        if (!(fitBelow > w.min() && fitBelow < w.max())) {
            throw new IllegalArgumentException(String.format("the backtest's split (%.3g FLOP) must lie inside the window %.3g to %.3g FLOP",
                    fitBelow, w.min(), w.max()));
        }
        Frontier.Points all = o.method() == Frontier.Method.ENVELOPE ? Frontier.envelope(curves, w) : Frontier.finals(curves, w);
        int below = 0;
        while (below < all.size() && all.compute()[below] < fitBelow) below++;
        if (below < MIN_FIT_POINTS) {
            throw new IllegalArgumentException(algorithm + ": " + below + " frontier point" + (below == 1 ? "" : "s") + " below "
                    + String.format("%.3g", fitBelow) + " FLOP; a backtest needs at least " + MIN_FIT_POINTS + " to fit on: split higher");
        }
        if (below == all.size()) {
            throw new IllegalArgumentException(algorithm + ": no frontier point at or above " + String.format("%.3g", fitBelow)
                    + " FLOP to predict: split lower, or widen the window");
        }
        Frontier.Options lower = new Frontier.Options(o.fixedE(), new ComputeRange(w.min(), Math.nextDown(fitBelow)), o.method());
        Frontier.Result fit = Frontier.fit(curves, lower);
        return new Backtest(algorithm, fitBelow, "below " + Numbers.format(fitBelow) + " FLOP", fit, predict(all, below, fit));
    }

    /**
     * The same with the fit on the smaller runs: those of size at most {@code largest} (their parameter count where
     * every run gives one, else the size in their names). The held-out points are the frontier of all the runs beyond
     * the last point the small runs' fit rests on: what the larger models reached that the small ones had not.
     */
    public static Backtest bySize(String algorithm, List<Curve> curves, Frontier.Options o, double largest) {
        boolean counted = curves.stream().allMatch(c -> c.parameters() > 0);
        List<Curve> small = curves.stream().filter(c -> (counted ? c.parameters() : c.size()) <= largest).toList();
        if (small.isEmpty() || small.size() == curves.size()) {
            throw new IllegalArgumentException(algorithm + ": a split by size needs runs at and below the size and above it; "
                    + small.size() + " of " + curves.size() + " runs are at or below it");
        }
        Frontier.Result fit = Frontier.fit(small, o);
        double rests = fit.points().compute()[fit.points().size() - 1];
        Frontier.Points all = o.method() == Frontier.Method.ENVELOPE ? Frontier.envelope(curves, o.window()) : Frontier.finals(curves, o.window());
        int beyond = 0;
        while (beyond < all.size() && all.compute()[beyond] <= rests) beyond++;
        if (beyond == all.size()) {
            throw new IllegalArgumentException(algorithm + ": the larger runs reach no frontier point beyond the small runs' fit (" + Numbers.format(rests)
                    + " FLOP): nothing to predict");
        }
        return new Backtest(algorithm, rests, bySizeText(largest), fit, predict(all, beyond, fit));
    }

    /** How a split by size reads: "on sizes up to 128", "on sizes up to 1.50×10⁸". */
    public static String bySizeText(double largest) {
        return "on sizes up to " + (largest == Math.rint(largest) && largest < 1e6 ? String.valueOf((long) largest) : Numbers.format(largest));
    }

    private static List<Point> predict(Frontier.Points all, int from, Frontier.Result fit) {
        PowerLaw law = fit.law();
        double rests = fit.points().compute()[fit.points().size() - 1];
        List<Point> points = new ArrayList<>();
        for (int i = from; i < all.size(); i++) {
            double c = all.compute()[i];
            double observed = all.loss()[i];
            double predicted = law.loss(c);
            OptionalDouble needed = law.computeForLoss(observed);
            points.add(new Point(c, Math.log10(c / rests), observed, predicted, predicted - observed,
                    needed.isPresent() ? needed.getAsDouble() / c : Double.NaN));
        }
        return points;
    }

    /** The decades the predictions reach beyond what the fit rests on: the last held-out point's. */
    public double decadesChecked() {
        return points.get(points.size() - 1).decadesBeyond();
    }

    /** The largest loss error, in absolute value, of the held-out points. */
    public double worstError() {
        return points.stream().mapToDouble(p -> Math.abs(p.error())).max().orElse(Double.NaN);
    }
}
