package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.ContextResult;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.render.YearData;

/**
 * The attribution of efficiency gains by innovation, 2012-2025: stacked bands (scale-dependent ones hatched), the
 * total, Ho et al.'s rate as the paper quotes it, the total's bootstrap interval and the readout at the year cursor.
 */
public final class AttributionFigure {
    public static final double FROM = 2012;
    public static final double TO = 2025;
    /** Years between samples: fine enough that the scale-dependent bands curve smoothly and steps stay sharp. */
    public static final double STEP = 0.05;
    /**
     * Ho et al. 2024 as Gundlach et al. quote it: about 22,000x of algorithmic gain over 2012-2023, a halving of the
     * compute needed every 12 * 11 / log2(22,000) = 9.15 months (Ho et al.'s own headline, ~8 months with a 95%
     * interval of 5-14, would give ~92,700x over those years: a different claim). The line is drawn from the same
     * figure as the marker, so the two always agree (docs/science.md#context-rates).
     */
    public static final double HO_GAIN = 22_000;
    public static final double HO_FROM = 2012;
    public static final double HO_TO = 2023;

    /** Months for the compute to halve if {@code gain} accrued evenly over {@code HO_FROM..HO_TO}. */
    public static double halvingMonths(double gain) {
        return 12 * (HO_TO - HO_FROM) / (Math.log(gain) / Math.log(2));
    }

    private AttributionFigure() {
    }

    /** The attribution at {@code year}, in the state's mode. */
    public static AttributionRow rowAt(FigureState s, double year) {
        return s.frontier() ? s.attribution().frontier(year) : s.attribution().at(year, s.compute());
    }

    /** The years every panel chart samples, FROM to TO by STEP. */
    public static double[] years() {
        return years(TO);
    }

    /** FROM to {@code to} by STEP. */
    public static double[] years(double to) {
        int n = (int) Math.round((to - FROM) / STEP) + 1;
        double[] years = new double[n];
        for (int i = 0; i < n; i++) years[i] = FROM + i * STEP;
        return years;
    }

    /** The stacked bands by innovation over the years, the total, Ho et al.'s line and marker, notable models, extrapolated years. */
    public static YearData.Plot plot(FigureState s) {
        Dataset d = s.dataset();
        Attribution a = s.attribution();
        double[] years = years();
        int n = years.length;
        List<Innovation> innovations = d.innovations().stream().filter(i -> !s.excluded().contains(i.id())).toList();
        double[][] logs = new double[innovations.size()][n];
        double[] totals = new double[n];
        boolean[] extrapolated = new boolean[n];
        boolean front = s.frontier();
        // at one compute the row depends only on which innovations are active: worked out again only when that
        // changes from one year to the next (an innovation arriving), not every year
        DoubleFunction<AttributionRow> atCompute = front ? null : a.atCompute(s.compute());
        AttributionRow row = null;
        int active = -1;
        double total = Double.NaN;
        boolean beyond = false;
        double[] rowLogs = new double[innovations.size()];
        for (int k = 0; k < n; k++) {
            int now = front ? 0 : a.activeCount(years[k]);
            if (front || row == null || now != active) {
                row = front ? a.frontier(years[k]) : atCompute.apply(years[k]);
                active = now;
                total = row.total().orElse(Double.NaN);
                beyond = Extrapolation.beyond(Extrapolation.ofRow(d, row));
                for (int i = 0; i < innovations.size(); i++) {
                    Double m = row.multipliers().get(innovations.get(i).id());
                    rowLogs[i] = m == null ? 0 : Math.log10(m);
                }
            }
            totals[k] = total;
            extrapolated[k] = beyond;
            for (int i = 0; i < innovations.size(); i++) logs[i][k] = rowLogs[i];
        }
        // positive logs stack upwards from 0, negative ones downwards, so a gain below 1 never hides another band
        List<YearData.Band> bands = new ArrayList<>();
        double[] up = new double[n];
        double[] down = new double[n];
        double logMax = 0;
        double logMin = 0;
        for (int i = 0; i < innovations.size(); i++) {
            double[] lower = new double[n];
            double[] upper = new double[n];
            for (int k = 0; k < n; k++) {
                double v = logs[i][k];
                if (v >= 0) {
                    lower[k] = up[k];
                    up[k] += v;
                    upper[k] = up[k];
                } else {
                    upper[k] = down[k];
                    down[k] += v;
                    lower[k] = down[k];
                }
                logMax = Math.max(logMax, up[k]);
                logMin = Math.min(logMin, down[k]);
            }
            Innovation inn = innovations.get(i);
            bands.add(new YearData.Band(inn.id(), inn.name(), Palette.colorOf(d, inn), inn.scaleDependent(), lower, upper));
        }
        double yMax = Math.pow(10, logMax);
        double yMin = Math.pow(10, logMin);
        List<YearData.Line> lines = new ArrayList<>();
        lines.add(new YearData.Line("total", "Total", Palette.INK, totals, false, 1.5));
        double hoGain = d.context().stream().filter(c -> c.name().startsWith("Ho et al.")).mapToDouble(ContextResult::multiplier)
                .findFirst().orElse(HO_GAIN);
        double months = halvingMonths(hoGain);
        double[] ho = new double[n];
        for (int k = 0; k < n; k++) ho[k] = Math.pow(2, (years[k] - HO_FROM) * 12 / months);
        // short enough for the legend at 1280 px; the marker carries the figure itself
        String hoText = String.format(Locale.ROOT, "Ho et al. 2024 as quoted: halving every %.2f months", months);
        lines.add(new YearData.Line("ho", hoText, Palette.MUTED, ho, true, 1.5));
        yMax = Math.max(yMax, ho[n - 1]);
        List<YearData.Point> points = new ArrayList<>();
        points.add(new YearData.Point(HO_TO, hoGain, Palette.MUTED, "Ho et al.: ~" + Numbers.format(hoGain) + "× (2012-2023)"));
        yMax = Math.max(yMax, hoGain);
        String title = front
                ? "Efficiency gains by innovation at frontier compute (compute follows the trend)"
                : "Efficiency gains by innovation for a model of " + Numbers.format(s.compute()) + " FLOP";
        ComputeTrend trend = d.trend().orElse(null);
        List<YearData.Tick> ticks = new ArrayList<>();
        if (front && trend != null) {
            for (NotableModel m : s.notable()) {
                double at = trend.year(m.compute());
                if (at >= FROM && at <= TO) {
                    ticks.add(new YearData.Tick(at, m.name() + " (" + m.published() + "): " + Numbers.format(m.compute()) + " FLOP"));
                }
            }
        }
        YearData.Plot plot = new YearData.Plot(title, "Total efficiency gain (×, log scale)", years, bands, lines, points,
                Math.max(yMin / 1.5, 1e-6), yMax * 2,
                front && trend != null ? y -> Numbers.format(trend.compute(y)) : null, null, ticks, extrapolated);
        // the top axis labelled at round computes, each where the trend reaches it
        return front && trend != null ? plot.withTopYear(k -> trend.year(Math.pow(10, k))) : plot;
    }

    /**
     * The total's interval at every whole year over the fitted laws' bootstrap draws (a whole attribution per draw:
     * slow, run it in the background); empty when no fitted law enters the attribution.
     */
    public static Optional<YearData.Range> range(FigureState s) {
        Uncertainty u = s.uncertainty();
        if (!u.reachesAttribution(s.dataset())) return Optional.empty();
        Dataset d = s.dataset();
        Set<String> excluded = s.excluded();
        boolean front = s.frontier();
        double fixed = s.compute();
        int n = (int) Math.round(TO - FROM) + 1;
        double[] ys = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int k = 0; k < n; k++) {
            ys[k] = FROM + k;
            double c = front ? d.requireTrend().compute(ys[k]) : fixed;
            Optional<Bootstrap.Interval> i = u.attributionTotal(d, excluded, ys[k], c);
            if (i.isEmpty()) return Optional.empty();
            low[k] = i.get().low();
            high[k] = i.get().high();
        }
        return Optional.of(new YearData.Range(Math.round(u.level() * 100) + "% interval of the total (bootstrap of the fitted laws)", ys, low, high));
    }

    /** "2025.0 (2.26e23 FLOP): total 21415×, scale-dependent share 90.5%; extrapolated, ...", without intervals. */
    public static String readout(FigureState s) {
        double y = s.year();
        AttributionRow r = rowAt(s, y);
        Dataset d = s.dataset();
        // a share outside 0-100% means nothing: "-" and why
        String share = r.scaleDependentShare().isPresent()
                ? String.format(Locale.ROOT, "%.1f%%", 100 * r.scaleDependentShare().getAsDouble())
                : "- (" + r.scaleDependentShareUndefined().orElse("undefined") + ")";
        // how far the number rests on laws evaluated beyond their fitted range
        Map<String, Double> beyond = Extrapolation.ofRow(d, r);
        String text = String.format(Locale.ROOT, "%.1f (%s FLOP): total %s, scale-dependent share %s%s", y, Numbers.format(r.compute()),
                r.total().isPresent() ? Numbers.times(r.total().getAsDouble()) : "unreachable", share,
                (Extrapolation.beyond(beyond) ? String.format(Locale.ROOT, "; extrapolated, up to %.1f decades beyond the fitted range (%s)",
                        Extrapolation.max(beyond), beyond.entrySet().stream().filter(e -> !Double.isNaN(e.getValue()))
                                .max(Map.Entry.comparingByValue())
                                .flatMap(e -> d.findAlgorithm(e.getKey())).map(Algorithm::name).orElse("")) : "")
                        + (Extrapolation.unknown(beyond).isEmpty() ? "" : "; range unknown: " + String.join(", ", Extrapolation.unknown(beyond).stream()
                                .map(id -> d.findAlgorithm(id).map(Algorithm::name).orElse(id)).toList())));
        return text;
    }

    /** The readout with the total's and the share's intervals over the fitted laws' bootstrap draws (slow: background). */
    public static String readoutWithIntervals(FigureState s) {
        String text = readout(s);
        Uncertainty u = s.uncertainty();
        AttributionRow r = rowAt(s, s.year());
        if (u.isEmpty() || r.total().isEmpty()) return text;
        String share = r.scaleDependentShare().isPresent()
                ? String.format(Locale.ROOT, "%.1f%%", 100 * r.scaleDependentShare().getAsDouble())
                : "- (" + r.scaleDependentShareUndefined().orElse("undefined") + ")";
        Uncertainty.AttributionIntervals iv = u.attribution(s.dataset(), s.excluded(), s.year(), r.compute());
        // an interval of one value (no innovation active yet: the total is 1 in every resample) says nothing
        String total = iv.total().filter(i -> !Numbers.format(i.low()).equals(Numbers.format(i.high())))
                .map(i -> String.format(Locale.ROOT, " (%d%% interval %s× to %s×)", Math.round(u.level() * 100),
                Numbers.format(i.low()), Numbers.format(i.high()))).orElse("");
        String shareInterval = r.scaleDependentShare().isEmpty() ? "" : iv.share()
                .map(i -> String.format(Locale.ROOT, " (%.1f%%-%.1f%%)", 100 * i.low(), 100 * i.high())).orElse("");
        return text.replace(", scale-dependent", total + ", scale-dependent").replace("share " + share, "share " + share + shareInterval);
    }
}
