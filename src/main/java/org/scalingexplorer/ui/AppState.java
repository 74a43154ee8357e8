package org.scalingexplorer.ui;

import java.nio.file.Path;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * The little state every part of the window shares: the dataset on screen, the reference frame, the anchor and the
 * compute at the cursor (as log10 FLOP, which is what a slider moves linearly). Passed to view models by constructor.
 */
public final class AppState {
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    /** The file the dataset came from; null for the bundled dataset. */
    private final ObjectProperty<Path> datasetFile = new SimpleObjectProperty<>(this, "datasetFile");
    private final StringProperty referenceId = new SimpleStringProperty(this, "referenceId");
    private final ObjectProperty<Anchor> anchor = new SimpleObjectProperty<>(this, "anchor", Anchor.REFERENCE);
    private final DoubleProperty log10Compute = new SimpleDoubleProperty(this, "log10Compute", 22);
    /** The dataset as it was opened, before innovation edits and what-if algorithms: what "Reset" restores. */
    private final ObjectProperty<Dataset> loaded = new SimpleObjectProperty<>(this, "loaded");
    /** Innovations switched off in the innovation table: left out of the attribution stack. */
    private final ObjectProperty<Set<String>> excludedInnovations = new SimpleObjectProperty<>(this, "excludedInnovations", Set.of());
    private final ObjectProperty<Attribution.Mode> attributionMode = new SimpleObjectProperty<>(this, "attributionMode", Attribution.Mode.FRONTIER);
    /** The side panel's year cursor (fractional years allowed). */
    private final DoubleProperty year = new SimpleDoubleProperty(this, "year", 2025);

    /** Fits put into the dataset, in the order they were applied. */
    private final ObjectProperty<List<AppliedFit>> fits = new SimpleObjectProperty<>(this, "fits", List.of());
    /** The bootstrap of the active fits, carried into every CEG and attribution total; follows {@link #fits}. */
    private final ReadOnlyObjectWrapper<Uncertainty> uncertainty = new ReadOnlyObjectWrapper<>(this, "uncertainty", Uncertainty.none());
    /** Notable models imported from Epoch AI's CSV, shown against the attribution's compute axis. */
    private final ObjectProperty<List<NotableModel>> notableModels = new SimpleObjectProperty<>(this, "notableModels", List.of());

    /** The window's theme; charts and stylesheets follow it. */
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** Series drawn in the Okabe-Ito palette whatever colours the dataset names. */
    private final javafx.beans.property.BooleanProperty colorBlindSafe = new javafx.beans.property.SimpleBooleanProperty(this, "colorBlindSafe");

    /** The significant figures every number on screen is shown with (the engine's number style follows it). */
    private final javafx.beans.property.IntegerProperty digits = new javafx.beans.property.SimpleIntegerProperty(this, "digits",
            org.scalingexplorer.model.Numbers.DEFAULT_DIGITS);

    /** What the frames chart measures the frontier against; null for the dataset's baseline. */
    private final StringProperty framesReferenceId = new SimpleStringProperty(this, "framesReferenceId");
    /** The fixed computes of the By scale chart. */
    private final ObjectProperty<List<Double>> scaleComputes = new SimpleObjectProperty<>(this, "scaleComputes",
            org.scalingexplorer.figure.FigureState.DEFAULT_SCALE_COMPUTES);

    /** Present mode's story of saved views (kept in workspaces). */
    private final javafx.collections.ObservableList<org.scalingexplorer.model.Workspace.Keyframe> story =
            javafx.collections.FXCollections.observableArrayList();
    /** The side panel's tab, and whether the panel shows. */
    private final javafx.beans.property.IntegerProperty sideTab = new javafx.beans.property.SimpleIntegerProperty(this, "sideTab");
    private final javafx.beans.property.BooleanProperty sidePanel = new javafx.beans.property.SimpleBooleanProperty(this, "sidePanel", true);
    /** Counts requests to stop a playback under way (e.g. a workspace opened); present mode stops at each. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper playbackStops = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "playbackStops");

    public AppState(Dataset initial) {
        digits.addListener((o, was, now) -> org.scalingexplorer.model.Numbers.setDigits(now.intValue()));
        fits.addListener((o, was, now) -> uncertainty.set(Uncertainty.ofFits(now)));
        loaded.set(initial);
        dataset.set(initial);
        referenceId.set(initial.algorithms().get(0).id());
        // a new dataset may not have the current reference: fall back to its first algorithm
        dataset.addListener((o, was, now) -> {
            if (now == null) return;
            // a fitted algorithm taken out of the dataset takes its fit (and its uncertainty) with it
            if (fits.get().stream().anyMatch(f -> now.findAlgorithm(f.algorithmId()).isEmpty())) {
                fits.set(fits.get().stream().filter(f -> now.findAlgorithm(f.algorithmId()).isPresent()).toList());
            }
            if (now.findAlgorithm(referenceId.get()).isEmpty()) referenceId.set(now.algorithms().get(0).id());
        });
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public javafx.collections.ObservableList<org.scalingexplorer.model.Workspace.Keyframe> story() {
        return story;
    }

    public javafx.beans.property.IntegerProperty sideTabProperty() {
        return sideTab;
    }

    public javafx.beans.property.BooleanProperty sidePanelProperty() {
        return sidePanel;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty playbackStopsProperty() {
        return playbackStops.getReadOnlyProperty();
    }

    /** Asks present mode to stop a playback under way. */
    public void stopPlayback() {
        playbackStops.set(playbackStops.get() + 1);
    }

    public StringProperty framesReferenceIdProperty() {
        return framesReferenceId;
    }

    public ObjectProperty<List<Double>> scaleComputesProperty() {
        return scaleComputes;
    }

    /** The state every figure is drawn from, as one value (the window's charts and its exports draw from this). */
    public org.scalingexplorer.figure.FigureState figureState() {
        return new org.scalingexplorer.figure.FigureState(dataset.get(), referenceId.get(), anchor.get(), compute(), year.get(),
                attributionMode.get(), excludedInnovations.get(), uncertainty.get(), notableModels.get(), colorBlindSafe.get(),
                framesReferenceId.get(), scaleComputes.get());
    }

    public ObjectProperty<Path> datasetFileProperty() {
        return datasetFile;
    }

    public StringProperty referenceIdProperty() {
        return referenceId;
    }

    public ObjectProperty<Anchor> anchorProperty() {
        return anchor;
    }

    public DoubleProperty log10ComputeProperty() {
        return log10Compute;
    }

    /** Shows a newly opened dataset: it becomes both the loaded and the working dataset, with no edits. */
    public void load(Dataset d, Path file) {
        excludedInnovations.set(Set.of());
        fits.set(List.of());
        datasetFile.set(file);
        loaded.set(d);
        dataset.set(d);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public javafx.beans.property.BooleanProperty colorBlindSafeProperty() {
        return colorBlindSafe;
    }

    public javafx.beans.property.IntegerProperty digitsProperty() {
        return digits;
    }

    /** An algorithm's series colour: the dataset's, or the palette's when it names none or the safe palette is on. */
    public String colorOf(org.scalingexplorer.model.Algorithm a) {
        return org.scalingexplorer.figure.Palette.colorOf(dataset.get(), a, colorBlindSafe.get());
    }

    public ObjectProperty<List<AppliedFit>> fitsProperty() {
        return fits;
    }

    public ReadOnlyObjectProperty<Uncertainty> uncertaintyProperty() {
        return uncertainty.getReadOnlyProperty();
    }

    public Uncertainty uncertainty() {
        return uncertainty.get();
    }

    public ObjectProperty<List<NotableModel>> notableModelsProperty() {
        return notableModels;
    }

    /**
     * Puts a fit into the dataset: its fitted algorithm replaces the one with its id, or is added when there is
     * none. The fits change before the dataset, so views that follow the dataset see the new uncertainty.
     */
    public void apply(AppliedFit fit) {
        apply(fit, null);
    }

    /** The same, declaring {@code scale} among the dataset's loss scales first (null to declare none). */
    public void apply(AppliedFit fit, org.scalingexplorer.model.LossScale scale) {
        List<AppliedFit> list = new java.util.ArrayList<>(fits.get());
        list.removeIf(f -> f.algorithmId().equals(fit.algorithmId()));
        list.add(fit);
        Dataset d = scale == null ? dataset.get() : dataset.get().withLossScale(scale);
        Dataset next = d.findAlgorithm(fit.algorithmId()).isPresent()
                ? d.mapAlgorithm(fit.algorithmId(), a -> fit.fitted())
                : d.withAlgorithms(java.util.stream.Stream.concat(d.algorithms().stream(), java.util.stream.Stream.of(fit.fitted())).toList());
        fits.set(List.copyOf(list));
        dataset.set(next);
    }

    /** Switches an algorithm whose law a fit replaced between the fitted law ({@code on}) and the dataset's own. */
    public void useFit(String algorithmId, boolean on) {
        List<AppliedFit> list = new java.util.ArrayList<>(fits.get());
        for (int i = 0; i < list.size(); i++) {
            AppliedFit f = list.get(i);
            if (!f.algorithmId().equals(algorithmId) || !f.replaces() || f.active() == on) continue;
            list.set(i, f.withActive(on));
            fits.set(List.copyOf(list));
            dataset.set(dataset.get().mapAlgorithm(algorithmId, a -> on ? f.fitted() : f.original()));
            return;
        }
    }

    public ObjectProperty<Dataset> loadedProperty() {
        return loaded;
    }

    public ObjectProperty<Set<String>> excludedInnovationsProperty() {
        return excludedInnovations;
    }

    public ObjectProperty<Attribution.Mode> attributionModeProperty() {
        return attributionMode;
    }

    public DoubleProperty yearProperty() {
        return year;
    }

    public double compute() {
        return Math.pow(10, log10Compute.get());
    }
}
