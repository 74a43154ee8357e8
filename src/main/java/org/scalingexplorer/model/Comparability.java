package org.scalingexplorer.model;

import java.util.Optional;

/**
 * Whether a CEG between two algorithms means anything: their losses must be on one loss scale, or the dataset (a
 * user's what-if) must declare their two scales comparable, which every number resting on it then says.
 *
 * @param comparable whether a CEG may be computed
 * @param assumed    comparable only because two different scales were declared comparable
 * @param reason     why not (or, when assumed, what was assumed); empty when on one scale
 */
public record Comparability(boolean comparable, boolean assumed, String reason) {
    private static final Comparability SAME = new Comparability(true, false, "");

    /** The verdict for {@code candidate} measured against {@code reference} in {@code d}. */
    public static Comparability of(Dataset d, Algorithm reference, Algorithm candidate) {
        String r = reference.lossScale();
        String c = candidate.lossScale();
        if (r.equals(c)) return SAME;
        LossScale rs = d.lossScale(r);
        LossScale cs = d.lossScale(c);
        if (d.declaredComparable(r, c)) {
            return new Comparability(true, true, "assumed comparable: " + reference.name() + "'s loss is on " + rs.name() + ", "
                    + candidate.name() + "'s on " + cs.name());
        }
        return new Comparability(false, false, "not comparable: " + reference.name() + "'s loss is on " + rs.name() + ", "
                + candidate.name() + "'s on " + cs.name());
    }

    /** The reason, when the CEG may not be computed. */
    public Optional<String> refusal() {
        return comparable ? Optional.empty() : Optional.of(reason);
    }
}
