package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scalingexplorer.model.Run;

/**
 * Which runs a fit uses: drop the k highest-loss runs (the literature drops five of Chinchilla's), keep only the
 * compute-efficient frontier (the lowest loss in each of {@code frontierBins} equal bins of log compute), and keep
 * a compute range. {@code huber} makes the saturating fit robust (the L(N, D) fit always uses Huber loss).
 */
public record FitOptions(int dropHighest, int frontierBins, double minCompute, double maxCompute, boolean huber) {
    /** Far more bins than runs ever fill; each bin holds one run while the frontier is taken. */
    public static final int MAX_FRONTIER_BINS = 10_000;

    public FitOptions {
        if (dropHighest < 0) throw new IllegalArgumentException("--drop-highest must be >= 0, got " + dropHighest);
        if (frontierBins < 0 || frontierBins > MAX_FRONTIER_BINS) {
            throw new IllegalArgumentException("frontier bins must be 0 to " + MAX_FRONTIER_BINS + ", got " + frontierBins);
        }
        if (!(minCompute < maxCompute)) throw new IllegalArgumentException("the compute range is empty: " + minCompute + " to " + maxCompute);
    }

    public static FitOptions defaults() {
        return new FitOptions(0, 0, 0, Double.POSITIVE_INFINITY, false);
    }

    public FitOptions withDropHighest(int k) {
        return new FitOptions(k, frontierBins, minCompute, maxCompute, huber);
    }

    public FitOptions withHuber(boolean on) {
        return new FitOptions(dropHighest, frontierBins, minCompute, maxCompute, on);
    }

    public FitOptions withFrontierBins(int bins) {
        return new FitOptions(dropHighest, bins, minCompute, maxCompute, huber);
    }

    public FitOptions withComputeRange(double min, double max) {
        return new FitOptions(dropHighest, frontierBins, min, max, huber);
    }

    /** The runs a fit uses, and how many were dropped for each reason. */
    public record Selection(List<Run> used, Map<String, Integer> dropped) {
        public int droppedCount() {
            return dropped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Selection select(List<Run> runs) {
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<Run> kept = new ArrayList<>();
        for (Run r : runs) {
            if (r.compute() >= minCompute && r.compute() <= maxCompute) kept.add(r);
            else dropped.merge("outside the compute range", 1, Integer::sum);
        }
        if (dropHighest > 0) {
            kept.sort(Comparator.comparingDouble(Run::loss).reversed());
            int k = Math.min(dropHighest, kept.size());
            kept = new ArrayList<>(kept.subList(k, kept.size()));
            dropped.merge("highest loss", k, Integer::sum);
        }
        if (frontierBins > 0 && !kept.isEmpty()) {
            double lo = kept.stream().mapToDouble(r -> Math.log(r.compute())).min().orElseThrow();
            double hi = kept.stream().mapToDouble(r -> Math.log(r.compute())).max().orElseThrow();
            Run[] best = new Run[frontierBins];
            for (Run r : kept) {
                int b = hi > lo ? (int) Math.min(frontierBins - 1, Math.floor((Math.log(r.compute()) - lo) / (hi - lo) * frontierBins)) : 0;
                if (best[b] == null || r.loss() < best[b].loss()) best[b] = r;
            }
            List<Run> frontier = new ArrayList<>();
            for (Run r : best) if (r != null) frontier.add(r);
            dropped.merge("not on the compute-efficient frontier", kept.size() - frontier.size(), Integer::sum);
            kept = frontier;
        }
        kept.sort(Comparator.comparingDouble(Run::compute));
        return new Selection(List.copyOf(kept), dropped);
    }
}
