package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.ScalingLaw;

/**
 * A fit put into the dataset: either as a new algorithm or in place of an algorithm's law, in which case the
 * dataset's own version is kept and the user can switch between the two.
 *
 * @param original  the algorithm as the dataset had it, or null when the fit was added as a new algorithm
 * @param fitted    the algorithm with the fitted law (and the runs it was fitted to)
 * @param bootstrap the bootstrap, or null when the fit was made without one
 * @param laws      the law of each bootstrap resample (see {@link Uncertainty#laws}); empty without a bootstrap
 * @param active    whether the fitted version is the one in the dataset
 */
public record AppliedFit(String algorithmId, String source, FitOptions options, FitResult fit, Bootstrap.Result bootstrap,
                         Algorithm original, Algorithm fitted, List<ScalingLaw> laws, boolean active) {
    public AppliedFit {
        laws = laws == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(laws));
    }

    public boolean replaces() {
        return original != null;
    }

    public AppliedFit withActive(boolean on) {
        return new AppliedFit(algorithmId, source, options, fit, bootstrap, original, fitted, laws, on);
    }
}
