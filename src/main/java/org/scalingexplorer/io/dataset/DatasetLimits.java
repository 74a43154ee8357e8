package org.scalingexplorer.io.dataset;

import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The limits and value ranges of the dataset format, in one place (docs/dataset-format.md, "Encoding and limits"):
 * far above any real dataset, low enough that reading stays fast and nothing computed from the values overflows.
 */
final class DatasetLimits {
    private DatasetLimits() {
    }

    /** Limits of one dataset (documented in docs/dataset-format.md): far above any real one, low enough to stay fast. */
    static final int MAX_ALGORITHMS = 100;
    static final int MAX_INNOVATIONS = 200;
    static final int MAX_RUNS = 500_000;
    static final int MAX_NET_OF_DEPTH = 8;
    /**
     * Ranges of values, wide enough for any real law and narrow enough that nothing the app computes from them
     * overflows (documented in docs/dataset-format.md).
     */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;
    static final double MAX_LOSS = 1e4;
    static final double MAX_COEFFICIENT = 1e15;
    static final double MAX_EXPONENT = 5;
    static final double MAX_COMPUTE = 1e40;
    static final double MAX_MULTIPLIER = 1e6;
    static final double MAX_GROWTH = 100;
    /** The trend may not pass this within the years: a frontier of 1e100 FLOP is beyond any meaning. */
    static final double MAX_TREND_COMPUTE = 1e100;
    static final DoublePredicate COMPUTE = x -> x >= 1 && x <= MAX_COMPUTE;
    static final String COMPUTE_TEXT = "a compute in FLOP from 1 to 1e40";
    static final DoublePredicate MULTIPLIER = x -> x >= 1 / MAX_MULTIPLIER && x <= MAX_MULTIPLIER;
    static final String MULTIPLIER_TEXT = "a multiplier from 1e-6 to 1e6";

    /** Items one list may hold; runs are counted over the whole dataset. */
    static final Map<String, Integer> LIST_LIMITS = Map.of("algorithms", MAX_ALGORITHMS, "innovations", MAX_INNOVATIONS,
            "citations", 100, "context", 1_000, "runs", MAX_RUNS, "embodies", MAX_INNOVATIONS);
}
