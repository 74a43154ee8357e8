package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.ui.AppState;

/**
 * Where the numbers that came from runs come from: every fitted law in the dataset (from training curves or a runs
 * CSV) and every innovation measured from runs, with its provenance in words. Follows the dataset as it changes.
 */
public final class ProvenanceViewModel {
    /** One law or innovation and where it came from. */
    public record Row(String kind, String name, String provenance) {
    }

    private final AppState state;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ProvenanceViewModel(AppState state) {
        this.state = state;
        state.stateProperty().addListener((o, was, now) -> {
            if (was.work() != now.work()) rebuild();
        });
        rebuild();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    private void rebuild() {
        Dataset d = state.dataset();
        List<Row> out = new ArrayList<>();
        for (AppliedFit f : state.get().fits()) {
            String name = d.findAlgorithm(f.algorithmId()).map(Algorithm::name).orElse(f.algorithmId());
            String status = f.replaces() ? (f.active() ? " (fitted law in use)" : " (the dataset's law in use)") : "";
            String text = FromRuns.fromRuns(f.fitted().description()) ? f.fitted().description() : f.source();
            out.add(new Row("Law", name + status, text));
        }
        for (Innovation i : d.innovations()) {
            if (FromRuns.fromRuns(i.source())) out.add(new Row("Innovation", i.name(), i.source()));
        }
        rows.setAll(out);
    }
}
