package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.scalingexplorer.TestData;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.model.Run;

class FitterTest {
    static final Path CHINCHILLA = TestData.CHINCHILLA;

    /** Runs with log-uniform computes, losses from {@code law} times exp(noise * N(0, 1)). */
    static List<Run> synthetic(DoubleUnaryOperator law, double lo, double hi, int n, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Random gauss = new Random(seed);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double c = Math.exp(Math.log(lo) + rng.nextDouble() * (Math.log(hi) - Math.log(lo)));
            runs.add(new Run(c, law.applyAsDouble(c) * Math.exp(noise * gauss.nextGaussian())));
        }
        return runs;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aPowerLawIsRecovered(long seed) {
        for (double[] truth : new double[][] {{50, -0.05}, {8, -0.12}}) {
            List<Run> runs = synthetic(c -> truth[0] * Math.pow(c, truth[1]), 1e15, 1e22, 200, 0.01, seed);
            FitResult f = Fitter.fit(LawKind.POWER, runs, FitOptions.defaults());
            assertEquals(truth[1], f.parameter("alpha"), 0.003, "alpha");
            assertEquals(truth[0], f.parameter("A"), 0.1 * truth[0], "A");
            assertEquals(0.01, f.rmse(), 0.003, "the RMSE on log loss is the noise");
            assertEquals(200, f.used());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aSaturatingLawIsRecovered(long seed) {
        for (double[] truth : new double[][] {{1.9, 81.7, -0.091}, {1.69, 30, -0.08}}) {
            List<Run> runs = synthetic(c -> truth[0] + truth[1] * Math.pow(c, truth[2]), 1e12, 1e24, 200, 0.003, seed);
            FitResult f = Fitter.fit(LawKind.SATURATING, runs, FitOptions.defaults());
            assertEquals(truth[0], f.parameter("E"), 0.08, "E");
            assertEquals(truth[2], f.parameter("alpha"), 0.01, "alpha");
            assertEquals(truth[0], f.law().irreducibleLoss(), 0.08);
        }
    }

    @Test
    void theHuberSaturatingFitIgnoresOutliersThatPullLeastSquares() {
        List<Run> runs = new ArrayList<>(synthetic(c -> 1.9 + 81.7 * Math.pow(c, -0.091), 1e12, 1e24, 200, 0.003, 7));
        for (int i = 0; i < 12; i++) runs.add(new Run(Math.pow(10, 22 + i * 0.15), 4.0)); // failed runs at large compute
        FitResult plain = Fitter.fit(LawKind.SATURATING, runs, FitOptions.defaults());
        FitResult robust = Fitter.fit(LawKind.SATURATING, runs, FitOptions.defaults().withHuber(true));
        assertTrue(Math.abs(robust.parameter("alpha") + 0.091) < Math.abs(plain.parameter("alpha") + 0.091),
                "robust " + robust.parameters() + " plain " + plain.parameters());
        assertEquals(-0.091, robust.parameter("alpha"), 0.01);
    }

    /** L(N, D) with Hoffmann et al.'s parameters over Chinchilla's range of N and D, 1% noise. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void anLndLawIsRecovered(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Random gauss = new Random(seed);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            double n = Math.exp(Math.log(7e7) + rng.nextDouble() * Math.log(16e9 / 7e7));
            double d = Math.exp(Math.log(5e9) + rng.nextDouble() * Math.log(500e9 / 5e9));
            double loss = 1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28);
            runs.add(new Run(6 * n * d, loss * Math.exp(0.005 * gauss.nextGaussian()), n, d));
        }
        FitResult f = Fitter.fit(LawKind.CHINCHILLA, runs, FitOptions.defaults());
        assertEquals(1.69, f.parameter("E"), 0.1);
        assertEquals(0.34, f.parameter("alpha"), 0.05);
        assertEquals(0.28, f.parameter("beta"), 0.05);
    }

    /**
     * Besiroglu et al. (2024, "Chinchilla Scaling: A replication attempt") fit these runs with the five highest-loss
     * ones dropped: E = 1.82, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658.
     */
    @Test
    void theChinchillaRunsGiveTheReplicationsParameters() throws Exception {
        List<Run> runs = RunsCsvReader.readForFit(CHINCHILLA).get(RunsCsvReader.UNNAMED);
        assertEquals(245, runs.size());
        FitResult f = Fitter.fit(LawKind.CHINCHILLA, runs, FitOptions.defaults().withDropHighest(5));
        assertEquals(240, f.used());
        assertEquals(5, f.dropped());
        assertEquals(1.82, f.parameter("E"), 0.03, f.parameters().toString());
        assertEquals(0.3478, f.parameter("alpha"), 0.01, f.parameters().toString());
        assertEquals(0.3658, f.parameter("beta"), 0.01, f.parameters().toString());
        assertEquals(482.01, f.parameter("A"), 0.15 * 482.01, f.parameters().toString());
        assertEquals(2085.43, f.parameter("B"), 0.25 * 2085.43, f.parameters().toString());
    }

    @Test
    void runSelectionDropsTheHighestLossesKeepsTheFrontierAndARange() {
        List<Run> runs = List.of(new Run(1e18, 3.0), new Run(1.1e18, 2.5), new Run(1e20, 2.2), new Run(1.2e20, 2.9), new Run(1e22, 5.0));
        FitOptions.Selection s = FitOptions.defaults().withDropHighest(1).select(runs);
        assertEquals(4, s.used().size());
        assertEquals(1, s.dropped().get("highest loss"));
        s = FitOptions.defaults().withFrontierBins(2).select(runs);
        // two bins of ln C over [1e18, 1e22] split at 1e20: [1e18, 1.1e18] and [1e20, 1.2e20, 1e22]; lowest loss of each
        assertEquals(List.of(1.1e18, 1e20), s.used().stream().map(Run::compute).toList());
        s = FitOptions.defaults().withComputeRange(5e17, 5e20).select(runs);
        assertEquals(4, s.used().size());
        assertEquals(1, s.dropped().get("outside the compute range"));
        assertThrows(IllegalArgumentException.class, () -> Fitter.fit(LawKind.CHINCHILLA, runs, FitOptions.defaults()));
    }

    /**
     * Over many synthetic datasets the 90% percentile interval of alpha covers the true alpha about 90% of the time
     * (a binomial with p = 0.9 over 120 datasets lands in [0.8, 0.97] with probability above 0.999).
     */
    @Test
    void bootstrapIntervalsCoverTheTruthAtAboutTheirNominalRate() {
        int covered = 0;
        int datasets = 120;
        for (int k = 0; k < datasets; k++) {
            List<Run> runs = synthetic(c -> 50 * Math.pow(c, -0.05), 1e15, 1e22, 60, 0.02, 1000 + k);
            Bootstrap.Result r = Bootstrap.run(LawKind.POWER, runs, FitOptions.defaults(), 300, k, 0.9, i -> { }, new AtomicBoolean());
            if (r.intervals().get("alpha").contains(-0.05)) covered++;
        }
        double rate = (double) covered / datasets;
        assertTrue(rate >= 0.8 && rate <= 0.97, "coverage " + rate);
    }

    @Test
    void theBootstrapIsReproducibleFromItsSeed() {
        List<Run> runs = synthetic(c -> 1.9 + 81.7 * Math.pow(c, -0.091), 1e12, 1e24, 80, 0.005, 3);
        Bootstrap.Result a = Bootstrap.run(LawKind.SATURATING, runs, FitOptions.defaults(), 50, 42, 0.95, i -> { }, new AtomicBoolean());
        Bootstrap.Result b = Bootstrap.run(LawKind.SATURATING, runs, FitOptions.defaults(), 50, 42, 0.95, i -> { }, new AtomicBoolean());
        assertEquals(a.intervals(), b.intervals());
        assertTrue(a.intervals().get("E").contains(a.fit().parameter("E")));
        // a quantity of the parameters gets its interval the same way: E itself gives E's interval, and a monotone
        // function of one parameter maps the interval's ends
        assertEquals(a.intervals().get("E"), Bootstrap.interval(a, p -> p.get("E")));
        Bootstrap.Interval twice = Bootstrap.interval(a, p -> 2 * p.get("alpha"));
        assertEquals(2 * a.intervals().get("alpha").low(), twice.low(), 1e-12);
        assertEquals(2 * a.intervals().get("alpha").high(), twice.high(), 1e-12);
    }

    @Test
    void cancelStopsTheBootstrap() throws Exception {
        List<Run> runs = RunsCsvReader.readForFit(CHINCHILLA).get(RunsCsvReader.UNNAMED);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        int resamples = Bootstrap.MAX_RESAMPLES;
        assertThrows(CancellationException.class, () -> Bootstrap.run(LawKind.CHINCHILLA, runs, FitOptions.defaults().withDropHighest(5),
                resamples, 1, 0.95, d -> {
                    done.set(d);
                    if (d >= 20) cancel.set(true);
                }, cancel));
        int atCancel = done.get();
        Thread.sleep(200);
        assertTrue(done.get() < 200, "no refit starts after cancel: " + done.get());
        assertEquals(atCancel, done.get(), "nothing still running in the background");
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(1, Bootstrap.percentile(v, 0), 0);
        assertEquals(3, Bootstrap.percentile(v, 0.5), 0);
        assertEquals(1.2, Bootstrap.percentile(v, 0.05), 1e-12); // h = 4 * 0.05 = 0.2
    }
}
