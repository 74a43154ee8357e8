package org.scalingexplorer.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.model.fit.Curve;

/** Every runs tab lists the imported algorithms the same way: a new import keeps the choice while its runs remain. */
class AlgorithmChoicesTest {
    private static RunsSession.Imported of(String... algorithms) {
        List<Curve> curves = Arrays.stream(algorithms).map(a -> new Curve(a + ".csv", a, 0, 1, new double[] {1e15, 1e16}, new double[] {4, 3}))
                .toList();
        CurvesReader.Result r = new CurvesReader.Result(curves, List.of(), List.of(), Map.of(), curves.size(), Set.of());
        return new RunsSession.Imported(r, CurveLayout.paper(CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER), List.of());
    }

    @Test
    void aNewImportKeepsTheChoiceWhileItsRunsRemain() {
        ObservableList<String> names = FXCollections.observableArrayList();
        StringProperty chosen = new SimpleStringProperty();
        assertEquals(List.of(), AlgorithmChoices.show(names, chosen, null));
        assertNull(chosen.get(), "nothing to choose before an import");
        AlgorithmChoices.show(names, chosen, of("lstm", "transformer"));
        assertEquals(List.of("lstm", "transformer"), names);
        assertEquals("lstm", chosen.get(), "the first, when nothing was chosen");
        chosen.set("transformer");
        AlgorithmChoices.show(names, chosen, of("lstm", "transformer", "moe"));
        assertEquals("transformer", chosen.get(), "kept: its runs are still there");
        AlgorithmChoices.show(names, chosen, of("moe", "lstm"));
        assertEquals("moe", chosen.get(), "its runs are gone: the first");
        AlgorithmChoices.show(names, chosen, null);
        assertEquals(List.of(), names);
        assertNull(chosen.get());
    }
}
