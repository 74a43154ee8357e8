package org.scalingexplorer.model;

import java.util.OptionalDouble;

/** Compute-equivalent gains between two laws (the two anchors: docs/science.md#anchors). */
public final class Ceg {
    private Ceg() {
    }

    /** The CEG of {@code candidate} relative to {@code reference} at {@code compute}, by the fastest exact path. */
    public static CegResult between(ScalingLaw reference, ScalingLaw candidate, Anchor anchor, double compute) {
        requireCompute(compute);
        if (reference instanceof PowerLaw r && candidate instanceof PowerLaw x && r.e() == x.e()) {
            return closedForm(r, x, anchor, compute);
        }
        return general(reference, candidate, anchor, compute, false);
    }

    /** Forces numeric inversion of the matched law, whatever its type (used to check the closed form). */
    public static CegResult numeric(ScalingLaw reference, ScalingLaw candidate, Anchor anchor, double compute) {
        requireCompute(compute);
        return general(reference, candidate, anchor, compute, true);
    }

    /**
     * Two power laws with the same E. Candidate anchor: {@code CEG = (A_X/A_R)^(1/alpha_R) C^(alpha_X/alpha_R - 1)};
     * the reference anchor swaps the roles: {@code CEG = (A_X/A_R)^(1/alpha_X) C^(1 - alpha_R/alpha_X)}.
     */
    public static CegResult closedForm(PowerLaw reference, PowerLaw candidate, Anchor anchor, double compute) {
        requireCompute(compute);
        if (reference.e() != candidate.e()) {
            throw new IllegalArgumentException("the closed form needs equal irreducible losses, got "
                    + reference.e() + " and " + candidate.e());
        }
        double ratio = candidate.a() / reference.a();
        double ceg;
        double target;
        if (anchor == Anchor.CANDIDATE) {
            ceg = Math.pow(ratio, 1 / reference.alpha()) * Math.pow(compute, candidate.alpha() / reference.alpha() - 1);
            target = candidate.loss(compute);
        } else {
            ceg = Math.pow(ratio, 1 / candidate.alpha()) * Math.pow(compute, 1 - reference.alpha() / candidate.alpha());
            target = reference.loss(compute);
        }
        double matched = anchor == Anchor.CANDIDATE ? ceg * compute : compute / ceg;
        if (!(matched > 0) || Double.isInfinite(matched)) {
            return new CegResult(anchor, compute, target, OptionalDouble.empty(), true);
        }
        return result(reference, candidate, anchor, compute, target, OptionalDouble.of(matched));
    }

    private static CegResult general(ScalingLaw reference, ScalingLaw candidate, Anchor anchor, double compute,
                                     boolean forceNumeric) {
        ScalingLaw anchored = anchor == Anchor.REFERENCE ? reference : candidate;
        ScalingLaw matchedLaw = anchor == Anchor.REFERENCE ? candidate : reference;
        double anchoredReducible = anchored.reducibleLoss(compute);
        // l - E_matched, written so that equal floors cancel exactly instead of through the rounded total loss
        double targetReducible = (anchored.irreducibleLoss() - matchedLaw.irreducibleLoss()) + anchoredReducible;
        OptionalDouble matched = forceNumeric
                ? LawInversion.computeForReducibleLoss(matchedLaw, targetReducible)
                : matchedLaw.computeForReducibleLoss(targetReducible);
        return result(reference, candidate, anchor, compute, anchored.irreducibleLoss() + anchoredReducible, matched);
    }

    private static CegResult result(ScalingLaw reference, ScalingLaw candidate, Anchor anchor, double compute,
                                    double target, OptionalDouble matched) {
        ScalingLaw anchored = anchor == Anchor.REFERENCE ? reference : candidate;
        ScalingLaw matchedLaw = anchor == Anchor.REFERENCE ? candidate : reference;
        boolean extrapolated = anchored.isExtrapolated(compute)
                || matched.isEmpty()
                || matchedLaw.isExtrapolated(matched.getAsDouble());
        return new CegResult(anchor, compute, target, matched, extrapolated);
    }

    private static void requireCompute(double compute) {
        if (!(compute > 0) || Double.isInfinite(compute)) {
            throw new IllegalArgumentException("compute must be a finite number > 0 FLOP, got " + compute);
        }
    }
}
