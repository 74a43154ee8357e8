package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 29: IsoFLOP profiles of runs made from a known L(N, D). A run of N parameters logs, at each compute C, the
 * loss E + A / N^alpha + B / D^beta with D = C / (6N): its loss at a budget is known exactly. The compute-optimal size
 * is then N_opt = G (C/6)^(beta / (alpha + beta)) (Hoffmann et al. 2022, eq. 4), so the exponent the profiles must
 * recover is beta / (alpha + beta).
 */
class IsoFlopTest {
    static List<Curve> runs(double e, double a, double b, double alpha, double beta, int sizes, double perSize) {
        List<Curve> out = new ArrayList<>();
        for (int i = 0; i < sizes; i++) {
            double n = Math.pow(10, 7 + i * perSize);
            int k = 121;
            double[] c = new double[k];
            double[] l = new double[k];
            for (int j = 0; j < k; j++) {
                double d = Math.pow(10, 8 + j * 4.0 / (k - 1));
                c[j] = 6 * n * d;
                l[j] = e + a / Math.pow(n, alpha) + b / Math.pow(d, beta);
            }
            out.add(new Curve("n" + i + ".csv", "known", 0, 1, c, l).withParameters(n, "theoretical FLOPs / (6 x tokens)"));
        }
        return out;
    }

    @Test
    void recoversTheKnownComputeOptimalExponent() {
        for (double[] law : new double[][] {{1.69, 406.4, 410.7, 0.34, 0.28}, {1.8, 500, 500, 0.35, 0.35}}) {
            IsoFlop iso = IsoFlop.of(runs(law[0], law[1], law[2], law[3], law[4], 15, 0.25), 8, 0, 1);
            double expected = law[4] / (law[3] + law[4]);
            IsoFlop.Exponent x = iso.exponent().orElseThrow();
            assertEquals(expected, x.a(), 0.01, "a = beta / (alpha + beta)");
            double g = Math.pow(law[3] * law[1] / (law[4] * law[2]), 1 / (law[3] + law[4]));
            for (IsoFlop.Budget bud : iso.budgets()) {
                double truth = g * Math.pow(bud.compute() / 6, expected);
                assertEquals(1, bud.nOpt() / truth, 0.05, "N_opt at " + bud.compute());
            }
            assertTrue(iso.budgets().size() >= IsoFlop.MIN_BUDGETS, iso.refused().toString());
            assertTrue(iso.sizeFrom().startsWith("theoretical FLOPs / (6 x tokens)"), iso.sizeFrom());
            assertTrue(iso.parameterCounts());
        }
    }

    @Test
    void budgetsThatCannotPlaceAMinimumSayWhy() {
        // the three largest sizes: at the lower budgets the optimum is far below them, the lowest loss at the smallest of them
        List<Curve> large = runs(1.69, 406.4, 410.7, 0.34, 0.28, 15, 0.25).subList(12, 15);
        IsoFlop big = IsoFlop.of(large, 6, 0, 1);
        assertTrue(big.refused().stream().anyMatch(r -> r.reason().contains("the lowest loss is at the smallest size run to this compute")), big.refused().toString());
        // the three smallest: at the higher budgets the optimum is far above them
        List<Curve> small = runs(1.69, 406.4, 410.7, 0.34, 0.28, 15, 0.25).subList(0, 3);
        IsoFlop few = IsoFlop.of(small, 5, 0, 1);
        assertTrue(few.refused().stream().anyMatch(r -> r.reason().contains("the lowest loss is at the largest size run to this compute")), few.refused().toString());
        assertTrue(few.exponent().isEmpty(), "fewer than three budgets placed a minimum: no exponent");
        assertThrows(IllegalArgumentException.class, () -> IsoFlop.of(small.subList(0, 2), 5, 0, 1));
    }

    @Test
    void theExponentsIntervalComesFromABootstrapOverRuns() {
        // noise on each run's losses (its own offset): the bootstrap over runs gives an interval around the estimate
        List<Curve> noisy = new ArrayList<>();
        List<Curve> clean = runs(1.69, 406.4, 410.7, 0.34, 0.28, 15, 0.25);
        for (int i = 0; i < clean.size(); i++) {
            Curve c = clean.get(i);
            double[] l = c.loss().clone();
            double off = 0.004 * Math.sin(1.7 * i);
            for (int j = 0; j < l.length; j++) l[j] += off;
            noisy.add(new Curve(c.file(), c.algorithm(), 0, 1, c.compute(), l).withParameters(c.parameters(), c.parametersFrom()));
        }
        IsoFlop.Exponent x = IsoFlop.of(noisy, 8, 200, 7).exponent().orElseThrow();
        Bootstrap.Interval ci = x.ci().orElseThrow(() -> new AssertionError(x.ciReason().orElse("")));
        assertTrue(ci.low() < x.a() && x.a() < ci.high(), ci.toString());
        assertTrue(ci.high() - ci.low() > 1e-4, "not degenerate: " + ci);
        assertEquals(0.4516, x.a(), 0.03);
        IsoFlop.Exponent clean0 = IsoFlop.of(clean, 8, 0, 1).exponent().orElseThrow();
        assertTrue(clean0.ci().isEmpty() && clean0.ciReason().orElse("").contains("no bootstrap"));
    }

    @Test
    void interpolatesALossOnlyBetweenLoggedRows() {
        Curve c = new Curve("x.csv", "a", 0, 1, new double[] {1e16, 1e17}, new double[] {4, 3});
        assertEquals(Math.exp((Math.log(4) + Math.log(3)) / 2), c.lossAt(Math.sqrt(1e33)), 1e-12, "halfway in log compute, log loss");
        assertTrue(Double.isNaN(c.lossAt(2e17)) && Double.isNaN(c.lossAt(5e15)), "never past a run's ends");
    }
}
