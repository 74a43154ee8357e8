package org.scalingexplorer.ui.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.YearData;

/**
 * Gains by compute scale: the total gain over the years for models of fixed sizes, and the gain in the last year as
 * a function of compute. Where the audience sees that small models gained little.
 */
public final class ScaleViewModel {
    public static final List<Double> DEFAULT_COMPUTES = List.of(1e16, 1e18, 1e20, 1e22, 1e24);
    /** Sequential, colour-blind safe (viridis stops, the lightest dropped so every line reads on white). */
    private static final String[] SEQUENTIAL = {"#440154", "#414487", "#2A788E", "#22A884", "#7AD151"};
    static final double X_MIN = 1e12;
    static final double X_MAX = 1e28;
    private static final int SAMPLES = 161;

    private final AppState state;
    private final ReadOnlyObjectWrapper<List<Double>> computes = new ReadOnlyObjectWrapper<>(this, "computes", DEFAULT_COMPUTES);
    private final ReadOnlyStringWrapper computesText = new ReadOnlyStringWrapper(this, "computesText", text(DEFAULT_COMPUTES));
    private final ReadOnlyObjectWrapper<YearData.Plot> overYears = new ReadOnlyObjectWrapper<>(this, "overYears");
    private final ReadOnlyObjectWrapper<ChartData.Plot> lastYear = new ReadOnlyObjectWrapper<>(this, "lastYear");
    private final ReadOnlyObjectWrapper<ChartData.Overlay> lastYearOverlay = new ReadOnlyObjectWrapper<>(this, "lastYearOverlay", ChartData.Overlay.empty());
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");

    public ScaleViewModel(AppState state) {
        this.state = state;
        // a what-if added or dragged changes no innovation: the stack stays as it is
        state.datasetProperty().addListener((o, was, now) -> {
            if (!now.sameAttribution(was)) refresh();
        });
        state.excludedInnovationsProperty().addListener((o, was, now) -> refresh());
        state.log10ComputeProperty().addListener((o, was, now) -> step());
        state.yearProperty().addListener((o, was, now) -> updateReadout());
        refresh();
    }

    public ReadOnlyObjectProperty<YearData.Plot> overYearsProperty() {
        return overYears.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData.Plot> lastYearProperty() {
        return lastYear.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData.Overlay> lastYearOverlayProperty() {
        return lastYearOverlay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Double>> computesProperty() {
        return computes.getReadOnlyProperty();
    }

    /** The computes as the field shows them: "1e16, 1e18, 1e20, 1e22, 1e24". */
    public ReadOnlyStringProperty computesTextProperty() {
        return computesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /**
     * Sets the fixed computes from text such as {@code "1e16, 1e20, 3e24"} (any form the compute field takes,
     * separated by commas or spaces). Returns the reason when refused; the computes then stay as they were.
     */
    public Optional<String> setComputes(String text) {
        List<Double> parsed = new ArrayList<>();
        String[] parts = text.trim().split("[,;\\s]+");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) continue;
            try {
                double c = ComputeText.parse(parts[i]);
                if (!(c > 0) || !Double.isFinite(c)) return Optional.of("compute " + (i + 1) + " (\"" + parts[i] + "\") must be a positive number of FLOP");
                if (!parsed.contains(c)) parsed.add(c);
            } catch (IllegalArgumentException e) {
                return Optional.of("compute " + (i + 1) + " (\"" + parts[i] + "\"): " + e.getMessage());
            }
        }
        if (parsed.isEmpty()) return Optional.of("give at least one compute, e.g. 1e16, 1e20, 1e24");
        if (parsed.size() > 12) return Optional.of("at most 12 computes (got " + parsed.size() + "): the lines would not be told apart");
        parsed.sort(Double::compare);
        computes.set(List.copyOf(parsed));
        computesText.set(text(parsed));
        refresh();
        return Optional.empty();
    }

    /** A click on the last-year chart moves the compute slider there. */
    public void pickCompute(double compute) {
        if (compute > 0 && Double.isFinite(compute)) state.log10ComputeProperty().set(Math.log10(compute));
    }

    public void resetComputes() {
        setComputes(text(DEFAULT_COMPUTES));
    }

    private static String text(List<Double> cs) {
        return String.join(", ", cs.stream().map(ScaleViewModel::shortCompute).toList());
    }

    /** "1e16" for powers of ten, "3e24" or "2.5e21" otherwise. */
    static String shortCompute(double c) {
        String s = String.format(Locale.ROOT, "%.3g", c / Math.pow(10, Math.floor(Math.log10(c))));
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s + "e" + (int) Math.floor(Math.log10(c));
    }

    private Attribution attribution() {
        return new Attribution(state.dataset(), state.excludedInnovationsProperty().get());
    }

    /** The total gain in {@code year} for a model of {@code compute} FLOP (NaN when unreachable). */
    public double totalAt(double year, double compute) {
        return attribution().at(year, compute).total().orElse(Double.NaN);
    }

    private void refresh() {
        Attribution a = attribution();
        double[] years = AttributionViewModel.years();
        int n = years.length;
        List<YearData.Line> lines = new ArrayList<>();
        List<Double> cs = computes.get();
        double yMax = 1;
        double yMin = 1;
        Dataset d = state.dataset();
        for (int i = 0; i < cs.size(); i++) {
            double[] totals = new double[n];
            boolean[] beyond = new boolean[n];
            for (int k = 0; k < n; k++) {
                AttributionRow r = a.at(years[k], cs.get(i));
                totals[k] = r.total().orElse(Double.NaN);
                beyond[k] = !Extrapolation.ofRow(d, r).isEmpty();
                if (Double.isFinite(totals[k])) {
                    yMax = Math.max(yMax, totals[k]);
                    yMin = Math.min(yMin, totals[k]);
                }
            }
            // the growth per year a model of this size saw: (total at the end / total at the start)^(1 / years)
            double growth = Math.pow(totals[n - 1] / totals[0], 1 / (years[n - 1] - years[0]));
            lines.add(new YearData.Line("c" + i, ComputeText.format(cs.get(i)) + " FLOP" + (Double.isFinite(growth)
                    ? String.format(java.util.Locale.ROOT, ": %.2f×/yr", growth) : ""), colour(i, cs.size()), totals, false, 2, beyond));
        }
        if (d.trend().isPresent()) {
            double[] frontier = new double[n];
            boolean[] beyond = new boolean[n];
            for (int k = 0; k < n; k++) {
                AttributionRow r = a.frontier(years[k]);
                frontier[k] = r.total().orElse(Double.NaN);
                beyond[k] = !Extrapolation.ofRow(d, r).isEmpty();
            }
            for (double v : frontier) if (Double.isFinite(v)) yMax = Math.max(yMax, v);
            lines.add(new YearData.Line("frontier", "Frontier compute (the trend)", "#1f2328", frontier, true, 1.5, beyond));
        }
        overYears.set(new YearData.Plot("Total efficiency gain for models of fixed size", "Total efficiency gain (×, log scale)",
                years, List.of(), lines, List.of(), Math.max(yMin / 1.5, 1e-6), yMax * 2, null));

        double[] grid = CegCurves.logGrid(X_MIN, X_MAX, SAMPLES);
        double[] total = new double[SAMPLES];
        double[] dependent = new double[SAMPLES];
        double[] invariant = new double[SAMPLES];
        // solid only where every law the gain uses is evaluated inside its measured runs
        boolean[] extrapolated = new boolean[SAMPLES];
        double lo = 1;
        double hi = 1;
        for (int k = 0; k < SAMPLES; k++) {
            AttributionRow r = a.at(AttributionViewModel.TO, grid[k]);
            total[k] = r.total().orElse(Double.NaN);
            dependent[k] = r.unreachable().isEmpty() ? r.scaleDependentTotal() : Double.NaN;
            invariant[k] = r.scaleInvariantTotal();
            extrapolated[k] = !Extrapolation.ofRow(d, r).isEmpty();
            for (double v : new double[] {total[k], dependent[k], invariant[k]}) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        int last = (int) AttributionViewModel.TO;
        List<ChartData.Series> series = List.of(
                new ChartData.Series("total", "Total gain in " + last + " (dashed: extrapolated)", "#1f2328",
                        ChartData.splitByFlag(grid, total, extrapolated), new double[0], new double[0], ""),
                new ChartData.Series("dependent", "Scale-dependent innovations", "#D55E00", ChartData.splitByFlag(grid, dependent, extrapolated),
                        new double[0], new double[0], ""),
                series("invariant", "Scale-invariant innovations", "#56B4E9", grid, invariant, true));
        lastYear.set(new ChartData.Plot("Gain in " + last + " by model size", "Training compute (FLOP)", "Efficiency gain in " + last + " (×)",
                series, X_MIN, X_MAX, Math.max(lo / 2, 1e-6), hi * 2, List.of(), 1.0));
        step();
    }

    private static ChartData.Series series(String id, String name, String colour, double[] xs, double[] ys, boolean dashed) {
        return new ChartData.Series(id, name, colour, List.of(new ChartData.Line(id, xs, ys, dashed)), new double[0], new double[0], "");
    }

    /** Colour {@code i} of {@code n} along the sequential palette, small computes dark. */
    static String colour(int i, int n) {
        if (n <= 1) return SEQUENTIAL[0];
        double t = (double) i / (n - 1) * (SEQUENTIAL.length - 1);
        int k = (int) Math.min(SEQUENTIAL.length - 2, Math.floor(t));
        double f = t - k;
        int a = Integer.parseInt(SEQUENTIAL[k].substring(1), 16);
        int b = Integer.parseInt(SEQUENTIAL[k + 1].substring(1), 16);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xFF;
            int cb = (b >> shift) & 0xFF;
            rgb |= ((int) Math.round(ca + f * (cb - ca))) << shift;
        }
        return String.format(Locale.ROOT, "#%06X", rgb);
    }

    private void step() {
        double c = state.compute();
        double v = totalAt(AttributionViewModel.TO, c);
        List<ChartData.Marker> markers = Double.isFinite(v)
                ? List.of(new ChartData.Marker(c, v, "#1f2328", ComputeText.multiplier(v) + "× at " + ComputeText.format(c) + " FLOP"))
                : List.of();
        lastYearOverlay.set(new ChartData.Overlay(c, List.of(), markers, List.of()));
        updateReadout();
    }

    private void updateReadout() {
        double year = state.yearProperty().get();
        List<Double> cs = computes.get();
        double small = totalAt(year, cs.get(0));
        double large = totalAt(year, cs.get(cs.size() - 1));
        readout.set(String.format(Locale.ROOT, "%.1f: a model of %s FLOP gained %s, one of %s FLOP %s", year,
                ComputeText.format(cs.get(0)), gain(small), ComputeText.format(cs.get(cs.size() - 1)), gain(large)));
    }

    private static String gain(double v) {
        return Double.isFinite(v) ? ComputeText.multiplier(v) + "×" : "an unreachable gain";
    }
}
