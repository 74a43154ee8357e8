package org.scalingexplorer.model;

import java.util.List;
import java.util.OptionalDouble;

/** A change to training practice whose efficiency gain is stacked in the attribution. */
public sealed interface Innovation permits Innovation.ScaleInvariant, Innovation.ScaleDependent {
    String id();

    String name();

    /** The year from which the innovation is active (inclusive). */
    int year();

    String source();

    Innovation withYear(int year);

    default boolean scaleDependent() {
        return this instanceof ScaleDependent;
    }

    /**
     * A constant multiplier, whatever the compute.
     *
     * @param raw        the measured small-scale multiplier, if the dataset records it
     * @param multiplier the (normalised) multiplier the attribution stacks
     */
    record ScaleInvariant(String id, String name, int year, OptionalDouble raw, double multiplier, String source)
            implements Innovation {
        public ScaleInvariant {
            name = Names.visible(name);
            source = Names.visible(source);
            if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be a finite number > 0, got " + multiplier);
            }
            raw = raw == null ? OptionalDouble.empty() : raw;
        }

        public ScaleInvariant withMultiplier(double value) {
            return new ScaleInvariant(id, name, year, raw, value, source);
        }

        @Override
        public ScaleInvariant withYear(int other) {
            return new ScaleInvariant(id, name, other, raw, multiplier, source);
        }
    }

    /**
     * The CEG of algorithm {@code candidate} over algorithm {@code reference} at the stated anchor, divided by the
     * multipliers of the innovations in {@code netOf} at the same compute (whether or not those are active yet).
     */
    record ScaleDependent(String id, String name, int year, String candidate, String reference, Anchor anchor,
                          List<String> netOf, String source) implements Innovation {
        public ScaleDependent {
            name = Names.visible(name);
            source = Names.visible(source);
            netOf = List.copyOf(netOf);
        }

        public ScaleDependent withAnchor(Anchor other) {
            return new ScaleDependent(id, name, year, candidate, reference, other, netOf, source);
        }

        @Override
        public ScaleDependent withYear(int other) {
            return new ScaleDependent(id, name, other, candidate, reference, anchor, netOf, source);
        }
    }
}
