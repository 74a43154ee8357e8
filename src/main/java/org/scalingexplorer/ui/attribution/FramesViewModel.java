package org.scalingexplorer.ui.attribution;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.FramesFigure;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ReferenceFrames;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.Lists;
import org.scalingexplorer.ui.WindowState;

/**
 * The reference-frame view: the frontier sequence's CEG against a reference the user picks, over the years, with
 * its growth; and the pairwise CEG matrix at the slider's compute with its transitivity defects.
 */
public final class FramesViewModel {
    /** The matrix is for reading, not scrolling: beyond this many algorithms it is not drawn. */
    public static final int MATRIX_LIMIT = FramesFigure.MATRIX_LIMIT;
    static final double CHART_TO = FramesFigure.CHART_TO;

    private final AppState state;
    private final StringProperty referenceId;
    private final BooleanProperty matrixActive = new SimpleBooleanProperty(this, "matrixActive", true);
    private final ObservableList<Choice> references = FXCollections.observableArrayList();
    private final ObservableList<FramesFigure.FrameRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearData.Plot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyObjectWrapper<FramesFigure.Matrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private final ShownTab shown = new ShownTab(ShownTab.FRAMES);

    public FramesViewModel(AppState state) {
        this.state = state;
        this.referenceId = state.stringField(s -> s.figureState().framesReference(), WindowState::setFramesReference);
        state.stateProperty().addListener((o, was, now) -> changed(was, now));
        matrixActive.addListener((o, was, now) -> updateMatrix());
        rebuild();
    }

    private void changed(WindowState was, WindowState now) {
        if (!shown.derive(now, this::rebuild)) return;
        WindowState.View a = was.view();
        WindowState.View b = now.view();
        if (was.dataset() != now.dataset()) {
            rebuild();
            return;
        }
        boolean frames = a.colorBlindSafe() != b.colorBlindSafe() || a.digits() != b.digits() || !was.excluded().equals(now.excluded())
                || a.anchor() != b.anchor() || !Objects.equals(a.framesReference(), b.framesReference());
        if (frames) refresh();
        else if (a.year() != b.year()) updateReadout();
        if (a.anchor() != b.anchor() || a.log10Compute() != b.log10Compute() || a.digits() != b.digits()) updateMatrix();
    }

    /** The algorithm the frontier is measured against; any algorithm of the dataset, what-ifs included. */
    public StringProperty referenceIdProperty() {
        return referenceId;
    }

    public ObservableList<Choice> references() {
        return references;
    }

    /** One row per possible reference, with the frontier's CEG in the last year and its growth. */
    public ObservableList<FramesFigure.FrameRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<YearData.Plot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FramesFigure.Matrix> matrixProperty() {
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
        return new ReferenceFrames(dataset(), state.get().excluded(), state.view().anchor());
    }

    private void rebuild() {
        // replaced only when they differ: a box whose items are replaced by equal ones goes blank
        List<Choice> choices = dataset().algorithms().stream()
                .map(a -> new Choice(a.id(), a.name() + (a.whatIf() ? " (what-if)" : ""))).toList();
        Lists.update(references, choices);
        refresh();
        updateMatrix();
    }

    /** The frontier's CEG against {@code reference} in {@code year}, or empty (no trend, or unreachable). */
    public OptionalDouble cegAt(String reference, double year) {
        if (dataset().trend().isEmpty()) return OptionalDouble.empty();
        return frames().frontier(reference, year).ceg();
    }

    private void refresh() {
        FramesFigure.Frames f = FramesFigure.frames(state.figureState());
        plot.set(f.plot());
        rows.setAll(f.rows());
        updateReadout();
    }

    private void updateReadout() {
        readout.set(FramesFigure.readout(state.figureState()));
    }

    private void updateMatrix() {
        if (matrixActive.get()) matrix.set(FramesFigure.matrix(state.figureState()));
    }
}
