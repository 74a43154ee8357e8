package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawsTest {
    static final PowerLaw LSTM = new PowerLaw(1.9, 36.3, -0.065);
    static final ParametricLaw CHINCHILLA = new ParametricLaw(1.69, 406.4, 410.7, 0.34, 0.28, new Allocation.ComputeOptimal(), Optional.empty());
    static final ParametricLaw KAPLAN = CHINCHILLA.withAllocation(Allocation.PowerRule.kaplan());

    // expected: 1.9 + 36.3 * 10^(-0.065 * log10 C), evaluated in Python
    @ParameterizedTest
    @CsvSource({"1e12, 7.9243005", "1e22, 3.2486729", "1e17, 4.7504054"})
    void powerLawLoss(double c, double expected) {
        assertEquals(expected, LSTM.loss(c), 1e-6);
    }

    @Test
    void powerLawInverseIsExact() {
        for (double c : new double[] {1e10, 3e17, 1e22, 4.5e27}) {
            assertEquals(c, LSTM.computeForLoss(LSTM.loss(c)).getAsDouble(), c * 1e-12);
        }
    }

    @Test
    void lossAtOrBelowTheFloorIsUnreachable() {
        assertTrue(LSTM.computeForLoss(1.9).isEmpty());
        assertTrue(LSTM.computeForLoss(1.0).isEmpty());
        assertTrue(LawInversion.computeForLoss(KAPLAN, 1.69).isEmpty());
        assertTrue(LawInversion.computeForLoss(KAPLAN, 1.5).isEmpty());
    }

    @Test
    void invalidLawsAreRefusedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PowerLaw(1.9, 36.3, 0.3));
        assertTrue(e.getMessage().contains("alpha"));
        assertThrows(IllegalArgumentException.class, () -> new PowerLaw(1.9, 0, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new PowerLaw(Double.NaN, 1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new ParametricLaw(1.69, 406.4, 410.7, -0.34, 0.28, new Allocation.ComputeOptimal(), Optional.empty()));
    }

    /** The closed-form optimum must equal a numeric minimisation of L(N, C/(6N)) over N (Commons Math Brent). */
    @ParameterizedTest
    @CsvSource({"1e18", "1e21", "1e22", "1e25"})
    void computeOptimalAllocationMinimisesTheLoss(double c) {
        var f = new UnivariateObjectiveFunction(lnN -> CHINCHILLA.reducibleLoss(Math.exp(lnN), c / (6 * Math.exp(lnN))));
        double lnN = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1000), f, GoalType.MINIMIZE,
                new SearchInterval(Math.log(1e3), Math.log(c / 6))).getPoint();
        assertEquals(Math.exp(lnN), CHINCHILLA.parameters(c), Math.exp(lnN) * 1e-5);
    }

    /** Python brute force (ternary search over log N): N_opt(1e22) = 5.1605e9, L = 2.1386141. */
    @Test
    void chinchillaAtTenToTheTwentyTwo() {
        assertEquals(5.16047398e9, CHINCHILLA.parameters(1e22), 1e3);
        assertEquals(2.13861408, CHINCHILLA.loss(1e22), 1e-7);
        assertEquals(2.23121301, KAPLAN.loss(1e22), 1e-7);
    }

    /** Under optimal allocation both terms scale as C^(-alpha beta / (alpha + beta)): the law is a pure power law. */
    @Test
    void computeOptimalLawIsAPowerLawWithTheCombinedExponent() {
        double expected = -0.34 * 0.28 / (0.34 + 0.28);
        double slope = (Math.log(CHINCHILLA.reducibleLoss(1e24)) - Math.log(CHINCHILLA.reducibleLoss(1e20))) / Math.log(1e4);
        assertEquals(expected, slope, 1e-12);
    }

    @Test
    void kaplanRuleGivesOnePointThreeBillionParametersAtOnePetaflopDay() {
        assertEquals(1.3e9, KAPLAN.parameters(8.64e19), 1e-3);
        assertEquals(8.64e19 / (6 * 1.3e9), KAPLAN.tokens(8.64e19), 1e-3);
    }

    @Test
    void numericInversionOfParametricLaws() {
        for (double c : new double[] {1e15, 1e20, 1e24, 1e30}) {
            for (ParametricLaw law : new ParametricLaw[] {CHINCHILLA, KAPLAN}) {
                double back = law.computeForLoss(law.loss(c)).getAsDouble();
                assertEquals(c, back, c * 1e-10);
            }
        }
    }

    @Test
    void measuredRangeMarksExtrapolation() {
        var law = new PowerLaw(1.9, 36.3, -0.065, Optional.of(new ComputeRange(4e12, 1.5e17)));
        assertFalse(law.isExtrapolated(1e15));
        assertFalse(law.isExtrapolated(1.5e17));
        assertTrue(law.isExtrapolated(1e18));
        assertTrue(law.isExtrapolated(1e12));
        assertFalse(LSTM.isExtrapolated(1e30), "a law without a measured range is never flagged");
    }
}
