package org.scalingexplorer.model.fit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scalingexplorer.model.ScalingLaw;

/**
 * A fitted law: its parameters by name (A, alpha; E; or E, A, B, alpha, beta), the law itself where it is one of
 * the engine's laws (a pure power law is one with {@code E = 0}), goodness of fit on log loss, and the runs used
 * and dropped.
 *
 * @param law        the law as a {@link ScalingLaw}, or null when the fitted law does not fall with compute
 * @param residuals  ln(fitted) - ln(observed) per run used, in the order of the runs used
 */
public record FitResult(LawKind kind, Map<String, Double> parameters, ScalingLaw law, int used, int dropped, double rSquared,
                        double rmse, double[] residuals) {
    public FitResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) throw new IllegalArgumentException("no parameter " + name + " in a " + kind.id() + " fit");
        return v;
    }
}
