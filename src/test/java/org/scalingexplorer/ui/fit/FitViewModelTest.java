package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.attribution.AttributionViewModel;
import org.scalingexplorer.ui.explorer.ExplorerViewModel;

public class FitViewModelTest {
    /** 120 runs of L = 2 + 40 C^-0.1 with 1% log-normal noise, 1e15..1e21 FLOP. */
    public static Path syntheticRuns(Path dir) throws IOException {
        SplittableRandom rng = new SplittableRandom(11);
        Random gauss = new Random(11);
        StringBuilder csv = new StringBuilder("compute,loss\n");
        for (int i = 0; i < 120; i++) {
            double c = Math.pow(10, 15 + 6 * rng.nextDouble());
            csv.append(String.format(Locale.ROOT, "%.6e,%.6f%n", c, (2 + 40 * Math.pow(c, -0.1)) * Math.exp(0.01 * gauss.nextGaussian())));
        }
        Path f = dir.resolve("my-runs.csv");
        Files.writeString(f, csv.toString());
        return f;
    }

    private final AppState state = new AppState(BundledDatasets.paper());
    private final FitViewModel vm = new FitViewModel(state, Runnable::run, Runnable::run);

    @Test
    void aFitFromAFileReportsParametersWithIntervalsAndCanBeAddedAsAnAlgorithm(@TempDir Path dir) throws IOException {
        vm.loadRuns(syntheticRuns(dir));
        assertEquals("my-runs.csv (120 runs)", vm.sourceProperty().get().label());
        vm.resamplesProperty().set(200);
        assertTrue(vm.fit().isEmpty());
        FitViewModel.Report r = vm.reportProperty().get();
        assertNotNull(r, vm.messageProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(List.of("E", "A", "alpha"), r.parameters().stream().map(FitViewModel.ParameterRow::name).toList());
        assertEquals(-0.1, r.fit().parameter("alpha"), 0.02);
        FitViewModel.ParameterRow alpha = r.parameters().get(2);
        assertEquals(r.fit().parameter("alpha"), Double.parseDouble(alpha.exactValue()), 0, "full precision: the text reads back as the same number");
        // the table shows four significant figures (issue 18: no 17-digit parameters on screen)
        assertEquals(new BigDecimal(r.fit().parameter("alpha")).round(new MathContext(4)).doubleValue(),
                Double.parseDouble(alpha.value()), 0);
        assertTrue(alpha.value().replace("-", "").replace("0.", "").replaceFirst("^0+", "").length() <= 4, alpha.value());
        assertTrue(Double.parseDouble(alpha.low()) < -0.1 && -0.1 < Double.parseDouble(alpha.high()), alpha.toString());
        assertEquals(120, r.residuals().length);
        assertTrue(r.runs().startsWith("120 of 120 runs used"), r.runs());
        assertTrue(r.method().contains("200 bootstrap resamples of the runs (seed 1)"), r.method());

        int before = state.dataset().algorithms().size();
        String id = vm.addAsAlgorithm().orElseThrow();
        assertEquals("runs-saturating-fit", id);
        Algorithm added = state.dataset().algorithm(id);
        assertEquals(before + 1, state.dataset().algorithms().size());
        assertEquals("my-runs.csv (saturating fit)", added.name());
        assertEquals(120, added.runs().size());
        assertTrue(added.law().fittedRange().isPresent());
        assertTrue(state.uncertainty().covers(id));

        // the CEG table gains the interval the uncertainty gives, computed here by the engine directly
        ExplorerViewModel explorer = new ExplorerViewModel(state, Runnable::run, Runnable::run);
        state.setCompute(20);
        CegRow row = explorer.rows().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Algorithm ref = state.dataset().algorithm(state.view().reference());
        Bootstrap.Interval expected = state.uncertainty().ceg(ref, added, Anchor.REFERENCE, 1e20).orElseThrow();
        assertTrue(expected.low() < expected.high());
        assertEquals(Numbers.format(expected.low()) + "× to "
                + Numbers.format(expected.high()) + "×", row.interval());
        assertTrue(explorer.intervalsProperty().get());
        // and the loss chart a band around the fitted curve
        assertNotNull(explorer.lossPlotProperty().get().series().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().band());
    }

    /**
     * The table's bootstrap intervals (1,000 draws per fitted row) are computed off the UI thread: a step shows the
     * interval from the step before until the new one comes back, never one of another reference or anchor.
     */
    @Test
    void theTablesIntervalsComeFromTheBackgroundAndNeverFromAnotherReference(@TempDir Path dir) throws IOException {
        vm.loadRuns(syntheticRuns(dir));
        vm.resamplesProperty().set(200);
        assertTrue(vm.fit().isEmpty());
        String id = vm.addAsAlgorithm().orElseThrow();
        Algorithm added = state.dataset().algorithm(id);
        Deque<Runnable> background = new ArrayDeque<>();
        ExplorerViewModel explorer = new ExplorerViewModel(state, background::add, Runnable::run);
        Supplier<CegRow> row = () -> explorer.rows().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Function<Double, String> engine = c -> ExplorerFigure.intervalText(state.uncertainty()
                .ceg(state.dataset().algorithm(state.view().reference()), added, state.view().anchor(), c).orElseThrow());
        assertEquals("", row.get().interval(), "nothing computed yet");
        background.removeFirst().run();
        String at19 = engine.apply(Math.pow(10, state.view().log10Compute()));
        assertEquals(at19, row.get().interval());

        state.setCompute(20);
        String cegAt20 = row.get().cegText();
        assertEquals(at19, row.get().interval(), "the last interval stays until the new one comes");
        assertEquals(1, background.size());
        background.removeFirst().run();
        assertEquals(engine.apply(1e20), row.get().interval());
        assertFalse(engine.apply(1e20).equals(at19), "the test moves far enough to change the interval");
        assertEquals(cegAt20, row.get().cegText());

        // two quick steps: only the newest is computed, and its result shown
        state.setCompute(20.5);
        state.setCompute(21);
        background.removeFirst().run();
        assertTrue(background.isEmpty());
        assertEquals(engine.apply(1e21), row.get().interval());

        state.setAnchor(state.view().anchor() == Anchor.REFERENCE ? Anchor.CANDIDATE : Anchor.REFERENCE);
        assertEquals("", row.get().interval(), "never an interval of the other anchor");
        background.removeFirst().run();
        assertEquals(engine.apply(1e21), row.get().interval());
        state.setReference("transformer-2017");
        assertEquals("", row.get().interval(), "never an interval against another reference");
        background.removeFirst().run();
        assertEquals(engine.apply(1e21), row.get().interval());
    }

    @Test
    void aReplacedLawCanBeSwitchedBackAndForthAndItsIntervalReachesTheAttribution(@TempDir Path dir) throws IOException {
        vm.loadRuns(syntheticRuns(dir));
        vm.resamplesProperty().set(50);
        vm.fit();
        Algorithm original = state.dataset().algorithm("transformer-2017");
        vm.replaceLaw("transformer-2017");
        Algorithm fitted = state.dataset().algorithm("transformer-2017");
        assertEquals(vm.reportProperty().get().fit().parameter("E"), fitted.law().irreducibleLoss(), 0);
        assertEquals(original.name(), fitted.name());
        assertTrue(state.uncertainty().covers("transformer-2017"));

        AttributionViewModel attribution = new AttributionViewModel(state);
        assertTrue(attribution.readoutProperty().get().contains("% interval"), attribution.readoutProperty().get());
        // the share too: the interval over the draws the engine computes, in percent, beside the share
        var share = state.uncertainty().attributionShare(state.dataset(), state.get().excluded(), state.view().year(),
                attribution.rowAt(state.view().year()).compute());
        var i = share.orElseThrow();
        assertTrue(attribution.readoutProperty().get().contains(String.format(Locale.ROOT, "(%.1f%%-%.1f%%)",
                100 * i.low(), 100 * i.high())), attribution.readoutProperty().get());
        assertNotNull(attribution.plotProperty().get().range(), "the total gains a shaded interval");

        state.useFit("transformer-2017", false);
        assertSame(original, state.dataset().algorithm("transformer-2017"));
        assertFalse(state.uncertainty().covers("transformer-2017"), "the dataset's own law has no bootstrap");
        assertFalse(attribution.readoutProperty().get().contains("% interval"));
        state.useFit("transformer-2017", true);
        assertEquals(fitted, state.dataset().algorithm("transformer-2017"));

        // replacing again keeps the dataset's own law to switch back to, not the first fit
        vm.replaceLaw("transformer-2017");
        state.useFit("transformer-2017", false);
        assertSame(original, state.dataset().algorithm("transformer-2017"));
        assertEquals(1, state.get().fits().size());

        // opening another dataset forgets the fits
        state.load(BundledDatasets.paper(), null);
        assertTrue(state.get().fits().isEmpty());
        assertSame(Uncertainty.none(), state.uncertainty());
    }

    @Test
    void wrongSettingsAreRefusedWithTheReasonAndNothingRuns(@TempDir Path dir) throws IOException {
        vm.loadRuns(syntheticRuns(dir));
        vm.lawProperty().set(LawKind.CHINCHILLA);
        assertTrue(vm.fit().orElseThrow().contains("needs each run's parameters"));
        vm.lawProperty().set(LawKind.SATURATING);
        vm.minComputeProperty().set("lots");
        assertTrue(vm.fit().isPresent());
        vm.minComputeProperty().set("1e22");
        vm.resamplesProperty().set(0);
        assertTrue(vm.fit().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("The fit failed: a saturating fit needs at least 4 runs"), vm.messageProperty().get());
        assertNull(vm.reportProperty().get());
        vm.resamplesProperty().set(5);
        assertTrue(vm.fit().orElseThrow().contains("needs 10 to 20000 resamples"));
    }

    @Test
    void aBadFileLeavesTheSourcesAsTheyWereAndSaysWhere(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "compute,loss\n1e20,2.5\n1e21,minus one\n");
        int before = vm.sources().size();
        vm.loadRuns(bad);
        assertEquals(before, vm.sources().size());
        assertTrue(vm.messageProperty().get().contains("line 3"), vm.messageProperty().get());
    }

    /** Cancel during a long bootstrap: the work stops, nothing is applied, the progress went up on the way. */
    @Test
    void cancelStopsARunningBootstrap(@TempDir Path dir) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        FitViewModel async = new FitViewModel(state, worker, uiQueue::add);
        async.loadRuns(syntheticRuns(dir));
        uiQueue.poll(10, TimeUnit.SECONDS).run();
        async.resamplesProperty().set(Bootstrap.MAX_RESAMPLES);
        async.huberProperty().set(true);
        assertTrue(async.fit().isEmpty());
        assertTrue(async.runningProperty().get());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (async.progressProperty().get() <= 0.001 && System.nanoTime() < deadline) {
            Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) r.run();
        }
        assertTrue(async.progressProperty().get() > 0, "progress reported before the end");
        async.cancel();
        while (async.runningProperty().get() && System.nanoTime() < deadline) {
            Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) r.run();
        }
        assertFalse(async.runningProperty().get());
        assertEquals("Cancelled; no fit was made", async.messageProperty().get());
        assertNull(async.reportProperty().get());
        worker.shutdown();
        assertTrue(worker.awaitTermination(5, TimeUnit.SECONDS), "no work left running after Cancel");
    }

    @Test
    void theMethodNamesTheSettings() {
        String m = FitViewModel.method(LawKind.CHINCHILLA, FitOptions.defaults().withDropHighest(5), null);
        assertTrue(m.contains("Huber loss (delta 0.001)"), m);
        assertTrue(m.contains("the 5 highest-loss runs dropped"), m);
        assertTrue(m.endsWith("no bootstrap"), m);
    }

    /** Sanity of the pairing the table relies on: with the dataset's laws the interval's value is the CEG itself. */
    @Test
    void theIntervalsValueIsTheCegOfTheFittedLaws() {
        Algorithm lstm = state.dataset().algorithm("lstm");
        Algorithm t = state.dataset().algorithm("transformer-2017");
        Uncertainty u = Uncertainty.of(Map.of("transformer-2017", Collections.nCopies(20, t.law())), 0.95);
        Bootstrap.Interval i = u.ceg(lstm, t, Anchor.REFERENCE, 1e21).orElseThrow();
        double ceg = Ceg.between(lstm.law(), t.law(), Anchor.REFERENCE, 1e21).value();
        assertEquals(ceg, i.value(), 0);
        assertEquals(ceg, i.low(), ceg * 1e-12);
        assertEquals(ceg, i.high(), ceg * 1e-12);
        assertTrue(t.law() instanceof PowerLaw);
    }
}
