package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.model.Numbers;

/** A fit's method and settings in words, for its report and the description of the algorithm it makes. */
public final class FitMethod {
    private FitMethod() {
    }

    /** The method and its settings, in words, e.g. for the report and the fitted algorithm's description. */
    public static String describe(LawKind kind, FitOptions o, Bootstrap.Result boot) {
        String m = switch (kind) {
            case POWER -> "L = A·C^alpha by least squares on log loss against log compute";
            case SATURATING -> "L = E + A·C^alpha by Levenberg-Marquardt on log loss"
                    + (o.huber() ? ", Huber-robust (delta " + Fitter.SATURATING_HUBER_DELTA + " on log loss)" : "");
            case CHINCHILLA -> "L = E + A/N^alpha + B/D^beta with D = C/(6N): Huber loss (delta " + Fitter.HUBER_DELTA
                    + ") on log loss against the LogSumExp form, BFGS from a grid of starts, best kept";
        };
        List<String> sel = new ArrayList<>();
        if (o.dropHighest() > 0) sel.add("the " + o.dropHighest() + " highest-loss runs dropped");
        if (o.frontierBins() > 0) sel.add("compute-efficient frontier over " + o.frontierBins() + " bins");
        if (o.minCompute() > 0 || Double.isFinite(o.maxCompute())) {
            sel.add("compute from " + (o.minCompute() > 0 ? Numbers.format(o.minCompute()) : "any") + " to "
                    + (Double.isFinite(o.maxCompute()) ? Numbers.format(o.maxCompute()) : "any"));
        }
        if (!sel.isEmpty()) m += "; " + String.join(", ", sel);
        m += boot == null ? "; no bootstrap"
                : String.format(Locale.ROOT, "; %d%% percentile intervals from %d bootstrap resamples of the runs (seed %d%s)",
                Math.round(boot.level() * 100), boot.samples().size() + boot.failed(), boot.seed(),
                boot.failed() > 0 ? ", " + boot.failed() + " refits failed and were left out" : "");
        return m;
    }
}
