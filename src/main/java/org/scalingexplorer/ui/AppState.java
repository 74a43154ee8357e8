package org.scalingexplorer.ui;

import java.nio.file.Path;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Set;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;

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

    public AppState(Dataset initial) {
        loaded.set(initial);
        dataset.set(initial);
        referenceId.set(initial.algorithms().get(0).id());
        // a new dataset may not have the current reference: fall back to its first algorithm
        dataset.addListener((o, was, now) -> {
            if (now != null && now.findAlgorithm(referenceId.get()).isEmpty()) referenceId.set(now.algorithms().get(0).id());
        });
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public Dataset dataset() {
        return dataset.get();
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
        datasetFile.set(file);
        loaded.set(d);
        dataset.set(d);
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
