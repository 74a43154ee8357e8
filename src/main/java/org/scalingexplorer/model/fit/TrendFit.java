package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import org.scalingexplorer.model.ComputeTrend;

/**
 * The frontier compute trend fitted to notable models: least squares of log10(compute) on the publication year,
 * {@code C(year) = compute0 * growth^(year - year0)}, with a 90% interval for the growth per year from the slope's
 * t interval.
 */
public final class TrendFit {
    public static final double LEVEL = 0.90;

    /** Which models define the frontier. */
    public enum Selection {
        /** Every model with a compute. */
        ALL("all"),
        /** The models Epoch AI counts notable by its criteria (its "Notability criteria" column). */
        NOTABLE("notable"),
        /** The {@code topN} largest of each calendar year. */
        TOP_N("top-n"),
        /** The models above a first fit to all of them. */
        RESIDUAL("residual");

        private final String id;

        Selection(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Selection parse(String text) {
            for (Selection s : values()) if (s.id.equals(text.trim().toLowerCase(Locale.ROOT))) return s;
            throw new IllegalArgumentException("unknown selection '" + text + "'; expected all, notable, top-n or residual");
        }
    }

    /**
     * @param excluded models left out by the selection, by reason (unusable rows are the reader's to count)
     */
    public record Result(double growth, double growthLow, double growthHigh, double year0, double compute0, List<NotableModel> used,
                         Map<String, Integer> excluded) {
        public ComputeTrend.Exponential trend() {
            return new ComputeTrend.Exponential(compute0, growth, year0);
        }
    }

    private TrendFit() {
    }

    public static Result fit(List<NotableModel> models, Selection selection, int topN, double fromYear, double year0) {
        Map<String, Integer> excluded = new LinkedHashMap<>();
        List<NotableModel> pool = new ArrayList<>();
        for (NotableModel m : models) {
            if (m.year() >= fromYear) pool.add(m);
            else excluded.merge(String.format(Locale.ROOT, "published before %.0f", fromYear), 1, Integer::sum);
        }
        List<NotableModel> used = switch (selection) {
            case ALL -> pool;
            case NOTABLE -> {
                List<NotableModel> notable = pool.stream().filter(NotableModel::notable).toList();
                if (pool.size() > notable.size()) excluded.merge("not notable by Epoch AI's criteria", pool.size() - notable.size(), Integer::sum);
                yield notable;
            }
            case TOP_N -> {
                Map<Integer, List<NotableModel>> byYear = new TreeMap<>();
                for (NotableModel m : pool) byYear.computeIfAbsent(m.published().getYear(), y -> new ArrayList<>()).add(m);
                List<NotableModel> top = new ArrayList<>();
                for (List<NotableModel> year : byYear.values()) {
                    year.sort(Comparator.comparingDouble(NotableModel::compute).reversed());
                    top.addAll(year.subList(0, Math.min(topN, year.size())));
                }
                if (pool.size() > top.size()) excluded.merge("not among the " + topN + " largest of its year", pool.size() - top.size(), Integer::sum);
                yield top;
            }
            case RESIDUAL -> {
                SimpleRegression first = regression(pool);
                List<NotableModel> above = pool.stream().filter(m -> Math.log10(m.compute()) >= first.predict(m.year())).toList();
                if (pool.size() > above.size()) excluded.merge("below the trend of all models", pool.size() - above.size(), Integer::sum);
                yield above;
            }
        };
        if (used.size() < 3) throw new IllegalArgumentException("a trend needs at least 3 models, got " + used.size());
        SimpleRegression reg = regression(used);
        double slope = reg.getSlope();
        double half = reg.getSlopeConfidenceInterval(1 - LEVEL);
        return new Result(Math.pow(10, slope), Math.pow(10, slope - half), Math.pow(10, slope + half), year0,
                Math.pow(10, reg.predict(year0)), List.copyOf(used), excluded);
    }

    private static SimpleRegression regression(List<NotableModel> models) {
        SimpleRegression reg = new SimpleRegression();
        for (NotableModel m : models) reg.addData(m.year(), Math.log10(m.compute()));
        return reg;
    }
}
