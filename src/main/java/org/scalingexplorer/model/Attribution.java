package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Attribution of efficiency gains to innovations. At year Y an innovation is active when Y >= its year; the total
 * gain is the product of the active multipliers, scale-dependent ones evaluated at the compute in question.
 */
public final class Attribution {
    public enum Mode {
        /** compute follows the dataset's trend: C = C(year). */
        FRONTIER("frontier"),
        /** compute held fixed while the year sweeps. */
        FIXED("fixed");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Mode parse(String text) {
            for (Mode m : values()) if (m.id.equalsIgnoreCase(text)) return m;
            throw new IllegalArgumentException("mode must be 'frontier' or 'fixed', got '" + text + "'");
        }
    }

    private final Dataset dataset;
    private final Multipliers multipliers;
    private final Set<String> excluded;

    public Attribution(Dataset dataset) {
        this(dataset, Set.of());
    }

    /**
     * @param excluded innovations left out of the stack (switched off by the user); they still divide the
     *                 innovations that are "net of" them, since that division is part of how the others were measured
     */
    public Attribution(Dataset dataset, Set<String> excluded) {
        this.dataset = dataset;
        this.multipliers = new Multipliers(dataset);
        this.excluded = Set.copyOf(excluded);
    }

    public AttributionRow frontier(double year) {
        return at(year, dataset.requireTrend().compute(year));
    }

    public AttributionRow at(double year, double compute) {
        return at(year, compute, new HashMap<>());
    }

    /**
     * The rows of {@code years} at one compute (the fixed-compute view): each innovation's multiplier there is
     * evaluated once, not once a year, since only which innovations are active changes from year to year.
     */
    public List<AttributionRow> at(double[] years, double compute) {
        DoubleFunction<AttributionRow> at = atCompute(compute);
        List<AttributionRow> rows = new ArrayList<>(years.length);
        for (double year : years) rows.add(at.apply(year));
        return rows;
    }

    /** The row of any year at one compute, each innovation's multiplier there evaluated once however many years are asked. */
    public DoubleFunction<AttributionRow> atCompute(double compute) {
        Map<String, OptionalDouble> known = new HashMap<>();
        return year -> at(year, compute, known);
    }

    /** How many innovations are active in {@code year} (arrived, not excluded): at one compute the row changes only with it. */
    public int activeCount(double year) {
        int n = 0;
        for (Innovation i : dataset.innovations()) if (year >= i.year() && !excluded.contains(i.id())) n++;
        return n;
    }

    private AttributionRow at(double year, double compute, Map<String, OptionalDouble> known) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Boolean> dependent = new HashMap<>();
        List<String> unreachable = new ArrayList<>();
        for (Innovation i : dataset.innovations()) {
            if (year < i.year() || excluded.contains(i.id())) continue;
            dependent.put(i.id(), i.scaleDependent());
            OptionalDouble m = known.computeIfAbsent(i.id(), id -> multipliers.at(i, compute));
            if (m.isPresent()) values.put(i.id(), m.getAsDouble());
            else unreachable.add(i.id());
        }
        return new AttributionRow(year, compute, values, dependent, unreachable);
    }

    /** Rows for {@code from, from + step, ...} up to and including {@code to}. */
    public List<AttributionRow> table(Mode mode, double fixedCompute, double from, double to, double step) {
        if (!(step > 0)) throw new IllegalArgumentException("step must be > 0, got " + step);
        if (to < from) throw new IllegalArgumentException("'to' (" + to + ") must not be before 'from' (" + from + ")");
        List<AttributionRow> rows = new ArrayList<>();
        long n = Math.round(Math.floor((to - from) / step + 1e-9));
        for (long k = 0; k <= n; k++) {
            double year = from + k * step;
            rows.add(mode == Mode.FRONTIER ? frontier(year) : at(year, fixedCompute));
        }
        return rows;
    }
}
