package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;

/** Against Hoffmann et al.'s closed form for the compute-optimal split and Kaplan et al.'s rule, by hand. */
class AllocationViewTest {
    static final double E = 1.69;
    static final double A = 406.4;
    static final double B = 410.7;
    static final double ALPHA = 0.34;
    static final double BETA = 0.28;

    @Test
    void bothAllocationsAtOneComputeMatchTheirFormulas() {
        double c = 1e22;
        List<AllocationView.Row> rows = AllocationView.at(BundledDatasets.paper(), c);
        assertEquals(2, rows.size());
        AllocationView.Row kaplan = rows.get(0);
        AllocationView.Row chinchilla = rows.get(1);
        double nKaplan = 1.3e9 * Math.pow(c / 8.64e19, 0.73);
        assertEquals(nKaplan, kaplan.parameters(), nKaplan * 1e-12);
        assertEquals(c / (6 * nKaplan), kaplan.tokens(), c / (6 * nKaplan) * 1e-12);
        // Hoffmann et al. eq. 4: N_opt = G (C/6)^(beta/(alpha+beta)), G = (alpha A / (beta B))^(1/(alpha+beta))
        double g = Math.pow(ALPHA * A / (BETA * B), 1 / (ALPHA + BETA));
        double nOpt = g * Math.pow(c / 6, BETA / (ALPHA + BETA));
        assertEquals(nOpt, chinchilla.parameters(), nOpt * 1e-12);
        double dOpt = c / (6 * nOpt);
        assertEquals(dOpt / nOpt, chinchilla.tokensPerParameter(), 1e-9 * dOpt / nOpt);
        assertEquals(E + A / Math.pow(nOpt, ALPHA) + B / Math.pow(dOpt, BETA), chinchilla.loss(), 1e-12);
        assertTrue(chinchilla.loss() < kaplan.loss(), "the compute-optimal split reaches the lower loss");
        assertEquals("N = 1.30×10⁹ (C / 8.64×10¹⁹)^0.73", kaplan.rule());
    }

    @Test
    void theIsoFlopCurveHasItsMinimumAtTheComputeOptimalSize() {
        ParametricLaw law = (ParametricLaw) BundledDatasets.paper().algorithm("chinchilla-allocation").law();
        double c = 1e21;
        double nOpt = law.parameters(c);
        List<AllocationView.Point> curve = AllocationView.isoFlop(law, c, nOpt / 100, nOpt * 100, 401);
        AllocationView.Point best = curve.stream().min(Comparator.comparingDouble(AllocationView.Point::loss)).orElseThrow();
        // the grid steps by 10^(4/400) = 2.3%: the best grid point lies within one step of the closed-form optimum
        assertEquals(0, Math.log10(best.parameters() / nOpt), 0.01 + 1e-12);
        assertEquals(law.loss(c), best.loss(), 1e-4);
    }
}
