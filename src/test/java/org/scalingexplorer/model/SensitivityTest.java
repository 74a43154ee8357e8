package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * The 2025 frontier total has a closed form: from 2022 on the Transformer's multiplier (net of rebalancing) times the
 * rebalancing is the candidate-anchored CEG of the 2017 Transformer over the LSTM,
 * (A_T / A_L)^(1 / alpha_L) C^(alpha_T / alpha_L - 1), times the constant multipliers; C = 1e16 g^12. Each row of the
 * sensitivity is checked against that formula with the one input moved, and the effect of a small move against a
 * central finite difference of the formula.
 */
class SensitivityTest {
    static final Dataset PAPER = BundledDatasets.paper();
    static final double SI = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;

    static double total(double aL, double alphaL, double aT, double alphaT, double growth) {
        double c = 1e16 * Math.pow(growth, 12);
        return Math.pow(aT / aL, 1 / alphaL) * Math.pow(c, alphaT / alphaL - 1) * SI;
    }

    static Map<String, Sensitivity.Row> rows(double delta) {
        return Sensitivity.of(PAPER, 2025, delta).rows().stream().collect(Collectors.toMap(Sensitivity.Row::input, r -> r));
    }

    @Test
    void eachRowIsTheClosedFormWithThatInputMoved() {
        Map<String, Sensitivity.Row> r = rows(0.1);
        double rel = 1e-6;
        assertEquals(total(36.3, -0.065 * 0.9, 81.7, -0.091, 4.1), r.get("LSTM alpha").low().total().getAsDouble(), total(36.3, -0.0585, 81.7, -0.091, 4.1) * rel);
        assertEquals(total(36.3, -0.065 * 1.1, 81.7, -0.091, 4.1), r.get("LSTM alpha").high().total().getAsDouble(), total(36.3, -0.0715, 81.7, -0.091, 4.1) * rel);
        assertEquals(total(36.3, -0.065, 81.7 * 1.1, -0.091, 4.1), r.get("Transformer (2017) A").high().total().getAsDouble(),
                total(36.3, -0.065, 89.87, -0.091, 4.1) * rel);
        assertEquals(total(36.3, -0.065, 81.7, -0.091, 4.1 * 0.9), r.get("compute trend growth").low().total().getAsDouble(),
                total(36.3, -0.065, 81.7, -0.091, 3.69) * rel);
        // a constant multiplier moves in log space, m^1.1: the total by m^0.1 (2^0.1 for Mixture of Experts, 1.0088^0.1 for cosine)
        assertEquals(total(36.3, -0.065, 81.7, -0.091, 4.1) * Math.pow(2, 0.1), r.get("Mixture of Experts multiplier").high().total().getAsDouble(),
                total(36.3, -0.065, 81.7, -0.091, 4.1) * rel);
        assertEquals(total(36.3, -0.065, 81.7, -0.091, 4.1) * Math.pow(1.0088, -0.1),
                r.get("Inverse-sqrt to cosine LR schedule multiplier").low().total().getAsDouble(), total(36.3, -0.065, 81.7, -0.091, 4.1) * rel);
        Sensitivity.Row cosine = r.get("Inverse-sqrt to cosine LR schedule multiplier");
        assertEquals(Math.pow(1.0088, 0.9), cosine.lowValue(), 1e-12);
        assertTrue(cosine.lowValue() > 1, "a gain moved in log space stays a gain");
        assertEquals("^0.900 = " + Numbers.parameter(Math.pow(1.0088, 0.9)), cosine.lowMove());
        // a negative exponent × 1.1 is more negative: said as what was done, never "down"
        assertEquals("× 0.900 = " + Numbers.parameter(-0.0585), r.get("LSTM alpha").lowMove());
        assertEquals("× 1.10 = " + Numbers.parameter(-0.0715), r.get("LSTM alpha").highMove());
    }

    /**
     * Inputs that do not move the total say why. In 2025 the 2017 Transformer's innovation is net of the Chinchilla
     * rebalancing: their product is the raw CEG, so the allocations' laws move the split, not the total. The modern
     * Transformer's law is used by no active innovation. E moves the total: the closed form above assumes one E.
     */
    @Test
    void inputsWithNoEffectSayWhy() {
        Map<String, Sensitivity.Row> r = rows(0.1);
        assertEquals("no effect on the total: LSTM to Transformer is net of Kaplan to Chinchilla rebalancing, so their product does not depend on it "
                + "(it moves the split between them, not the total)", r.get("Transformer, Kaplan allocation beta").noEffect().orElseThrow());
        assertEquals("no effect: no innovation active in 2025 uses this law", r.get("Transformer (modern) alpha").noEffect().orElseThrow());
        assertTrue(r.get("LSTM alpha").noEffect().isEmpty());
        assertTrue(r.get("LSTM E").effect() > 0, "E is moved too");
        // both are scale-dependent, so the scale-dependent share stays too
        Sensitivity.Row beta = r.get("Transformer, Kaplan allocation beta");
        assertEquals(beta.low().share().getAsDouble(), beta.high().share().getAsDouble(), 1e-9);
        // before an innovation is active, its multiplier does nothing
        Sensitivity.Row moe2019 = Sensitivity.of(PAPER, 2019, 0.1).rows().stream().filter(x -> x.input().startsWith("Mixture")).findFirst().orElseThrow();
        assertEquals("no effect: not active until 2021", moe2019.noEffect().orElseThrow());
    }

    /** The rows come sorted by effect, and the two exponents lead: the paper's point that the total rests on them. */
    @Test
    void theExponentsMoveTheTotalMost() {
        var result = Sensitivity.of(PAPER, 2025, 0.1);
        assertTrue(result.rows().get(0).input().endsWith("alpha") && result.rows().get(1).input().endsWith("alpha"),
                result.rows().get(0).input() + ", " + result.rows().get(1).input());
        for (int i = 1; i < result.rows().size(); i++) assertTrue(result.rows().get(i - 1).effect() >= result.rows().get(i).effect());
        assertEquals(total(36.3, -0.065, 81.7, -0.091, 4.1), result.central().total().getAsDouble(), 1e-6 * result.central().total().getAsDouble());
    }

    /** A small move: d ln(total) / d alpha_L from the engine's rows against a central difference of the closed form. */
    @Test
    void aSmallMoveMatchesACentralFiniteDifference() {
        double delta = 1e-4;
        Sensitivity.Row row = rows(delta).get("LSTM alpha");
        double h = 1e-7;
        double derivative = (Math.log(total(36.3, -0.065 + h, 81.7, -0.091, 4.1)) - Math.log(total(36.3, -0.065 - h, 81.7, -0.091, 4.1))) / (2 * h);
        double fromRows = (Math.log(row.high().total().getAsDouble()) - Math.log(row.low().total().getAsDouble())) / (2 * delta * -0.065);
        assertEquals(derivative, fromRows, Math.abs(derivative) * 1e-5);
    }

    @Test
    void aDeltaOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(PAPER, 2025, 0));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(PAPER, 2025, 1));
    }

    /**
     * The paper's figure: with the Transformer's exponent moved so the gap to the LSTM's is scaled by k,
     * alpha_T' = -0.065 + k (-0.091 + 0.065), the 2025 total is the closed form with that exponent; at k = 1 it is the
     * central total.
     */
    @Test
    void theExponentGapCurveIsTheClosedFormWithTheGapScaled() {
        var points = Sensitivity.exponentGap(PAPER, Set.of(), 2025, new double[] {0.75, 1.0, 1.25});
        assertEquals(3, points.size());
        for (var p : points) {
            double alphaT = -0.065 + p.scale() * (-0.091 + 0.065);
            double expected = total(36.3, -0.065, 81.7, alphaT, 4.1);
            assertEquals(expected, p.outcome().total().getAsDouble(), expected * 1e-6, "at x" + p.scale());
        }
        assertEquals("LSTM to Transformer", Sensitivity.gapInnovation(PAPER, Set.of()).orElseThrow());
        // a wider gap: more of the total is scale-dependent
        assertTrue(points.get(2).outcome().share().getAsDouble() > points.get(0).outcome().share().getAsDouble());
    }
}
