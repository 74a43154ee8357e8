package org.scalingexplorer.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/** Evaluates an innovation's multiplier at a compute, following "net of" links. */
public final class Multipliers {
    private final Dataset dataset;

    public Multipliers(Dataset dataset) {
        this.dataset = dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The multiplier at {@code compute}; empty when a scale-dependent CEG it rests on is unreachable there. */
    public OptionalDouble at(Innovation innovation, double compute) {
        return at(innovation, compute, new ArrayDeque<>());
    }

    private OptionalDouble at(Innovation innovation, double compute, Deque<String> path) {
        if (innovation instanceof Innovation.ScaleInvariant s) return OptionalDouble.of(s.multiplier());
        Innovation.ScaleDependent d = (Innovation.ScaleDependent) innovation;
        if (path.contains(d.id())) {
            throw new IllegalStateException("innovations are net of each other in a cycle: " + path + " -> " + d.id());
        }
        path.push(d.id());
        try {
            CegResult r = Ceg.between(dataset.algorithm(d.reference()).law(), dataset.algorithm(d.candidate()).law(),
                    d.anchor(), compute);
            if (r.unreachable()) return OptionalDouble.empty();
            double value = r.value();
            for (String other : d.netOf()) {
                OptionalDouble m = at(dataset.innovation(other), compute, path);
                if (m.isEmpty()) return OptionalDouble.empty();
                value /= m.getAsDouble();
            }
            return OptionalDouble.of(value);
        } finally {
            path.pop();
        }
    }
}
