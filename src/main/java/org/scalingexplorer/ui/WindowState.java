package org.scalingexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.scalingexplorer.figure.AttributionFigure;
import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.figure.Palette;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Workspace.Keyframe;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * Everything the user is looking at and working on, as one immutable value: what they work on ({@link Work}: the
 * dataset as opened and as edited, fits, innovations switched off; what Undo steps through), the notable models
 * and the story, and how they look at it ({@link View}). Every change is a named function from state to state; each
 * keeps the rules that tie the parts together (a reference the dataset has, fits of algorithms it has, the year
 * and the compute linked along the trend in frontier mode, a cursor inside the slider's range), so no listener has
 * to restore them afterwards. The window holds one of these in {@link AppState}.
 */
public record WindowState(Work work, List<NotableModel> notable, List<Keyframe> story, View view, Slider slider) {
    /** What Undo steps through. {@code uncertainty} is the bootstrap of the active fits, carried into every CEG. */
    public record Work(Dataset loaded, Dataset dataset, Path file, Set<String> excluded, List<AppliedFit> fits, Uncertainty uncertainty) {
        public Work {
            excluded = Set.copyOf(excluded);
            fits = List.copyOf(fits);
        }

        static Work of(Dataset loaded, Dataset dataset, Path file, Set<String> excluded, List<AppliedFit> fits) {
            return of(loaded, dataset, file, excluded, fits, null);
        }

        /** The same, keeping {@code before}'s uncertainty (the same value) when the fits did not change. */
        static Work of(Dataset loaded, Dataset dataset, Path file, Set<String> excluded, List<AppliedFit> fits, Work before) {
            // a fitted algorithm taken out of the dataset takes its fit (and its uncertainty) with it
            List<AppliedFit> kept = fits.stream().filter(f -> dataset.findAlgorithm(f.algorithmId()).isPresent()).toList();
            Uncertainty u = before != null && before.fits().equals(kept) ? before.uncertainty() : Uncertainty.ofFits(kept);
            return new Work(loaded, dataset, file, excluded, kept, u);
        }
    }

    /**
     * How the work is shown: the explorer's reference and anchor, the compute cursor (log10 FLOP, which a slider
     * moves linearly), the side panel's year cursor and mode, the theme and palette, the significant figures, the
     * frames chart's reference (null for the dataset's baseline), the By scale chart's computes, the side panel's tab
     * and whether it shows, and whether lines are named at their ends.
     */
    public record View(String reference, Anchor anchor, double log10Compute, double year, Attribution.Mode mode, Theme theme,
                       boolean colorBlindSafe, int digits, String framesReference, List<Double> scaleComputes, int sideTab, boolean sidePanel,
                       boolean endLabels) {
        public View {
            scaleComputes = List.copyOf(scaleComputes);
        }

        public View withReference(String v) {
            return new View(v, anchor, log10Compute, year, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withAnchor(Anchor v) {
            return new View(reference, v, log10Compute, year, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withLog10Compute(double v) {
            return new View(reference, anchor, v, year, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withYear(double v) {
            return new View(reference, anchor, log10Compute, v, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withMode(Attribution.Mode v) {
            return new View(reference, anchor, log10Compute, year, v, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withTheme(Theme v) {
            return new View(reference, anchor, log10Compute, year, mode, v, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withColorBlindSafe(boolean v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, v, digits, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withDigits(int v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, colorBlindSafe, v, framesReference, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withFramesReference(String v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, colorBlindSafe, digits, v, scaleComputes, sideTab, sidePanel, endLabels);
        }

        public View withScaleComputes(List<Double> v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, colorBlindSafe, digits, framesReference, v, sideTab, sidePanel, endLabels);
        }

        public View withSideTab(int v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, v, sidePanel, endLabels);
        }

        public View withSidePanel(boolean v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, v, endLabels);
        }

        public View withEndLabels(boolean v) {
            return new View(reference, anchor, log10Compute, year, mode, theme, colorBlindSafe, digits, framesReference, scaleComputes, sideTab, sidePanel, v);
        }

        public static View defaults(Dataset d) {
            return new View(d.algorithms().get(0).id(), Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER, Theme.LIGHT, false,
                    Numbers.DEFAULT_DIGITS, null, FigureState.DEFAULT_SCALE_COMPUTES, 0, true, false);
        }
    }

    /** The compute slider's range for the dataset, in log10 FLOP: whole decades around every run. */
    public record Slider(double min, double max) {
        static Slider of(Dataset d) {
            double[] r = ExplorerFigure.decades(d);
            return new Slider(r[0], r[1]);
        }

        double clamp(double log10) {
            return Math.max(min, Math.min(max, log10));
        }
    }

    public WindowState {
        notable = List.copyOf(notable);
        story = List.copyOf(story);
    }

    /** A dataset opened with the default view. */
    public static WindowState of(Dataset d) {
        return new WindowState(Work.of(d, d, null, Set.of(), List.of()), List.of(), List.of(), View.defaults(d), Slider.of(d)).checked(null);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public Dataset dataset() {
        return work.dataset();
    }

    public Dataset loaded() {
        return work.loaded();
    }

    public List<AppliedFit> fits() {
        return work.fits();
    }

    public Set<String> excluded() {
        return work.excluded();
    }

    public Uncertainty uncertainty() {
        return work.uncertainty();
    }

    /** The compute cursor, FLOP. */
    public double compute() {
        return Math.pow(10, view.log10Compute());
    }

    /** Whether the year cursor and the compute cursor move together along the dataset's trend. */
    public boolean linked() {
        return view.mode() == Attribution.Mode.FRONTIER && dataset().trend().isPresent();
    }

    /** What every figure is drawn from (the window's charts and its exports). */
    public FigureState figureState() {
        return new FigureState(dataset(), view.reference(), view.anchor(), compute(), view.year(), view.mode(), excluded(), uncertainty(),
                notable, view.colorBlindSafe(), view.framesReference(), view.scaleComputes());
    }

    /** An algorithm's series colour: the dataset's, or the palette's when it names none or the safe palette is on. */
    public String colorOf(Algorithm a) {
        return Palette.colorOf(dataset(), a, view.colorBlindSafe());
    }

    // ---- the work -----------------------------------------------------------------------------------------------

    /** A newly opened dataset: the loaded and the working dataset at once, with no edits, fits or switches. */
    public WindowState load(Dataset d, Path file) {
        return withWork(Work.of(d, d, file, Set.of(), List.of()));
    }

    /** An edit of the working dataset (innovations, what-ifs, series, scales declared comparable). */
    public WindowState edit(Dataset d) {
        return withWork(Work.of(work.loaded(), d, work.file(), work.excluded(), work.fits(), work));
    }

    /** Switches innovations off (left out of the attribution stack) and on. */
    public WindowState exclude(Set<String> ids) {
        return withWork(Work.of(work.loaded(), work.dataset(), work.file(), ids, work.fits(), work));
    }

    /** The same with one innovation switched. */
    public WindowState enable(String id, boolean on) {
        Set<String> next = new HashSet<>(work.excluded());
        if (on) next.remove(id);
        else next.add(id);
        return exclude(next);
    }

    /** Every innovation as the dataset was opened with it, all switched on; what-if algorithms stay. */
    public WindowState resetInnovations() {
        Dataset d = dataset().withInnovations(dataset().innovations().stream().map(i -> loaded().findInnovation(i.id()).orElse(i)).toList());
        return withWork(Work.of(work.loaded(), d, work.file(), Set.of(), work.fits(), work));
    }

    /**
     * Puts a fit into the dataset: its fitted algorithm replaces the one with its id, or is added when there is none;
     * {@code scale} (null for none) is declared among the dataset's loss scales first.
     */
    public WindowState applyFit(AppliedFit fit, LossScale scale) {
        List<AppliedFit> list = new ArrayList<>(work.fits());
        list.removeIf(f -> f.algorithmId().equals(fit.algorithmId()));
        list.add(fit);
        Dataset d = scale == null ? dataset() : dataset().withLossScale(scale);
        Dataset next = d.findAlgorithm(fit.algorithmId()).isPresent()
                ? d.mapAlgorithm(fit.algorithmId(), a -> fit.fitted())
                : d.withAlgorithms(Stream.concat(d.algorithms().stream(), Stream.of(fit.fitted())).toList());
        return withWork(Work.of(work.loaded(), next, work.file(), work.excluded(), list));
    }

    /** Switches an algorithm whose law a fit replaced between the fitted law ({@code on}) and the dataset's own. */
    public WindowState useFit(String algorithmId, boolean on) {
        List<AppliedFit> list = new ArrayList<>(work.fits());
        for (int i = 0; i < list.size(); i++) {
            AppliedFit f = list.get(i);
            if (!f.algorithmId().equals(algorithmId) || !f.replaces() || f.active() == on) continue;
            list.set(i, f.withActive(on));
            Dataset next = dataset().mapAlgorithm(algorithmId, a -> on ? f.fitted() : f.original());
            return withWork(Work.of(work.loaded(), next, work.file(), work.excluded(), list));
        }
        return this;
    }

    /** The work of {@code other} (an undo or redo step), with this state's view. */
    public WindowState withWork(Work w) {
        return new WindowState(w, notable, story, view, w.dataset() == work.dataset() ? slider : Slider.of(w.dataset())).checked(this);
    }

    public WindowState withNotable(List<NotableModel> models) {
        return new WindowState(work, models, story, view, slider);
    }

    public WindowState withStory(List<Keyframe> views) {
        return new WindowState(work, notable, views, view, slider);
    }

    // ---- the view -----------------------------------------------------------------------------------------------

    public WindowState setReference(String id) {
        return withView(view.withReference(id));
    }

    public WindowState setAnchor(Anchor a) {
        return withView(view.withAnchor(a));
    }

    /** Moves the compute cursor (kept inside the slider's range); in frontier mode the year follows along the trend. */
    public WindowState setCompute(double log10) {
        if (!Double.isFinite(log10)) return this;
        double c = slider.clamp(log10);
        return withView(view.withLog10Compute(c).withYear(linked() ? yearOf(c) : view.year()));
    }

    /** Moves the year cursor; in frontier mode the compute follows along the trend. */
    public WindowState setYear(double year) {
        if (!Double.isFinite(year)) return this;
        double c = linked() ? slider.clamp(Math.log10(dataset().requireTrend().compute(year))) : view.log10Compute();
        return withView(view.withYear(year).withLog10Compute(Double.isFinite(c) ? c : view.log10Compute()));
    }

    /** Frontier or fixed mode; entering frontier mode puts the compute on the trend at the year. */
    public WindowState setMode(Attribution.Mode m) {
        WindowState s = withView(view.withMode(m));
        return m == view.mode() ? s : s.setYear(view.year());
    }

    public WindowState setTheme(Theme t) {
        return withView(view.withTheme(t));
    }

    public WindowState setColorBlindSafe(boolean on) {
        return withView(view.withColorBlindSafe(on));
    }

    /** Lines named at their right ends instead of (in exports) in the legend. */
    public WindowState setEndLabels(boolean on) {
        return withView(view.withEndLabels(on));
    }

    /** The significant figures every number is shown with ({@link Numbers#MIN_DIGITS} to {@link Numbers#MAX_DIGITS}). */
    public WindowState setDigits(int n) {
        return withView(view.withDigits(Math.max(Numbers.MIN_DIGITS, Math.min(Numbers.MAX_DIGITS, n))));
    }

    public WindowState setFramesReference(String id) {
        return withView(view.withFramesReference(id));
    }

    public WindowState setScaleComputes(List<Double> computes) {
        return withView(view.withScaleComputes(computes));
    }

    public WindowState setSideTab(int tab) {
        return withView(view.withSideTab(tab));
    }

    public WindowState setSidePanel(boolean shown) {
        return withView(view.withSidePanel(shown));
    }

    /** Another view of the same work, with the rules kept. */
    public WindowState withView(View v) {
        return new WindowState(work, notable, story, v, slider).checked(this);
    }

    // ---- the rules ----------------------------------------------------------------------------------------------

    /**
     * This state with the rules kept: the reference is an algorithm of the dataset (else its first), the compute
     * inside the slider's range (else its middle, when the dataset changed), and in frontier mode the year on the
     * trend at the compute.
     */
    private WindowState checked(WindowState before) {
        Dataset d = dataset();
        String reference = d.findAlgorithm(view.reference() == null ? "" : view.reference()).isPresent() ? view.reference() : d.algorithms().get(0).id();
        double c = view.log10Compute();
        if (!(c >= slider.min() && c <= slider.max())) c = before != null && before.slider != slider ? (slider.min() + slider.max()) / 2 : slider.clamp(c);
        double year = view.year();
        boolean trendChanged = before == null || !before.dataset().trend().equals(d.trend());
        if (linked() && (c != view.log10Compute() || trendChanged)) year = yearOf(c);
        if (reference.equals(view.reference()) && c == view.log10Compute() && year == view.year()) return this;
        return new WindowState(work, notable, story, view.withReference(reference).withLog10Compute(c).withYear(year), slider);
    }

    /** The trend's year at the compute, kept to the attribution chart's years. */
    private double yearOf(double log10) {
        double y = dataset().requireTrend().year(Math.pow(10, log10));
        if (!Double.isFinite(y)) return view.year();
        return Math.max(AttributionFigure.FROM, Math.min(AttributionFigure.TO, y));
    }
}
