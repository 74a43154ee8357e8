package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PublishedLaw;
import org.scalingexplorer.model.PublishedLaws;
import org.scalingexplorer.model.fit.IsoFlop;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartStyle;

/** IsoFLOP profiles (loss against size at each budget, with each parabola and its minimum) and N_opt against compute. */
public final class IsoFlopFigure {
    private IsoFlopFigure() {
    }

    public static ChartData.Plot profiles(IsoFlop iso, String algorithm) {
        if (iso.budgets().isEmpty()) throw new IllegalArgumentException("no budget placed a minimum: nothing to draw");
        List<ChartData.Series> series = new ArrayList<>();
        List<ChartData.Marker> markers = new ArrayList<>();
        double xMin = Double.MAX_VALUE;
        double xMax = 0;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        int n = iso.budgets().size();
        for (int i = 0; i < n; i++) {
            IsoFlop.Budget b = iso.budgets().get(i);
            String color = Palette.sequential(i, n);
            double[] xs = b.points().stream().mapToDouble(IsoFlop.Point::n).toArray();
            double[] ys = b.points().stream().mapToDouble(IsoFlop.Point::loss).toArray();
            for (int k = 0; k < xs.length; k++) {
                xMin = Math.min(xMin, xs[k]);
                xMax = Math.max(xMax, xs[k]);
                yMin = Math.min(yMin, ys[k]);
                yMax = Math.max(yMax, ys[k]);
            }
            // the parabola over the sizes either side of the minimum
            double lo = b.nOpt() / 4;
            double hi = b.nOpt() * 4;
            double[] grid = CegCurves.logGrid(Math.max(lo, xs[0]), Math.min(hi, xs[xs.length - 1]), 60);
            double[] q = b.parabola();
            double[] fit = new double[grid.length];
            for (int k = 0; k < grid.length; k++) {
                double x = Math.log(grid[k]);
                fit[k] = q[0] + q[1] * x + q[2] * x * x;
            }
            series.add(new ChartData.Series("budget-" + i, Numbers.format(b.compute()) + " FLOP", color,
                    List.of(new ChartData.Line("budget-" + i, grid, fit, false)), xs, ys, ""));
            markers.add(new ChartData.Marker(b.nOpt(), b.minLoss(), color, ""));
        }
        String unit = iso.parameterCounts() ? "parameters" : "size in the file name";
        return new ChartData.Plot("IsoFLOP profiles of " + algorithm + ": loss against model size at each compute budget, the parabola's minimum marked "
                + "(" + iso.budgets().size() + " budgets placed one, " + iso.refused().size() + " could not)", "Model size (" + unit + ")", "Loss",
                series, xMin / 1.3, xMax * 1.3, yMin / 1.01, yMax * 1.01, markers, Double.NaN);
    }

    /**
     * N_opt against compute: each budget's minimum, the fitted {@code k C^a}, and beside them the library's allocation
     * laws that give a parameter count (Kaplan et al.'s rule, Hoffmann et al.'s and Besiroglu et al.'s compute-optimal
     * N, Llama 3's tokens turned into N = C / 6D, Porian et al.'s corrected Kaplan setting). They were measured on
     * other data: their slopes compare, their levels need not.
     */
    public static ChartData.Plot optimal(IsoFlop iso, String algorithm, PublishedLaws library) {
        IsoFlop.Exponent x = iso.exponent().orElseThrow(() -> new IllegalArgumentException("fewer than " + IsoFlop.MIN_BUDGETS
                + " budgets placed a minimum: no N_opt(C) to draw"));
        double cMin = iso.budgets().get(0).compute() / 10;
        double cMax = iso.budgets().get(iso.budgets().size() - 1).compute() * 10;
        double[] grid = CegCurves.logGrid(cMin, cMax, 80);
        List<ChartData.Series> series = new ArrayList<>();
        double[] bx = iso.budgets().stream().mapToDouble(IsoFlop.Budget::compute).toArray();
        double[] by = iso.budgets().stream().mapToDouble(IsoFlop.Budget::nOpt).toArray();
        double[] fit = new double[grid.length];
        boolean[] outside = new boolean[grid.length];
        for (int i = 0; i < grid.length; i++) {
            fit[i] = x.k() * Math.pow(grid[i], x.a());
            outside[i] = grid[i] < bx[0] || grid[i] > bx[bx.length - 1];
        }
        String interval = x.ci().map(c -> String.format(" (95%% interval %.3f to %.3f)", c.low(), c.high())).orElse(" (no interval: "
                + x.ciReason().orElse("") + ")");
        series.add(new ChartData.Series("isoflop", algorithm + ": N_opt ∝ C^" + String.format("%.3f", x.a()) + interval, ChartStyle.INK,
                ChartData.splitByFlag(grid, fit, outside), bx, by, ""));
        int k = 0;
        double yMin = Math.min(by[0], fit[0]);
        double yMax = Math.max(by[by.length - 1], fit[fit.length - 1]);
        // the published laws count parameters: beside sizes read off file names they would share an axis, not a unit
        List<String> published = iso.parameterCounts() ? List.of("kaplan-2020-allocation", "hoffmann-2022-approach-3", "besiroglu-2024-refit",
                "llama3-2024-tokens", "porian-2024-refinedweb") : List.of();
        for (String id : published) {
            PublishedLaw law = library.find(id).orElse(null);
            if (law == null) continue;
            double[] ns = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                double c = grid[i];
                ns[i] = switch (law.form()) {
                    case ALLOCATION_N -> law.allocationAt(c);
                    case ALLOCATION_D -> c / (6 * law.allocationAt(c));
                    default -> ((ParametricLaw) law.lawOfCompute().orElseThrow()).parameters(c);
                };
                yMin = Math.min(yMin, ns[i]);
                yMax = Math.max(yMax, ns[i]);
            }
            double slope = Math.log(ns[ns.length - 1] / ns[0]) / Math.log(grid[grid.length - 1] / grid[0]);
            series.add(new ChartData.Series(id, law.byline() + String.format(" (C^%.2f, %s)", slope, library.scaleOf(law).name()),
                    Palette.OKABE_ITO.get(k++ % Palette.OKABE_ITO.size()), List.of(new ChartData.Line(id, grid, ns, true)), new double[0], new double[0], ""));
        }
        String unit = iso.parameterCounts() ? "parameters" : "size in the file name";
        String title = "Compute-optimal model size from " + algorithm + "'s IsoFLOP profiles" + (iso.parameterCounts()
                ? ", beside published allocation laws (other data: compare slopes, not levels)"
                : " (sizes from file names, not parameter counts: published allocation laws are not drawn beside them)");
        return new ChartData.Plot(title, "Training compute (FLOP)", "N_opt (" + unit + ")", series, cMin, cMax, yMin / 2, yMax * 2,
                List.of(), Double.NaN);
    }
}
