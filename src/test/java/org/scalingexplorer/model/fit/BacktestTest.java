package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.model.ComputeRange;

/**
 * Issue 29: a backtest on runs made from a known law. Below the split the frontier follows L = 1.9 + 80 C^-0.09
 * exactly; above it every run is better by a known 0.02 nats. The fit below recovers the law, and every prediction is
 * off by exactly +0.02, its compute factor the closed form (1 - 0.02 / (80 C^-0.09))^(1 / -0.09).
 */
class BacktestTest {
    private static final double E = 1.9;
    private static final double A = 80;
    private static final double ALPHA = -0.09;
    private static final double SPLIT = 1e17;
    private static final double DELTA = 0.02;

    private static double loss(double c) {
        return E + A * Math.pow(c, ALPHA) - (c >= SPLIT ? DELTA : 0);
    }

    /** Three runs covering overlapping decades, 40 logged points a decade, all on the known curve. */
    static List<Curve> runs() {
        return runs(new double[][] {{1e15, 1e16}, {3e15, 3e17}, {5e16, 1e18}}, BacktestTest::loss);
    }

    /** Runs of sizes 32, 64, 128 ... over the given spans of compute, 40 logged points a decade, on {@code loss}. */
    static List<Curve> runs(double[][] spans, DoubleUnaryOperator loss) {
        List<Curve> out = new ArrayList<>();
        for (int r = 0; r < spans.length; r++) {
            int n = (int) Math.round(40 * Math.log10(spans[r][1] / spans[r][0])) + 1;
            double[] c = new double[n];
            double[] l = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = spans[r][0] * Math.pow(spans[r][1] / spans[r][0], i / (double) (n - 1));
                l[i] = loss.applyAsDouble(c[i]);
            }
            out.add(new Curve("run" + r + ".csv", "known", 32 << r, 1, c, l));
        }
        return out;
    }

    private static final Frontier.Options OPTIONS = new Frontier.Options(E, new ComputeRange(1e15, 1e18), Frontier.Method.ENVELOPE);

    @Test
    void recoversTheLawAndTheKnownError() {
        Backtest b = Backtest.run("known", runs(), OPTIONS, SPLIT);
        assertEquals(A, b.fit().parameters().get("A"), A * 1e-6);
        assertEquals(ALPHA, b.fit().parameters().get("alpha"), 1e-8);
        assertTrue(b.fit().points().compute()[b.fit().points().size() - 1] < SPLIT, "the fit rests only on points below the split");
        double rests = b.fit().points().compute()[b.fit().points().size() - 1];
        assertTrue(b.points().size() > 30, "a decade of held-out points: " + b.points().size());
        for (Backtest.Point p : b.points()) {
            assertTrue(p.compute() >= SPLIT);
            assertEquals(DELTA, p.error(), 1e-9, "predicted - observed at " + p.compute());
            double reducible = A * Math.pow(p.compute(), ALPHA);
            assertEquals(Math.pow(1 - DELTA / reducible, 1 / ALPHA), p.computeFactor(), 1e-9);
            assertEquals(Math.log10(p.compute() / rests), p.decadesBeyond(), 1e-12);
        }
        assertEquals(Math.log10(1e18 / rests), b.decadesChecked(), 1e-9);
        assertEquals(DELTA, b.worstError(), 1e-9);
    }

    @Test
    void refusesASplitWithTooLittleOnEitherSide() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> Backtest.run("known", runs(), OPTIONS, 1.05e15));
        assertTrue(few.getMessage().contains("needs at least 3 to fit on"), few.getMessage());
        List<Curve> small = runs().subList(0, 1);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Backtest.run("known", small, OPTIONS, 5e16));
        assertTrue(none.getMessage().contains("no frontier point at or above"), none.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> Backtest.run("known", runs(), OPTIONS, 1e19));
        assertTrue(outside.getMessage().contains("must lie inside the window"), outside.getMessage());
    }

    /** A law from runs says where runs check it (a prediction) and where none does (a projection), in its provenance. */
    @Test
    void aLawFromRunsSaysWhereItIsAPredictionAndWhereAProjection() {
        Frontier.Options lower = new Frontier.Options(E, new ComputeRange(1e15, 1e17), Frontier.Method.ENVELOPE);
        Frontier.Result r = Frontier.fit(runs(), lower);
        String text = FromRuns.projection(runs(), r);
        assertTrue(text.contains("FLOP the runs can check it as a prediction"), text);
        assertTrue(text.endsWith("Beyond 1.00×10¹⁸ FLOP, the largest compute of these runs, the law is a projection: no run checks it."), text);
        Frontier.Result all = Frontier.fit(runs(), OPTIONS);
        assertTrue(FromRuns.projection(runs(), all).startsWith("Beyond 1.00×10¹⁸ FLOP"), "fitted up to the largest run: no prediction left to check");
        assertTrue(FromRuns.frontierProvenance(runs(), lower, "validation_loss vs total_flops_profiler", r, 1).contains("a projection"));
    }

    /**
     * Split by size: runs of sizes 32 and 64 reach 1e17 FLOP, a run of size 128 reaches 1e18, all on the law exactly.
     * The small runs' fit is the law, and it predicts the large run's frontier beyond it with no error.
     */
    @Test
    void aSplitBySizePredictsWhatTheLargerRunsReached() {
        List<Curve> runs = runs(new double[][] {{1e15, 3e16}, {3e15, 1e17}, {1e16, 1e18}}, c -> E + A * Math.pow(c, ALPHA));
        Backtest b = Backtest.bySize("known", runs, OPTIONS, 64);
        assertEquals("on sizes up to 64", b.split());
        assertEquals(ALPHA, b.fit().parameters().get("alpha"), 1e-8);
        assertEquals(1e17, b.fitBelow(), 1e17 * 1e-9, "the small runs' fit rests up to 1e17");
        assertTrue(b.points().size() > 30);
        for (Backtest.Point p : b.points()) {
            assertTrue(p.compute() > 1e17);
            assertEquals(0, p.error(), 1e-9);
            assertEquals(1, p.computeFactor(), 1e-6);
        }
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class, () -> Backtest.bySize("known", runs, OPTIONS, 1000));
        assertTrue(all.getMessage().contains("3 of 3 runs are at or below it"), all.getMessage());
    }
}
