package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Backtest;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartStyle;

/**
 * A backtest's error against distance: for each held-out frontier point, the compute the law fitted below the split
 * needs to reach the loss the run reached, over the compute the run used (1 = predicted exactly), at the point's
 * compute, with the split marked. Points are predictions: runs check them.
 */
public final class BacktestFigure {
    private BacktestFigure() {
    }

    public static ChartData.Plot plot(List<Backtest> backtests) {
        if (backtests.isEmpty()) throw new IllegalArgumentException("no backtest to draw");
        List<ChartData.Series> series = new ArrayList<>();
        double xMin = Double.MAX_VALUE;
        double xMax = 0;
        double yMin = 1;
        double yMax = 1;
        int k = 0;
        for (Backtest b : backtests) {
            double[] xs = b.points().stream().filter(p -> p.computeFactor() > 0).mapToDouble(Backtest.Point::compute).toArray();
            double[] ys = b.points().stream().filter(p -> p.computeFactor() > 0).mapToDouble(Backtest.Point::computeFactor).toArray();
            for (int i = 0; i < xs.length; i++) {
                yMin = Math.min(yMin, ys[i]);
                yMax = Math.max(yMax, ys[i]);
            }
            xMin = Math.min(xMin, b.fit().points().compute()[0]);
            xMax = Math.max(xMax, b.points().get(b.points().size() - 1).compute());
            String color = Palette.OKABE_ITO.get(k++ % Palette.OKABE_ITO.size());
            // the points the law was fitted to, the same measure in sample: how well it fits where it rests
            double[] fx = b.fit().points().compute();
            double[] fy = new double[fx.length];
            for (int i = 0; i < fx.length; i++) {
                double c = fx[i];
                fy[i] = b.fit().law().computeForLoss(b.fit().points().loss()[i]).orElse(Double.NaN) / c;
                if (fy[i] > 0) {
                    yMin = Math.min(yMin, fy[i]);
                    yMax = Math.max(yMax, fy[i]);
                }
            }
            series.add(new ChartData.Series(b.algorithm() + "-fitted", b.algorithm() + ": the points fitted (in sample)", ChartStyle.MUTED,
                    List.of(new ChartData.Line(b.algorithm() + "-fitted", fx, fy, false)), new double[0], new double[0], ""));
            String name = b.algorithm() + ": predictions, " + String.format("%.2f", b.decadesChecked()) + " decades beyond the fit";
            series.add(new ChartData.Series(b.algorithm(), name, color, List.of(new ChartData.Line(b.algorithm(), xs, ys, false)), xs, ys, ""));
        }
        double split = backtests.get(0).fitBelow();
        List<ChartData.Marker> markers = List.of(new ChartData.Marker(split, 1, ChartStyle.MUTED, "fitted " + backtests.get(0).split()));
        double pad = Math.max(yMax / yMin, 1.2);
        return new ChartData.Plot("Backtest: laws fitted " + backtests.get(0).split() + ", checked against the larger runs' frontier "
                + "(1 = predicted exactly; above 1 the runs did better)", "Training compute (FLOP)",
                "Compute the law needs / compute used (×)", series, xMin / 1.5, xMax * 1.5, Math.min(yMin, 1) / Math.sqrt(pad),
                Math.max(yMax, 1) * Math.sqrt(pad), markers, 1.0);
    }
}
