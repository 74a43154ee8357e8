package org.scalingexplorer.ui.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.figure.ScaleFigure;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.WindowState;

/**
 * Gains by compute scale: the total gain over the years for models of fixed sizes, and the gain in the last year as
 * a function of compute. Where the audience sees that small models gained little.
 */
public final class ScaleViewModel {
    public static final List<Double> DEFAULT_COMPUTES = FigureState.DEFAULT_SCALE_COMPUTES;
    static final double X_MIN = ScaleFigure.X_MIN;
    static final double X_MAX = ScaleFigure.X_MAX;

    private final AppState state;
    private final ReadOnlyObjectWrapper<List<Double>> computes = new ReadOnlyObjectWrapper<>(this, "computes");
    private final ReadOnlyStringWrapper computesText = new ReadOnlyStringWrapper(this, "computesText", text(DEFAULT_COMPUTES));
    private final ReadOnlyObjectWrapper<YearData.Plot> overYears = new ReadOnlyObjectWrapper<>(this, "overYears");
    private final ReadOnlyObjectWrapper<ChartData.Plot> lastYear = new ReadOnlyObjectWrapper<>(this, "lastYear");
    private final ReadOnlyObjectWrapper<ChartData.Overlay> lastYearOverlay = new ReadOnlyObjectWrapper<>(this, "lastYearOverlay", ChartData.Overlay.empty());
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");

    /** The cursor before the last click moved it (NaN when none). */
    private double beforePick = Double.NaN;
    private final ShownTab shown = new ShownTab(ShownTab.SCALE);

    public ScaleViewModel(AppState state) {
        this.state = state;
        state.stateProperty().addListener((o, was, now) -> changed(was, now));
        derive();
    }

    private void derive() {
        computesText.set(text(state.view().scaleComputes()));
        computes.set(state.view().scaleComputes());
        refresh();
    }

    private void changed(WindowState was, WindowState now) {
        if (!shown.derive(now, this::derive)) return;
        WindowState.View a = was.view();
        WindowState.View b = now.view();
        if (!a.scaleComputes().equals(b.scaleComputes())) {
            computesText.set(text(b.scaleComputes()));
            computes.set(b.scaleComputes());
        }
        // a what-if added or dragged changes no innovation: the stack stays as it is
        boolean stack = (was.dataset() != now.dataset() && !now.dataset().sameAttribution(was.dataset())) || !was.excluded().equals(now.excluded())
                || a.digits() != b.digits() || !a.scaleComputes().equals(b.scaleComputes());
        if (stack) refresh();
        else if (a.log10Compute() != b.log10Compute()) step();
        else if (a.year() != b.year()) updateReadout();
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
        state.setScaleComputes(parsed);
        return Optional.empty();
    }

    /** A click on the last-year chart moves the compute slider there. */
    public void pickCompute(double compute) {
        if (!(compute > 0 && Double.isFinite(compute))) return;
        beforePick = state.view().log10Compute();
        state.setCompute(Math.log10(compute));
    }

    /** Puts the cursor back where it was before the last pick: a double-click resets the zoom and nothing else. */
    public void unpick() {
        if (Double.isNaN(beforePick)) return;
        state.setCompute(beforePick);
        beforePick = Double.NaN;
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

    /** The total gain in {@code year} for a model of {@code compute} FLOP (NaN when unreachable). */
    public double totalAt(double year, double compute) {
        return ScaleFigure.totalAt(state.figureState(), year, compute);
    }

    private void refresh() {
        FigureState s = state.figureState();
        overYears.set(ScaleFigure.overYears(s));
        lastYear.set(ScaleFigure.lastYear(s));
        step();
    }

    private void step() {
        lastYearOverlay.set(ScaleFigure.lastYearOverlay(state.figureState()));
        updateReadout();
    }

    private void updateReadout() {
        double year = state.view().year();
        List<Double> cs = state.view().scaleComputes();
        double small = totalAt(year, cs.get(0));
        double large = totalAt(year, cs.get(cs.size() - 1));
        readout.set(String.format(Locale.ROOT, "%.1f: a model of %s FLOP gained %s, one of %s FLOP %s", year,
                Numbers.format(cs.get(0)), gain(small), Numbers.format(cs.get(cs.size() - 1)), gain(large)));
    }

    private static String gain(double v) {
        return Double.isFinite(v) ? Numbers.times(v) : "an unreachable gain";
    }
}
