package org.scalingexplorer.ui.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.ContextResult;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import java.util.concurrent.Executor;

import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Coalescer;
import org.scalingexplorer.render.YearData;

/**
 * The stacked-area attribution of efficiency gains by innovation, 2012-2025. In frontier mode the year cursor and the
 * compute slider are linked through the dataset's trend: moving either moves the other.
 */
public final class AttributionViewModel {
    public static final double FROM = 2012;
    public static final double TO = 2025;
    /** Years between samples: fine enough that the scale-dependent bands curve smoothly and steps stay sharp. */
    static final double STEP = 0.05;
    /**
     * Ho et al. 2024 as Gundlach et al. quote it: about 22,000x of algorithmic gain over 2012-2023, a halving of the
     * compute needed every 12 * 11 / log2(22,000) = 9.15 months (Ho et al.'s own headline, ~8 months with a 95%
     * interval of 5-14, would give ~92,700x over those years: a different claim). The line is drawn from the same
     * figure as the marker, so the two always agree (docs/science.md#context-rates).
     */
    static final double HO_GAIN = 22_000;
    static final double HO_FROM = 2012;
    static final double HO_TO = 2023;

    /** Months for the compute to halve if {@code gain} accrued evenly over {@code HO_FROM..HO_TO}. */
    static double halvingMonths(double gain) {
        return 12 * (HO_TO - HO_FROM) / (Math.log(gain) / Math.log(2));
    }

    private final AppState state;
    private final Coalescer<YearData.Range> rangeJob;
    private final Coalescer<String> readoutJob;
    private final ReadOnlyObjectWrapper<YearData.Plot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private boolean linking;

    /** Computes intervals on the calling thread: for tests and the command line. */
    public AttributionViewModel(AppState state) {
        this(state, Runnable::run, Runnable::run);
    }

    /**
     * @param background where the bootstrap intervals of the totals are computed (one draw per resample is a whole
     *                   attribution, too slow for a slider step)
     * @param ui         how they come back to the UI thread
     */
    public AttributionViewModel(AppState state, Executor background, Executor ui) {
        this.state = state;
        this.rangeJob = new Coalescer<>(background, ui);
        this.readoutJob = new Coalescer<>(background, ui);
        state.uncertaintyProperty().addListener((o, was, now) -> refresh());
        state.notableModelsProperty().addListener((o, was, now) -> refresh());
        // a what-if added or dragged changes no innovation: the stack stays as it is
        state.datasetProperty().addListener((o, was, now) -> {
            if (!now.sameAttribution(was)) refresh();
        });
        state.excludedInnovationsProperty().addListener((o, was, now) -> refresh());
        state.attributionModeProperty().addListener((o, was, now) -> {
            refresh();
            if (now == Attribution.Mode.FRONTIER) linkYearToCompute();
        });
        // frontier mode: the year follows the compute and the compute follows the year
        state.log10ComputeProperty().addListener((o, was, now) -> {
            if (state.attributionModeProperty().get() == Attribution.Mode.FIXED) refresh();
            else linkComputeToYear();
        });
        state.yearProperty().addListener((o, was, now) -> {
            linkYearToCompute();
            updateReadout();
        });
        refresh();
        linkComputeToYear();
    }

    public ReadOnlyObjectProperty<YearData.Plot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    /** "2025 (2.26e23 FLOP): total 21415×, scale-dependent share 90.5%". */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public DoubleProperty yearProperty() {
        return state.yearProperty();
    }

    public ObjectProperty<Attribution.Mode> modeProperty() {
        return state.attributionModeProperty();
    }

    private Dataset dataset() {
        return state.dataset();
    }

    private Attribution attribution() {
        return new Attribution(dataset(), state.excludedInnovationsProperty().get());
    }

    private boolean frontier() {
        return state.attributionModeProperty().get() == Attribution.Mode.FRONTIER && dataset().trend().isPresent();
    }

    /** The attribution at the cursor year, in the current mode. */
    public AttributionRow rowAt(double year) {
        return frontier() ? attribution().frontier(year) : attribution().at(year, state.compute());
    }

    /** The years every panel chart samples, FROM to TO by STEP. */
    static double[] years() {
        return years(TO);
    }

    /** FROM to {@code to} by STEP. */
    static double[] years(double to) {
        int n = (int) Math.round((to - FROM) / STEP) + 1;
        double[] years = new double[n];
        for (int i = 0; i < n; i++) years[i] = FROM + i * STEP;
        return years;
    }

    private void linkComputeToYear() {
        if (linking || !frontier()) return;
        linking = true;
        try {
            double y = dataset().requireTrend().year(state.compute());
            state.yearProperty().set(Math.max(FROM, Math.min(TO, y)));
        } finally {
            linking = false;
        }
        updateReadout();
    }

    private void linkYearToCompute() {
        if (linking || !frontier()) return;
        linking = true;
        try {
            state.log10ComputeProperty().set(Math.log10(dataset().requireTrend().compute(state.yearProperty().get())));
        } finally {
            linking = false;
        }
    }

    private void refresh() {
        Dataset d = dataset();
        Attribution a = attribution();
        double[] years = years();
        int n = years.length;
        List<Innovation> innovations = d.innovations().stream().filter(i -> !state.excludedInnovationsProperty().get().contains(i.id())).toList();
        double[][] logs = new double[innovations.size()][n];
        double[] totals = new double[n];
        boolean[] extrapolated = new boolean[n];
        boolean front = frontier();
        // at one compute the answer depends only on which innovations are active: once per set, not per year
        java.util.Map<java.util.Set<String>, Boolean> beyond = new java.util.HashMap<>();
        for (int k = 0; k < n; k++) {
            AttributionRow row = front ? a.frontier(years[k]) : a.at(years[k], state.compute());
            totals[k] = row.total().orElse(Double.NaN);
            extrapolated[k] = front ? !org.scalingexplorer.model.Extrapolation.ofRow(d, row).isEmpty()
                    : beyond.computeIfAbsent(java.util.Set.copyOf(java.util.stream.Stream.concat(row.multipliers().keySet().stream(),
                            row.unreachable().stream()).toList()),
                            s -> !org.scalingexplorer.model.Extrapolation.ofRow(d, row).isEmpty());
            for (int i = 0; i < innovations.size(); i++) {
                Double m = row.multipliers().get(innovations.get(i).id());
                logs[i][k] = m == null ? 0 : Math.log10(m);
            }
        }
        // positive logs stack upwards from 0, negative ones downwards, so a gain below 1 never hides another band
        List<YearData.Band> bands = new ArrayList<>();
        double[] up = new double[n];
        double[] down = new double[n];
        double yMax = 1;
        double yMin = 1;
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
                yMax = Math.max(yMax, Math.pow(10, up[k]));
                yMin = Math.min(yMin, Math.pow(10, down[k]));
            }
            Innovation inn = innovations.get(i);
            bands.add(new YearData.Band(inn.id(), inn.name(), colorOf(inn), inn.scaleDependent(), lower, upper));
        }
        List<YearData.Line> lines = new ArrayList<>();
        lines.add(new YearData.Line("total", "Total", "#1f2328", totals, false, 1.5));
        double hoGain = d.context().stream().filter(c -> c.name().startsWith("Ho et al.")).mapToDouble(ContextResult::multiplier)
                .findFirst().orElse(HO_GAIN);
        double months = halvingMonths(hoGain);
        double[] ho = new double[n];
        for (int k = 0; k < n; k++) ho[k] = Math.pow(2, (years[k] - HO_FROM) * 12 / months);
        // short enough for the legend at 1280 px; the marker carries the figure itself
        String hoText = String.format(Locale.ROOT, "Ho et al. 2024 as quoted: halving every %.1f months", months);
        lines.add(new YearData.Line("ho", hoText, "#6e7781", ho, true, 1.5));
        yMax = Math.max(yMax, ho[n - 1]);
        List<YearData.Point> points = new ArrayList<>();
        points.add(new YearData.Point(HO_TO, hoGain, "#6e7781", "Ho et al.: ~" + ComputeText.multiplier(hoGain) + "× (2012-2023)"));
        yMax = Math.max(yMax, hoGain);
        String title = front
                ? "Efficiency gains by innovation at frontier compute (compute follows the trend)"
                : "Efficiency gains by innovation for a model of " + ComputeText.format(state.compute()) + " FLOP";
        ComputeTrend trend = d.trend().orElse(null);
        List<YearData.Tick> ticks = new ArrayList<>();
        if (front && trend != null) {
            for (NotableModel m : state.notableModelsProperty().get()) {
                double at = trend.year(m.compute());
                if (at >= FROM && at <= TO) {
                    ticks.add(new YearData.Tick(at, m.name() + " (" + m.published() + "): " + ComputeText.format(m.compute()) + " FLOP"));
                }
            }
        }
        plot.set(new YearData.Plot(title, "Total efficiency gain (×, log scale)", years, bands, lines, points,
                Math.max(yMin / 1.5, 1e-6), yMax * 2,
                front && trend != null ? y -> ComputeText.format(trend.compute(y)) : null, null, ticks, extrapolated));
        requestRange();
        updateReadout();
    }

    /** The total's interval at every whole year, in the background; the plot gains it when it arrives. */
    private void requestRange() {
        Uncertainty u = state.uncertainty();
        if (u.isEmpty()) {
            rangeJob.clear();
            return;
        }
        Dataset d = dataset();
        java.util.Set<String> excluded = state.excludedInnovationsProperty().get();
        boolean front = frontier();
        double fixed = state.compute();
        YearData.Plot target = plot.get();
        rangeJob.submit(() -> {
            int n = (int) Math.round(TO - FROM) + 1;
            double[] ys = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            for (int k = 0; k < n; k++) {
                ys[k] = FROM + k;
                double c = front ? d.requireTrend().compute(ys[k]) : fixed;
                java.util.Optional<Bootstrap.Interval> i = u.attributionTotal(d, excluded, ys[k], c);
                if (i.isEmpty()) return null;
                low[k] = i.get().low();
                high[k] = i.get().high();
            }
            return new YearData.Range(Math.round(u.level() * 100) + "% interval of the total (bootstrap of the fitted laws)", ys, low, high);
        }, r -> {
            if (r != null && plot.get() == target) plot.set(target.withRange(r));
        });
    }


    private void updateReadout() {
        double y = state.yearProperty().get();
        AttributionRow r = rowAt(y);
        // a share outside 0-100% means nothing: "-" and why
        String share = r.scaleDependentShare().isPresent()
                ? String.format(Locale.ROOT, "%.1f%%", 100 * r.scaleDependentShare().getAsDouble())
                : "- (" + r.scaleDependentShareUndefined().orElse("undefined") + ")";
        // how far the number rests on laws evaluated beyond their measured range
        java.util.Map<String, Double> beyond = org.scalingexplorer.model.Extrapolation.ofRow(dataset(), r);
        String text = String.format(Locale.ROOT, "%.1f (%s FLOP): total %s, scale-dependent share %s%s", y, ComputeText.format(r.compute()),
                r.total().isPresent() ? ComputeText.multiplier(r.total().getAsDouble()) + "×" : "unreachable", share,
                beyond.isEmpty() ? "" : String.format(Locale.ROOT, "; extrapolated, up to %.1f decades beyond the runs (%s)",
                        org.scalingexplorer.model.Extrapolation.max(beyond), beyond.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                                .flatMap(e -> dataset().findAlgorithm(e.getKey())).map(org.scalingexplorer.model.Algorithm::name).orElse("")));
        readout.set(text);
        Uncertainty u = state.uncertainty();
        if (u.isEmpty() || r.total().isEmpty()) {
            readoutJob.clear();
            return;
        }
        Dataset d = dataset();
        java.util.Set<String> excluded = state.excludedInnovationsProperty().get();
        double c = r.compute();
        // the total's and the share's intervals over the fitted laws' bootstrap draws, side by side with the values
        readoutJob.submit(() -> {
            String total = u.attributionTotal(d, excluded, y, c)
                    .map(i -> String.format(Locale.ROOT, " (%d%% interval %s× to %s×)", Math.round(u.level() * 100),
                            ComputeText.multiplier(i.low()), ComputeText.multiplier(i.high())))
                    .orElse("");
            String shareInterval = r.scaleDependentShare().isEmpty() ? "" : u.attributionShare(d, excluded, y, c)
                    .map(i -> String.format(Locale.ROOT, " (%.1f%%-%.1f%%)", 100 * i.low(), 100 * i.high())).orElse("");
            return text.replace(", scale-dependent", total + ", scale-dependent").replace("share " + share, "share " + share + shareInterval);
        }, readout::set);
    }

    /** What hovering a band at a year shows: innovation, year, multiplier, anchor, source. */
    public String describe(String innovationId, double year) {
        Innovation i = dataset().findInnovation(innovationId).orElse(null);
        if (i == null) return "";
        AttributionRow r = rowAt(year);
        Double m = r.multipliers().get(i.id());
        StringBuilder b = new StringBuilder(i.name());
        b.append(String.format(Locale.ROOT, "%n%.1f: ", year));
        b.append(m == null ? "not active yet (from " + i.year() + ")" : ComputeText.multiplier(m) + "×");
        if (i instanceof Innovation.ScaleDependent sd) {
            b.append("\nscale-dependent, anchored at the ").append(sd.anchor().id()).append(", at ")
                    .append(ComputeText.format(r.compute())).append(" FLOP");
            if (!sd.netOf().isEmpty()) b.append("\nnet of ").append(String.join(", ", sd.netOf()));
        } else {
            b.append("\nscale-invariant");
        }
        if (!i.source().isEmpty()) b.append("\n").append(i.source());
        return b.toString();
    }

    /** Scale-dependent innovations take vermillion and blue (and are hatched); the others never reuse those. */
    private String colorOf(Innovation i) {
        List<String> dependent = List.of("#D55E00", "#0072B2");
        List<String> invariant = List.of("#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#E69F00", "#999999", "#8E6BB0", "#44AA99");
        List<Innovation> same = dataset().innovations().stream().filter(x -> x.scaleDependent() == i.scaleDependent()).toList();
        int index = same.indexOf(i);
        List<String> palette = i.scaleDependent() ? dependent : invariant;
        return palette.get(index % palette.size());
    }

    /** Shares by innovation at the cursor year, for tests and exports. */
    public Map<String, Double> multipliersAtCursor() {
        return rowAt(state.yearProperty().get()).multipliers();
    }
}
