package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * Issue 28: the allocation chart says why its compute-optimal split is 62.6 tokens per parameter, not the familiar
 * ~20. The ratios come again from the closed form of L = E + A/N^alpha + B/D^beta minimised with D = C / (6N):
 * N_opt = G (C/6)^(beta/(alpha+beta)), G = (alpha A / (beta B))^(1/(alpha+beta)) (Hoffmann et al. 2022, eq. 4).
 */
class AllocationNotesTest {
    static double ratio(double c) {
        double a = 406.4;
        double b = 410.7;
        double alpha = 0.34;
        double beta = 0.28;
        double g = Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        double n = g * Math.pow(c / 6, beta / (alpha + beta));
        return c / (6 * n) / n;
    }

    @Test
    void theComputeOptimalSplitIsExplained() {
        List<String> notes = Figures.allocationNotes(BundledDatasets.paper(), 1e22);
        assertEquals(1, notes.size(), notes.toString());
        String n = notes.get(0);
        assertEquals(62.6, ratio(1e22), 0.05);
        assertTrue(n.startsWith(String.format(Locale.ROOT, "Transformer, Chinchilla allocation: %.1f tokens per parameter at 1.00×10²² FLOP", ratio(1e22))), n);
        assertTrue(n.contains(String.format(Locale.ROOT, "(%.1f at 10¹⁸, %.1f at 10²⁴ FLOP)", ratio(1e18), ratio(1e24))), n);
        assertTrue(n.contains("the familiar ~20"), n);
    }
}
