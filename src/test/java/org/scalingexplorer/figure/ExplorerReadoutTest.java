package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;

/** The one-line readout above the CEG table: every candidate while they fit a line or two, then the first seven and a count. */
class ExplorerReadoutTest {
    /** {@code n} power laws L = 1 + (10 + i) C^-0.1: against the first, the i-th has CEG (1 + i/10)^-10 at any compute. */
    static Dataset laws(int n) {
        List<Algorithm> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(new Algorithm("a" + i, "Algo " + i, "", "", new PowerLaw(1, 10 + i, -0.1), List.of(), Set.of(), false));
        return BundledDatasets.paper().withInnovations(List.of()).withAlgorithms(all);
    }

    /** "Algo 3 0.0751×": the candidate's CEG by the closed form above. */
    static String entry(int i) {
        return "Algo " + i + " " + Numbers.times(Math.pow(1 + i / 10.0, -10));
    }

    @Test
    void eightCandidatesAreAllNamed() {
        List<String> entries = new ArrayList<>();
        for (int i = 1; i <= 8; i++) entries.add(entry(i));
        assertEquals("At 1.00×10²² FLOP, compute-equivalent gains (CEG) against Algo 0: " + String.join(", ", entries),
                ExplorerFigure.cursor(FigureState.of(laws(9))).readout());
    }

    @Test
    void moreAreCountedNotNamed() {
        List<String> entries = new ArrayList<>();
        for (int i = 1; i <= 7; i++) entries.add(entry(i));
        String readout = ExplorerFigure.cursor(FigureState.of(laws(50))).readout();
        // 49 candidates: seven named, 42 counted
        assertEquals("At 1.00×10²² FLOP, compute-equivalent gains (CEG) against Algo 0: " + String.join(", ", entries) + " and 42 more in the table",
                readout);
        assertFalse(readout.contains("Algo 8"));
    }

    @Test
    void theReferenceAloneHasNothingToList() {
        assertEquals("At 1.00×10²² FLOP, compute-equivalent gains (CEG) against Algo 0:", ExplorerFigure.cursor(FigureState.of(laws(1))).readout());
    }
}
