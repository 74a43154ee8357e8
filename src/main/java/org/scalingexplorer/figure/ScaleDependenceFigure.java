package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.model.fit.ScaleDependence;
import org.scalingexplorer.render.ChartData;

/**
 * Scale dependence as a chart: each variant's CEG over the baseline against compute (the baseline trains with C),
 * solid over the compute both frontiers were fitted on and dashed beyond, with the band of its bootstrap draws
 * (resample i of each fit). Flat means scale-invariant; rising, scale-dependent.
 */
public final class ScaleDependenceFigure {
    private static final int SAMPLES = 120;

    private ScaleDependenceFigure() {
    }

    public static ChartData.Plot plot(String baselineId, Frontier.Result baseline, Map<String, Frontier.Result> variants,
                                      Map<String, ScaleDependence> verdicts, double level) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Frontier.Result r : variants.values()) {
            lo = Math.min(lo, Math.max(r.points().compute()[0], baseline.points().compute()[0]));
            hi = Math.max(hi, Math.min(r.points().compute()[r.points().size() - 1], baseline.points().compute()[baseline.points().size() - 1]));
        }
        if (!(lo < hi)) throw new IllegalArgumentException("the frontiers share no compute range: nothing to compare");
        double[] grid = CegCurves.logGrid(lo / 100, hi * 100, SAMPLES);
        List<ChartData.Series> series = new ArrayList<>();
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        int k = 0;
        for (var e : variants.entrySet()) {
            Frontier.Result v = e.getValue();
            double[] ceg = new double[grid.length];
            boolean[] outside = new boolean[grid.length];
            ScaleDependence d = verdicts.get(e.getKey());
            for (int i = 0; i < grid.length; i++) {
                ceg[i] = Ceg.between(baseline.law(), v.law(), Anchor.REFERENCE, grid[i]).ceg().orElse(Double.NaN);
                double c = grid[i];
                outside[i] = d.range().map(r -> c < r.min() || c > r.max()).orElse(true);
            }
            ChartData.Band band = band(baseline, v, grid, level);
            for (double[] arr : band == null ? new double[][] {ceg} : new double[][] {ceg, band.low(), band.high()}) {
                for (double y : arr) {
                    if (y > 0 && Double.isFinite(y)) {
                        yMin = Math.min(yMin, y);
                        yMax = Math.max(yMax, y);
                    }
                }
            }
            series.add(new ChartData.Series(e.getKey(), e.getKey() + ": " + d.verdict().word, Palette.OKABE_ITO.get(k++ % Palette.OKABE_ITO.size()),
                    ChartData.splitByFlag(grid, ceg, outside), new double[0], new double[0], "", band));
        }
        if (yMax == 0) throw new IllegalArgumentException("no CEG could be computed between the frontiers");
        return new ChartData.Plot("CEG over " + baselineId + " across compute (solid where both frontiers were fitted; flat = scale-invariant)",
                "Training compute (FLOP)", "CEG over " + baselineId + " (×)", series, grid[0], grid[grid.length - 1],
                Math.min(yMin, 1) / 1.5, Math.max(yMax, 1) * 1.5, List.of(), 1.0);
    }

    /** The percentile band of the CEG over paired bootstrap draws; null without draws. */
    private static ChartData.Band band(Frontier.Result baseline, Frontier.Result variant, double[] grid, double level) {
        int n = Math.min(baseline.samples().size(), variant.samples().size());
        if (n == 0) return null;
        double[] low = new double[grid.length];
        double[] high = new double[grid.length];
        double[][] draws = new double[grid.length][n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> b = baseline.samples().get(i);
            Map<String, Double> v = variant.samples().get(i);
            PowerLaw bl = new PowerLaw(b.get("E"), b.get("A"), b.get("alpha"));
            PowerLaw vl = new PowerLaw(v.get("E"), v.get("A"), v.get("alpha"));
            for (int g = 0; g < grid.length; g++) draws[g][i] = Ceg.between(bl, vl, Anchor.REFERENCE, grid[g]).ceg().orElse(Double.NaN);
        }
        for (int g = 0; g < grid.length; g++) {
            double[] sorted = Arrays.stream(draws[g]).filter(Double::isFinite).sorted().toArray();
            low[g] = sorted.length == 0 ? Double.NaN : Bootstrap.percentile(sorted, (1 - level) / 2);
            high[g] = sorted.length == 0 ? Double.NaN : Bootstrap.percentile(sorted, 1 - (1 - level) / 2);
        }
        return new ChartData.Band(grid, low, high);
    }
}
