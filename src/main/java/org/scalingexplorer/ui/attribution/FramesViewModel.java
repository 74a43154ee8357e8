package org.scalingexplorer.ui.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.CegMatrix;
import org.scalingexplorer.model.CegResult;
import org.scalingexplorer.model.Comparability;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ReferenceFrames;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.explorer.ExplorerViewModel;

/**
 * The reference-frame view: the frontier sequence's CEG against a reference the user picks, over the years, with
 * its growth; and the pairwise CEG matrix at the slider's compute with its transitivity defects.
 */
public final class FramesViewModel {
    /** A defect further than this from 1 (as |ln d|, about 1%) is highlighted. */
    static final double DEFECT_TOLERANCE = Math.log(1.01);
    /** The matrix is for reading, not scrolling: beyond this many algorithms it is not drawn. */
    public static final int MATRIX_LIMIT = 12;

    /** One reference in the table: where the frontier stands against it and how fast it moves away. */
    public record FrameRow(String id, String name, String color, String cegLastYear, String averageGrowth, String growthLastYear,
                           double averageGrowthValue) {
    }

    /**
     * The pairwise matrix: {@code cells[r][c]} is the CEG of algorithm c against reference r; {@code defects[r][c]}
     * the largest |ln defect| over the triples r -> b -> c (0 when CEGs compose), {@code notes[r][c]} says which.
     */
    public record Matrix(List<String> names, String[][] cells, double[][] defects, String[][] notes, String summary) {
        public boolean highlighted(int r, int c) {
            return defects[r][c] > DEFECT_TOLERANCE;
        }

        /**
         * The cell's defect on a graded scale by the factor it is off, max(d, 1/d): 0 within 1% (composes), 1 up to
         * x1.5, 2 up to x10, 3 beyond.
         */
        public int grade(int r, int c) {
            double off = Math.exp(defects[r][c]);
            return !highlighted(r, c) ? 0 : off <= 1.5 ? 1 : off <= 10 ? 2 : 3;
        }
    }

    private final AppState state;
    /** The last year the frames chart shows (the frames command's default end). */
    static final double CHART_TO = 2028;
    private final StringProperty referenceId = new SimpleStringProperty(this, "referenceId");
    private final BooleanProperty matrixActive = new SimpleBooleanProperty(this, "matrixActive", true);
    private final ObservableList<ExplorerViewModel.Choice> references = FXCollections.observableArrayList();
    private final ObservableList<FrameRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearData.Plot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyObjectWrapper<Matrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");

    public FramesViewModel(AppState state) {
        this.state = state;
        state.datasetProperty().addListener((o, was, now) -> rebuild());
        state.colorBlindSafeProperty().addListener((o, was, now) -> refresh());
        state.excludedInnovationsProperty().addListener((o, was, now) -> refresh());
        state.anchorProperty().addListener((o, was, now) -> {
            refresh();
            updateMatrix();
        });
        state.log10ComputeProperty().addListener((o, was, now) -> updateMatrix());
        state.yearProperty().addListener((o, was, now) -> updateReadout());
        referenceId.addListener((o, was, now) -> refresh());
        matrixActive.addListener((o, was, now) -> updateMatrix());
        rebuild();
    }

    /** The algorithm the frontier is measured against; any algorithm of the dataset, what-ifs included. */
    public StringProperty referenceIdProperty() {
        return referenceId;
    }

    public ObservableList<ExplorerViewModel.Choice> references() {
        return references;
    }

    /** One row per possible reference, with the frontier's CEG in the last year and its growth. */
    public ObservableList<FrameRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<YearData.Plot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Matrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** Whether anyone is looking at the matrix: a slider step recomputes it only then. */
    public BooleanProperty matrixActiveProperty() {
        return matrixActive;
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    private Dataset dataset() {
        return state.dataset();
    }

    private ReferenceFrames frames() {
        return new ReferenceFrames(dataset(), state.excludedInnovationsProperty().get(), state.anchorProperty().get());
    }

    private void rebuild() {
        // replaced only when they differ: a box whose items are replaced by equal ones goes blank
        List<ExplorerViewModel.Choice> choices = dataset().algorithms().stream()
                .map(a -> new ExplorerViewModel.Choice(a.id(), a.name() + (a.whatIf() ? " (what-if)" : ""))).toList();
        org.scalingexplorer.ui.Lists.update(references, choices);
        String id = referenceId.get();
        if (id == null || dataset().findAlgorithm(id).isEmpty()) {
            // the baseline where the frontier starts (the LSTM in the paper's dataset)
            referenceId.set(dataset().algorithms().stream().filter(a -> a.embodies().isEmpty()).findFirst()
                    .orElse(dataset().algorithms().get(0)).id());
        }
        refresh();
        updateMatrix();
    }

    /** The frontier's CEG against {@code reference} in {@code year}, or empty (no trend, or unreachable). */
    public OptionalDouble cegAt(String reference, double year) {
        if (dataset().trend().isEmpty()) return OptionalDouble.empty();
        return frames().frontier(reference, year).ceg();
    }

    private void refresh() {
        Dataset d = dataset();
        if (d.trend().isEmpty()) {
            plot.set(null);
            rows.clear();
            readout.set("This dataset has no compute trend: the frontier sequence, and so its reference frames, are undefined.");
            return;
        }
        ReferenceFrames f = frames();
        // as far as the frames command goes by default: the trend extrapolated three years past the attribution
        double[] years = AttributionViewModel.years(CHART_TO);
        int n = years.length;
        List<YearData.Line> lines = new ArrayList<>();
        List<FrameRow> newRows = new ArrayList<>();
        double lo = 1;
        double hi = 1;
        YearData.Line chosen = null;
        int last = (int) AttributionViewModel.TO;
        int first = (int) AttributionViewModel.FROM;
        for (int i = 0; i < d.algorithms().size(); i++) {
            Algorithm a = d.algorithms().get(i);
            double[] cegs = new double[n];
            for (int k = 0; k < n; k++) {
                cegs[k] = f.frontier(a.id(), years[k]).ceg().orElse(Double.NaN);
                if (Double.isFinite(cegs[k])) {
                    lo = Math.min(lo, cegs[k]);
                    hi = Math.max(hi, cegs[k]);
                }
            }
            boolean isChosen = a.id().equals(referenceId.get());
            // placed through the baseline on scales only assumed comparable: every number of this frame says so
            String assumed = f.assumption(a.id()).isPresent() ? " (scales assumed comparable)" : "";
            YearData.Line line = new YearData.Line(a.id(), "against " + a.name() + (a.whatIf() ? " (what-if)" : "") + assumed, state.colorOf(a), cegs,
                    !isChosen, isChosen ? 3 : 1.2);
            if (isChosen) chosen = line;
            else lines.add(line);
            ReferenceFrames.Point end = f.frontier(a.id(), last);
            OptionalDouble start = f.frontier(a.id(), first).ceg();
            double average = end.ceg().isPresent() && start.isPresent()
                    ? Math.pow(end.ceg().getAsDouble() / start.getAsDouble(), 1.0 / (last - first)) : Double.NaN;
            newRows.add(new FrameRow(a.id(), a.name() + (a.whatIf() ? " (what-if)" : "") + assumed, state.colorOf(a),
                    end.ceg().isPresent() ? ComputeText.multiplier(end.ceg().getAsDouble()) + "×" : "unreachable",
                    Double.isFinite(average) ? String.format(Locale.ROOT, "%.2f×/yr", average) : "-",
                    end.annualGrowth().isPresent() ? String.format(Locale.ROOT, "%.2f×/yr", Math.exp(end.annualGrowth().getAsDouble())) : "-",
                    average));
        }
        // the chosen reference is drawn last, on top
        if (chosen != null) lines.add(chosen);
        rows.setAll(newRows);
        String name = d.findAlgorithm(referenceId.get()).map(Algorithm::name).orElse("?");
        ComputeTrend trend = d.requireTrend();
        // the chosen reference's values that rest on laws beyond their runs
        boolean[] extrapolated = new boolean[n];
        String chosenId = referenceId.get();
        if (chosenId != null && d.findAlgorithm(chosenId).isPresent()) {
            for (int k = 0; k < n; k++) extrapolated[k] = !f.extrapolation(chosenId, years[k]).isEmpty();
        }
        plot.set(new YearData.Plot("The frontier models of each year, measured against " + name + " (bold) and every other reference",
                "CEG of the frontier model (×, log scale)", years, List.of(), lines, List.of(), Math.max(lo / 2, 1e-8), hi * 2,
                y -> ComputeText.format(trend.compute(y)), null, List.of(), extrapolated));
        updateReadout();
    }

    private void updateReadout() {
        Dataset d = dataset();
        if (d.trend().isEmpty() || referenceId.get() == null) return;
        double year = state.yearProperty().get();
        ReferenceFrames.Point p = frames().frontier(referenceId.get(), year);
        String name = d.findAlgorithm(referenceId.get()).map(Algorithm::name).orElse("?");
        String ceg = p.ceg().isPresent() ? ComputeText.multiplier(p.ceg().getAsDouble()) + "×" : "unreachable";
        String growth = p.annualGrowth().isPresent()
                ? String.format(Locale.ROOT, "growing %.2f×/yr between innovations", Math.exp(p.annualGrowth().getAsDouble()))
                : "growth undefined";
        readout.set(String.format(Locale.ROOT, "%.1f (%s FLOP): the frontier model's CEG against %s is %s, %s", year,
                ComputeText.format(p.compute()), name, ceg, growth));
    }

    private void updateMatrix() {
        List<Algorithm> all = dataset().algorithms();
        if (!matrixActive.get()) return;
        if (all.size() > MATRIX_LIMIT) {
            matrix.set(new Matrix(List.of(), new String[0][0], new double[0][0], new String[0][0],
                    all.size() + " algorithms: the matrix shows at most " + MATRIX_LIMIT + "."));
            return;
        }
        double c = state.compute();
        CegMatrix m = new CegMatrix(dataset(), all, state.anchorProperty().get(), c);
        int n = all.size();
        String[][] cells = new String[n][n];
        double[][] defects = new double[n][n];
        String[][] notes = new String[n][n];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < n; k++) {
                CegResult cell = m.cell(r, k);
                // losses on different scales: no CEG, and the hover says why
                Comparability same = dataset().comparability(all.get(r), all.get(k));
                cells[r][k] = cell == null ? "—" : (cell.unreachable() ? "unreachable" : ComputeText.multiplier(cell.value()) + "×")
                        + (same.assumed() ? " *" : "");
                notes[r][k] = m.notComparable(r, k).orElse("");
            }
        }
        double worst = 0;
        String worstText = "";
        for (CegMatrix.Defect x : m.defects()) {
            if (x.value().isEmpty()) continue;
            double ln = Math.abs(Math.log(x.value().getAsDouble()));
            int a = index(all, x.a());
            int cc = index(all, x.c());
            if (ln > defects[a][cc]) {
                defects[a][cc] = ln;
                notes[a][cc] = String.format(Locale.ROOT, "via %s: CEG(%s→%s) × CEG(%s→%s) / CEG(%s→%s) = %.4g, off ×%s",
                        name(all, x.b()), name(all, x.a()), name(all, x.b()), name(all, x.b()), name(all, x.c()), name(all, x.a()), name(all, x.c()),
                        x.value().getAsDouble(), ComputeText.multiplier(Math.exp(ln)));
            }
            if (ln > worst) {
                worst = ln;
                worstText = String.format(Locale.ROOT, "%s → %s → %s, off ×%s", name(all, x.a()), name(all, x.b()), name(all, x.c()),
                        ComputeText.multiplier(Math.exp(ln)));
            }
        }
        // a cell resting on scales only assumed comparable says so first in its hover
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < n; k++) {
                Comparability same = dataset().comparability(all.get(r), all.get(k));
                if (same.assumed()) notes[r][k] = "* " + same.reason() + (notes[r][k].isEmpty() ? "" : "\n" + notes[r][k]);
            }
        }
        String summary = "Row = reference, column = candidate, at " + ComputeText.format(c) + " FLOP, anchored at the "
                + state.anchorProperty().get().id() + ". "
                + (worst > DEFECT_TOLERANCE ? "Highlighted cells do not compose through a third algorithm at this one compute (shaded by how far"
                + " off); the largest is " + worstText + ". Chained through matched computes instead, CEGs compose exactly: they differ only"
                + " because every pair is evaluated at the same compute."
                : "Every CEG composes (defects within 1%).") + " A dash: losses on different scales, no CEG."
                + (all.stream().anyMatch(x -> all.stream().anyMatch(y -> dataset().comparability(x, y).assumed()))
                ? " *: loss scales assumed comparable (a what-if, Algorithms > Loss Scales)." : "");
        matrix.set(new Matrix(all.stream().map(Algorithm::name).toList(), cells, defects, notes, summary));
    }

    private static int index(List<Algorithm> all, String id) {
        for (int i = 0; i < all.size(); i++) if (all.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException(id);
    }

    private static String name(List<Algorithm> all, String id) {
        return all.get(index(all, id)).name();
    }
}
