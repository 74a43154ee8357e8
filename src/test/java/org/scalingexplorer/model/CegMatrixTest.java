package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CegMatrixTest {
    private static Algorithm algo(String id, ScalingLaw law) {
        return new Algorithm(id, id, "", "", law, List.of(), Set.of(), false);
    }

    @Test
    void scaleInvariantGainsComposeExactly() {
        List<Algorithm> algos = List.of(algo("a", new PowerLaw(2, 50, -0.08)), algo("b", new PowerLaw(2, 40, -0.08)),
                algo("c", new PowerLaw(2, 30, -0.08)));
        CegMatrix m = new CegMatrix(algos, Anchor.REFERENCE, 1e21);
        assertEquals(6, m.defects().size());
        m.defects().forEach(d -> assertEquals(1.0, d.value().getAsDouble(), 1e-12));
        for (int i = 0; i < 3; i++) assertEquals(1.0, m.cell(i, i).value(), 1e-12);
        // entry (a, b): b over a = (40/50)^(1/-0.08)
        assertEquals(Math.pow(0.8, -12.5), m.cell(0, 1).value(), 1e-9);
    }

    /**
     * Different exponents: with the reference anchor at C, CEG(A->B) C_B-matched then CEG(B->C) evaluated at C (not at
     * C_B) does not compose. Hand closed form for three pure power laws with E = 0, L = A C^alpha:
     * CEG_ref(X over R at C) = (A_X/A_R)^(1/alpha_X) C^(1 - alpha_R/alpha_X).
     */
    @Test
    void scaleDependentGainsDoNotCompose() {
        PowerLaw a = new PowerLaw(0, 40, -0.06);
        PowerLaw b = new PowerLaw(0, 80, -0.09);
        PowerLaw c = new PowerLaw(0, 90, -0.12);
        double comp = 1e20;
        CegMatrix m = new CegMatrix(List.of(algo("a", a), algo("b", b), algo("c", c)), Anchor.REFERENCE, comp);
        double ab = Math.pow(80.0 / 40, 1 / -0.09) * Math.pow(comp, 1 - 0.06 / 0.09);
        double bc = Math.pow(90.0 / 80, 1 / -0.12) * Math.pow(comp, 1 - 0.09 / 0.12);
        double ac = Math.pow(90.0 / 40, 1 / -0.12) * Math.pow(comp, 1 - 0.06 / 0.12);
        CegMatrix.Defect abc = m.defects().stream().filter(d -> d.a().equals("a") && d.b().equals("b") && d.c().equals("c")).findFirst().orElseThrow();
        assertEquals(ab * bc / ac, abc.value().getAsDouble(), 1e-9 * ab * bc / ac);
        assertTrue(Math.abs(Math.log(abc.value().getAsDouble())) > 0.1);
    }
}
