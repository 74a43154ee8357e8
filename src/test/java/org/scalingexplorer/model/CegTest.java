package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CegTest {
    static final PowerLaw LSTM = new PowerLaw(1.9, 36.3, -0.065, Optional.of(new ComputeRange(4e12, 1.5e17)));
    static final PowerLaw T2017 = new PowerLaw(1.9, 81.7, -0.091, Optional.of(new ComputeRange(4e12, 1.5e17)));
    static final PowerLaw MODERN = new PowerLaw(1.9, 88.0, -0.094);

    /** Expected values: Python bisection on log10 C of the other law (no closed form involved). */
    @ParameterizedTest
    @CsvSource({
            "REFERENCE, 1e22, 259.48731806",
            "CANDIDATE, 1e22, 2397.52195228"})
    void transformerOverLstm(Anchor anchor, double c, double expected) {
        assertEquals(expected, Ceg.between(LSTM, T2017, anchor, c).value(), expected * 1e-8);
    }

    @Test
    void modernTransformerOverLstmAtTheReferenceAnchor() {
        assertEquals(496.59174834, Ceg.between(LSTM, MODERN, Anchor.REFERENCE, 1e22).value(), 1e-6);
    }

    @Test
    void resultsOutsideTheMeasuredRangeAreFlagged() {
        assertTrue(Ceg.between(LSTM, T2017, Anchor.REFERENCE, 1e22).extrapolated());
        // inside: LSTM at 1e16 matched by the Transformer at ~6.8e13, both within [4e12, 1.5e17]
        CegResult inside = Ceg.between(LSTM, T2017, Anchor.REFERENCE, 1e16);
        assertFalse(inside.extrapolated());
    }

    @Test
    void targetBelowTheOtherFloorIsUnreachableNeverNaN() {
        PowerLaw highFloor = new PowerLaw(3.0, 10, -0.1);
        PowerLaw lowFloor = new PowerLaw(1.0, 10, -0.1);
        // the low-floor law reaches 2.0 at some compute; the high-floor law never does
        CegResult r = Ceg.between(highFloor, lowFloor, Anchor.CANDIDATE, lowFloor.computeForLoss(2.0).getAsDouble());
        assertTrue(r.unreachable());
        assertTrue(r.ceg().isEmpty());
        assertTrue(r.extrapolated());
        CegResult other = Ceg.between(lowFloor, highFloor, Anchor.REFERENCE, 1e30);
        assertTrue(other.unreachable());
    }

    @Test
    void lawAgainstItselfIsOneAtAnyCompute() {
        for (ScalingLaw law : new ScalingLaw[] {LSTM, LawsTest.KAPLAN, LawsTest.CHINCHILLA}) {
            for (double c = 1e10; c < 1e30; c *= 31.6) {
                for (Anchor a : Anchor.values()) {
                    assertEquals(1.0, Ceg.between(law, law, a, c).value(), 1e-9, law + " at " + c);
                }
            }
        }
    }

    @Test
    void equalExponentsGiveAConstantCeg() {
        PowerLaw r = new PowerLaw(1.9, 50, -0.08);
        PowerLaw x = new PowerLaw(1.9, 40, -0.08);
        // (A_X / A_R)^(1/alpha) = 0.8^(-12.5)
        double expected = Math.pow(0.8, -12.5);
        for (double c = 1e12; c < 1e28; c *= 100) {
            for (Anchor a : Anchor.values()) {
                assertEquals(expected, Ceg.between(r, x, a, c).value(), expected * 1e-12);
            }
        }
    }

    /** Rebalancing gain, Python: compute-optimal vs Kaplan allocation, reference anchor (ternary search + bisection). */
    @ParameterizedTest
    @CsvSource({"1e20, 1.21783841", "1e22, 3.39427374"})
    void chinchillaRebalancing(double c, double expected) {
        assertEquals(expected, Ceg.between(LawsTest.KAPLAN, LawsTest.CHINCHILLA, Anchor.REFERENCE, c).value(), 1e-6);
    }

    /** Seeded random laws over the range real fits span: E in [0, 3], A in [1, 400], alpha in [-0.5, -0.02], C in [1e8, 1e28]. */
    static Stream<Arguments> randomPowerLawPairs() {
        Random rnd = new Random(20251124);
        return IntStream.range(0, 500).mapToObj(i -> {
            double e = rnd.nextDouble() * 3;
            PowerLaw r = new PowerLaw(e, Math.exp(rnd.nextDouble() * 6), -0.02 - rnd.nextDouble() * 0.48);
            PowerLaw x = new PowerLaw(e, Math.exp(rnd.nextDouble() * 6), -0.02 - rnd.nextDouble() * 0.48);
            double c = Math.pow(10, 8 + rnd.nextDouble() * 20);
            return Arguments.of(r, x, c);
        });
    }

    @ParameterizedTest
    @MethodSource("randomPowerLawPairs")
    void closedFormEqualsNumericInversion(PowerLaw r, PowerLaw x, double c) {
        for (Anchor a : Anchor.values()) {
            CegResult closed = Ceg.closedForm(r, x, a, c);
            CegResult numeric = Ceg.numeric(r, x, a, c);
            assertEquals(closed.unreachable(), numeric.unreachable());
            if (!closed.unreachable()) {
                assertEquals(closed.value(), numeric.value(), closed.value() * 1e-9, a + " " + r + " " + x + " at " + c);
            }
        }
    }

    /** Reference-anchored CEG of X over R at C is the inverse of the candidate-anchored CEG of R over X at C. */
    @ParameterizedTest
    @MethodSource("randomPowerLawPairs")
    void theTwoAnchorsAreInverseOfEachOther(PowerLaw r, PowerLaw x, double c) {
        CegResult forward = Ceg.between(r, x, Anchor.REFERENCE, c);
        CegResult backward = Ceg.between(x, r, Anchor.CANDIDATE, c);
        if (!forward.unreachable()) assertEquals(1.0, forward.value() * backward.value(), 1e-9);
        // and the candidate anchor at the matched compute gives back the same gain
        if (!forward.unreachable()) {
            double cx = forward.matchedCompute().getAsDouble();
            assertEquals(forward.value(), Ceg.between(r, x, Anchor.CANDIDATE, cx).value(), forward.value() * 1e-9);
        }
    }

    @Test
    void numericPathAgreesForParametricLawsAgainstTheirPowerLawForm() {
        // the compute-optimal Chinchilla law is exactly E + K C^(-ab/(a+b)); K from one evaluation
        double exponent = -0.34 * 0.28 / 0.62;
        double k = LawsTest.CHINCHILLA.reducibleLoss(1.0);
        PowerLaw same = new PowerLaw(1.69, k, exponent);
        for (double c = 1e15; c < 1e27; c *= 10) {
            assertEquals(Ceg.between(LawsTest.KAPLAN, same, Anchor.REFERENCE, c).value(),
                    Ceg.between(LawsTest.KAPLAN, LawsTest.CHINCHILLA, Anchor.REFERENCE, c).value(), 1e-8);
        }
    }
}
