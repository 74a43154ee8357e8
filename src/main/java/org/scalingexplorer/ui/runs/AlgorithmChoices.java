package org.scalingexplorer.ui.runs;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** The algorithms of the imported runs, as a tab's choice box lists them, and the one it has chosen. */
final class AlgorithmChoices {
    private AlgorithmChoices() {
    }

    /**
     * Lists the algorithms of {@code in} (none before an import) and keeps the chosen one while its runs are still
     * there, else chooses the first; returns the names.
     */
    static List<String> show(ObservableList<String> names, StringProperty chosen, RunsSession.Imported in) {
        List<String> now = in == null ? List.of() : List.copyOf(in.byAlgorithm().keySet());
        names.setAll(now);
        String was = chosen.get();
        chosen.set(now.isEmpty() ? null : was != null && now.contains(was) ? was : now.get(0));
        return now;
    }
}
