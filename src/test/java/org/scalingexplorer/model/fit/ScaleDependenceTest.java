package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.model.ComputeRange;

/** Scale dependence from two frontiers, against closed forms for power laws with one E. */
class ScaleDependenceTest {
    static final Frontier.Options O = new Frontier.Options(1.9, new ComputeRange(1e15, 1.2e18), Frontier.Method.ENVELOPE);

    static Frontier.Result fit(double a, double alpha) {
        return Frontier.fit(FrontierTest.family(1.9, a, alpha, new double[8]), O, 200, 3, 0.95);
    }

    /**
     * Same exponent, A 80 against 60: 60 C'^-0.09 = 80 C^-0.09 gives C / C' = (80/60)^(1/0.09) = 24.5 at every
     * compute; the exponents' difference is 0 (to rounding) in every draw.
     */
    @Test
    void aConstantGainIsScaleInvariant() {
        ScaleDependence d = ScaleDependence.of(fit(80, -0.09), fit(60, -0.09), 0.95);
        assertFalse(d.scaleDependent());
        assertEquals(0, d.alphaDifference(), 1e-12);
        double m = Math.pow(80.0 / 60, 1 / 0.09);
        assertEquals(m, d.cegLow().getAsDouble(), m * 1e-6);
        assertEquals(m, d.cegHigh().getAsDouble(), m * 1e-6);
        assertEquals(1, d.perDecade().getAsDouble(), 1e-6);
        assertTrue(d.verdict().startsWith("scale-invariant"), d.verdict());
    }

    /**
     * alpha -0.09 against -0.11 (same A): CEG = C / C' with A C'^-0.11 = A C^-0.09, so CEG = C^(1 - 0.09/0.11), which
     * grows 10^(1 - 9/11) = 1.52-fold per decade.
     */
    @Test
    void aSteeperVariantIsScaleDependentWithItsGrowthPerDecade() {
        ScaleDependence d = ScaleDependence.of(fit(80, -0.09), fit(80, -0.11), 0.95);
        assertTrue(d.scaleDependent());
        assertEquals(-0.02, d.alphaDifference(), 1e-9);
        assertFalse(d.interval().orElseThrow().contains(0), d.interval().toString());
        assertEquals(Math.pow(10, 1 - 0.09 / 0.11), d.perDecade().getAsDouble(), 1e-6);
        // the first logged point in the window (the runs log every 10^(6/59) from 1e13)
        assertTrue(d.range().orElseThrow().min() >= 1e15 && d.range().orElseThrow().min() < 1.1e15, d.range().toString());
        assertTrue(d.verdict().contains("1.52-fold per decade"), d.verdict());
    }
}
