package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.TestData;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.attribution.AttributionViewModel;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;

class ShellViewModelTest {
    final AppState state = new AppState(BundledDatasets.paper());
    final ShellViewModel vm = new ShellViewModel(state, Runnable::run, Runnable::run, List.of());

    @Test
    void openingADatasetReplacesTheOneOnScreen(@TempDir Path dir) throws Exception {
        // the LSTM alone: it embodies no innovation, so the file stands on its own
        Dataset smaller = state.dataset().withInnovations(List.of()).withAlgorithms(state.dataset().algorithms().subList(0, 1));
        Path file = dir.resolve("small.scaling.json");
        Files.writeString(file, DatasetWriter.toJson(smaller));
        vm.open(file);
        assertNull(vm.failureProperty().get(), () -> vm.failureProperty().get().getMessage());
        assertEquals(1, state.dataset().algorithms().size());
        assertEquals(file.toAbsolutePath(), state.get().work().file());
        assertEquals(List.of(file.toAbsolutePath()), vm.recentFiles());
        assertTrue(vm.statusProperty().get().contains("1 algorithm,"), vm.statusProperty().get());
        assertNull(vm.failureProperty().get());
    }

    /** Epoch AI's real file: 1,892 records, 904 without a training compute; the rest are marked on the compute axis. */
    @Test
    void epochModelsAreImportedCountedByReasonAndMarkedOnTheComputeAxis() {
        AttributionViewModel attribution = new AttributionViewModel(state);
        vm.importNotableModels(TestData.EPOCH);
        List<NotableModel> models = state.get().notable();
        assertEquals(1892 - 904, models.size());
        assertTrue(vm.statusProperty().get().startsWith("Imported 988 models from epoch-all-ml-systems.csv (484 notable by Epoch AI's criteria); skipped 904 (no training compute)"),
                vm.statusProperty().get());
        // the trend of every model since 2010: the least-squares slope of log10 compute on the year, by the closed form
        List<NotableModel> since = models.stream().filter(x -> x.year() >= 2010).toList();
        double mx = since.stream().mapToDouble(x -> x.year()).average().orElseThrow();
        double my = since.stream().mapToDouble(x -> Math.log10(x.compute())).average().orElseThrow();
        double sxy = since.stream().mapToDouble(x -> (x.year() - mx) * (Math.log10(x.compute()) - my)).sum();
        double sxx = since.stream().mapToDouble(x -> (x.year() - mx) * (x.year() - mx)).sum();
        String growth = String.format(Locale.ROOT, "%.2f×", Math.pow(10, sxy / sxx));
        assertTrue(vm.statusProperty().get().contains("Their compute grows " + growth + " a year since 2010 (90% interval "),
                vm.statusProperty().get());
        // the paper's trend is 1e16 FLOP in 2013 growing 4.1x a year, so the axis spans 1e16 / 4.1 (2012) to 1e16 * 4.1^12 (2025)
        long onAxis = models.stream().filter(m -> m.compute() >= 1e16 / 4.1 && m.compute() <= 1e16 * Math.pow(4.1, 12)).count();
        List<YearData.Tick> ticks = attribution.plotProperty().get().ticks();
        assertEquals(onAxis, ticks.size());
        assertTrue(onAxis > 300, "hundreds of models in range: " + onAxis);
        // GPT-2 (1.5B): below the paper's 2025 frontier compute (2.26e23 FLOP), so on the axis where the trend reaches it
        NotableModel m = models.stream().filter(x -> x.name().equals("GPT-2 (1.5B)")).findFirst().orElseThrow();
        YearData.Tick tick = ticks.stream().filter(t -> t.label().startsWith("GPT-2 (1.5B) (")).findFirst().orElseThrow();
        assertEquals(2013 + Math.log(m.compute() / 1e16) / Math.log(4.1), tick.year(), 1e-9);
        assertTrue(tick.label().endsWith(Numbers.format(m.compute()) + " FLOP"), tick.label());
        // fixed-compute mode has no compute axis, so no marks
        state.setMode(Attribution.Mode.FIXED);
        assertTrue(attribution.plotProperty().get().ticks().isEmpty());
    }

    /** A large runs CSV reports how far reading has got, rising, to the end. */
    @Test
    void openingALargeRunsCsvReportsProgress(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("algorithm,compute,loss\n");
        for (int i = 0; i < 60_000; i++) csv.append("lstm,").append(1e15 * (1 + i)).append(',').append(3 + 1.0 / (1 + i)).append('\n');
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv.toString());
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
        vm.open(file);
        assertNull(vm.failureProperty().get());
        assertEquals(60_000, state.dataset().algorithm("lstm").runs().size());
        List<Double> fractions = seen.stream().filter(v -> v >= 0).toList();
        assertTrue(fractions.size() >= 20, "reported often: " + fractions.size());
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "never backwards");
        assertTrue(fractions.get(fractions.size() - 1) > 0.97, "to the end: " + fractions.get(fractions.size() - 1));
    }

    @Test
    void theStatusLineCountsAWhatIfWhenItIsAdded() {
        assertEquals("Bundled dataset: 5 algorithms, 8 innovations", vm.statusProperty().get());
        WhatIfViewModel whatIf = new WhatIfViewModel(state);
        whatIf.startDrawing();
        whatIf.finishDrawing();
        assertEquals("Bundled dataset: 6 algorithms, 8 innovations", vm.statusProperty().get());
        vm.say("Exported something");
        whatIf.startDrawing();
        assertEquals("Exported something", vm.statusProperty().get(), "a message is not overwritten");
    }

    @Test
    void aBadEpochFileLeavesTheModelsAsTheyWere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("epoch.csv");
        Files.writeString(file, "not,the,right\nheader,at,all\n");
        vm.importNotableModels(file);
        assertTrue(state.get().notable().isEmpty());
        assertNotNull(vm.failureProperty().get());
        assertTrue(vm.statusProperty().get().contains("unchanged"));
    }

    @Test
    void aBadFileLeavesTheDatasetAsItWasAndReportsEveryProblem(@TempDir Path dir) throws Exception {
        Dataset before = state.dataset();
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"scaling-explorer-dataset\", \"version\": 1, \"algorithms\": [{\"id\": \"x\", \"law\": {\"type\": \"power\", \"A\": -1, \"alpha\": 0.5}}]}");
        vm.open(file);
        assertSame(before, state.dataset());
        assertNotNull(vm.failureProperty().get());
        assertEquals(3, vm.failureProperty().get().problems().size());
        assertTrue(vm.statusProperty().get().contains("unchanged"));
        assertTrue(vm.recentFiles().isEmpty());
        vm.clearFailure();
        assertNull(vm.failureProperty().get());
    }

    @Test
    void aRunsCsvAddsRunsToTheAlgorithmsItNames(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("runs.csv");
        Files.writeString(csv, "algorithm,compute,loss\nlstm,1e15,4.4\nlstm,1e16,4.0\n");
        vm.open(csv);
        assertEquals(2, state.dataset().algorithm("lstm").runs().size());
        assertNull(state.get().work().file(), "the dataset is still the bundled one");
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "algorithm,compute,loss\nlstn,1e15,4.4\n");
        vm.open(unknown);
        assertEquals("no algorithm \"lstn\" in the dataset on screen; did you mean 'lstm'?", vm.failureProperty().get().problems().get(0).message());
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicates(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, DatasetWriter.toJson(state.dataset()));
        Files.writeString(b, DatasetWriter.toJson(state.dataset()));
        vm.open(a);
        vm.open(b);
        vm.open(a);
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), vm.recentFiles());
        Settings s = vm.settings(10, 20, 800, 600, false, 45);
        assertEquals(a.toAbsolutePath(), s.lastDataset().orElseThrow());
        assertEquals(2, s.recent().size());
        assertEquals(45, s.autosaveSeconds());
    }
}
