package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.YearData;

/**
 * Gains by compute scale: the total gain over the years for models of fixed sizes, and the gain in the last year as
 * a function of compute. Where the audience sees that small models gained little.
 */
public final class ScaleFigure {
    public static final double X_MIN = 1e12;
    public static final double X_MAX = 1e28;
    private static final int SAMPLES = 161;

    private ScaleFigure() {
    }

    /** The total gain in {@code year} for a model of {@code compute} FLOP (NaN when unreachable). */
    public static double totalAt(FigureState s, double year, double compute) {
        return s.attribution().at(year, compute).total().orElse(Double.NaN);
    }

    /** The total gain over the years for a model of each fixed compute, and at the frontier; faded where extrapolated. */
    public static YearData.Plot overYears(FigureState s) {
        Attribution a = s.attribution();
        double[] years = AttributionFigure.years();
        int n = years.length;
        List<YearData.Line> lines = new ArrayList<>();
        List<Double> cs = s.scaleComputes();
        double yMax = 1;
        double yMin = 1;
        Dataset d = s.dataset();
        for (int i = 0; i < cs.size(); i++) {
            double[] totals = new double[n];
            boolean[] beyond = new boolean[n];
            List<AttributionRow> rows = a.at(years, cs.get(i));
            for (int k = 0; k < n; k++) {
                AttributionRow r = rows.get(k);
                totals[k] = r.total().orElse(Double.NaN);
                beyond[k] = Extrapolation.beyond(Extrapolation.ofRow(d, r));
                if (Double.isFinite(totals[k])) {
                    yMax = Math.max(yMax, totals[k]);
                    yMin = Math.min(yMin, totals[k]);
                }
            }
            // the growth per year a model of this size saw: (total at the end / total at the start)^(1 / years)
            double growth = Math.pow(totals[n - 1] / totals[0], 1 / (years[n - 1] - years[0]));
            lines.add(new YearData.Line("c" + i, Numbers.format(cs.get(i)) + " FLOP" + (Double.isFinite(growth)
                    ? ": " + Numbers.format(growth) + "×/yr" : ""), Palette.sequential(i, cs.size()), totals, false, 2, beyond));
        }
        if (d.trend().isPresent()) {
            double[] frontier = new double[n];
            boolean[] beyond = new boolean[n];
            for (int k = 0; k < n; k++) {
                AttributionRow r = a.frontier(years[k]);
                frontier[k] = r.total().orElse(Double.NaN);
                beyond[k] = Extrapolation.beyond(Extrapolation.ofRow(d, r));
            }
            for (double v : frontier) if (Double.isFinite(v)) yMax = Math.max(yMax, v);
            lines.add(new YearData.Line("frontier", "Frontier compute (the trend)", Palette.INK, frontier, true, 1.5, beyond));
        }
        return new YearData.Plot("Total efficiency gain for models of fixed size", "Total efficiency gain (×, log scale)",
                years, List.of(), lines, List.of(), Math.max(yMin / 1.5, 1e-6), yMax * 2, null);
    }

    /** The gain in the last year against compute: total (dashed where extrapolated), scale-dependent and scale-invariant parts. */
    public static ChartData.Plot lastYear(FigureState s) {
        Attribution a = s.attribution();
        Dataset d = s.dataset();
        double[] grid = CegCurves.logGrid(X_MIN, X_MAX, SAMPLES);
        double[] total = new double[SAMPLES];
        double[] dependent = new double[SAMPLES];
        double[] invariant = new double[SAMPLES];
        // solid only where every law the gain uses is evaluated inside its measured runs
        boolean[] extrapolated = new boolean[SAMPLES];
        double lo = 1;
        double hi = 1;
        for (int k = 0; k < SAMPLES; k++) {
            AttributionRow r = a.at(AttributionFigure.TO, grid[k]);
            total[k] = r.total().orElse(Double.NaN);
            dependent[k] = r.unreachable().isEmpty() ? r.scaleDependentTotal() : Double.NaN;
            invariant[k] = r.scaleInvariantTotal();
            extrapolated[k] = Extrapolation.beyond(Extrapolation.ofRow(d, r));
            for (double v : new double[] {total[k], dependent[k], invariant[k]}) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        int last = (int) AttributionFigure.TO;
        List<ChartData.Series> series = List.of(
                new ChartData.Series("total", "Total gain in " + last + " (dashed: extrapolated)", Palette.INK,
                        ChartData.splitByFlag(grid, total, extrapolated), new double[0], new double[0], ""),
                new ChartData.Series("dependent", "Scale-dependent innovations", Palette.DEPENDENT.get(0), ChartData.splitByFlag(grid, dependent, extrapolated),
                        new double[0], new double[0], ""),
                series("invariant", "Scale-invariant innovations", Palette.INVARIANT.get(0), grid, invariant, true));
        return new ChartData.Plot("Gain in " + last + " by model size", "Training compute (FLOP)", "Efficiency gain in " + last + " (×)",
                series, X_MIN, X_MAX, Math.max(lo / 2, 1e-6), hi * 2, List.of(), 1.0);
    }

    private static ChartData.Series series(String id, String name, String colour, double[] xs, double[] ys, boolean dashed) {
        return new ChartData.Series(id, name, colour, List.of(new ChartData.Line(id, xs, ys, dashed)), new double[0], new double[0], "");
    }

    /** The marker at the compute cursor on the last-year chart. */
    public static ChartData.Overlay lastYearOverlay(FigureState s) {
        double c = s.compute();
        double v = totalAt(s, AttributionFigure.TO, c);
        List<ChartData.Marker> markers = Double.isFinite(v)
                ? List.of(new ChartData.Marker(c, v, Palette.INK, Numbers.format(v) + "× at " + Numbers.format(c) + " FLOP"))
                : List.of();
        return new ChartData.Overlay(c, List.of(), markers, List.of());
    }
}
