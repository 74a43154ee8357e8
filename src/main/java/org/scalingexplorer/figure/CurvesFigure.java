package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.render.ChartData;

/**
 * Training curves and the law fitted to their frontier: each run's curve thin, coloured by its model size on a
 * sequential scale (small dark, large light; the algorithm's colour where no size is known), the
 * envelope points the fit used, the fitted law (solid over the points it was fitted to, dashed beyond) and the
 * compute window's edges.
 */
public final class CurvesFigure {
    /** Each run's curve is thin, the frontier bold: widths as multiples of the style's line. */
    static final double RUN_WEIGHT = 0.45;
    static final double FRONTIER_WEIGHT = 1.6;

    private CurvesFigure() {
    }

    /** @param fits each algorithm's fit (absent when it could not be fitted); the curves are drawn either way */
    public static ChartData.Plot plot(Map<String, List<Curve>> byAlgorithm, Map<String, Frontier.Result> fits, Frontier.Options o, String lossName) {
        List<ChartData.Series> series = new ArrayList<>();
        double xMin = Double.MAX_VALUE;
        double xMax = 0;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        // every size known across the algorithms, smallest first: one scale of colour for them all
        List<Integer> sizes = byAlgorithm.values().stream().flatMap(List::stream).map(Curve::size).filter(n -> n > 0).distinct().sorted().toList();
        int k = 0;
        for (var e : byAlgorithm.entrySet()) {
            String colour = Palette.OKABE_ITO.get(k++ % Palette.OKABE_ITO.size());
            // runs coloured by size on the sequential scale (small dark, large light), in size order; the
            // algorithm's colour where no size is known
            Map<Integer, List<ChartData.Line>> bySize = new TreeMap<>();
            for (Curve c : e.getValue()) {
                bySize.computeIfAbsent(Math.max(0, c.size()), n -> new ArrayList<>())
                        .add(new ChartData.Line(e.getKey(), c.compute(), c.loss(), false, RUN_WEIGHT));
                for (int i = 0; i < c.points(); i++) {
                    xMin = Math.min(xMin, c.compute()[i]);
                    xMax = Math.max(xMax, c.compute()[i]);
                    yMin = Math.min(yMin, c.loss()[i]);
                    yMax = Math.max(yMax, c.loss()[i]);
                }
            }
            for (var bs : bySize.entrySet()) {
                int size = bs.getKey();
                int n = bs.getValue().size();
                boolean known = size > 0 && bySize.size() > 1;
                String label = e.getKey() + (known ? ", size " + size : bySize.size() > 1 ? ", size unknown" : "") + ": " + n + (n == 1 ? " run" : " runs");
                series.add(new ChartData.Series(e.getKey() + "-runs" + (known ? "-" + size : ""), label,
                        known ? Palette.sequential(sizes.indexOf(size), sizes.size()) : colour, bs.getValue(), new double[0], new double[0], "", null));
            }
            Frontier.Result fit = fits.get(e.getKey());
            if (fit != null) {
                // the points the law was fitted to, joined in a bold line: the envelope (or each run's final point)
                double[] px = fit.points().compute();
                double[] py = fit.points().loss();
                series.add(new ChartData.Series(e.getKey() + "-frontier", e.getKey() + ": " + (o.method() == Frontier.Method.ENVELOPE
                        ? "envelope, " : "final points, ") + fit.points().size() + " points", colour,
                        List.of(new ChartData.Line(e.getKey() + "-frontier", px, py, false, FRONTIER_WEIGHT)), px, py, "", null));
            }
            if (fit != null) {
                PowerLaw law = fit.law();
                double[] grid = CegCurves.logGrid(xMin, xMax, 200);
                boolean[] outside = new boolean[grid.length];
                for (int i = 0; i < grid.length; i++) outside[i] = law.isExtrapolated(grid[i]);
                series.add(new ChartData.Series(e.getKey() + "-fit", e.getKey() + ": L = " + Numbers.parameter(law.e()) + " + "
                        + Numbers.parameter(law.a()) + " C^" + Numbers.parameter(law.alpha()), Palette.INK, ChartData.splitByFlag(grid, CegCurves.losses(law, grid), outside),
                        new double[0], new double[0], "fit", null));
            }
        }
        if (series.isEmpty()) throw new IllegalArgumentException("no training curves to draw");
        // the window's edges, where they fall inside the data
        List<ChartData.Line> edges = new ArrayList<>();
        for (double x : new double[] {o.window().min(), o.window().max()}) {
            if (x > xMin && x < xMax) edges.add(new ChartData.Line("window", new double[] {x, x}, new double[] {yMin, yMax}, true));
        }
        if (!edges.isEmpty()) {
            series.add(new ChartData.Series("window", "Fit window " + Numbers.format(o.window().min()) + " to " + Numbers.format(o.window().max())
                    + " FLOP", Palette.MUTED, edges, new double[0], new double[0], "", null));
        }
        // where the laws stop resting on runs: beyond the largest compute any run reached, a projection
        double reached = 0;
        for (List<Curve> runs : byAlgorithm.values()) for (Curve c : runs) reached = Math.max(reached, c.compute()[c.points() - 1]);
        String title = "Training curves and the law fitted to their compute-efficient frontier" + (fits.isEmpty() ? ""
                : " (dashed beyond the points fitted; beyond " + Numbers.format(reached) + " FLOP, the largest run, a projection no run checks)");
        return new ChartData.Plot(title, "Training compute (FLOP)",
                "Loss (" + lossName + ")", series, xMin, xMax, yMin / 1.02, yMax * 1.02, List.of(), Double.NaN);
    }
}
