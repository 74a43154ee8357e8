package org.scalingexplorer.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.figure.AttributionFigure;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Backtest;
import org.scalingexplorer.model.fit.IsoFlop;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;

/**
 * The runs window's view models on curves made here: an import with its quirks counted, a frontier fit that recovers
 * the law the curves were drawn from and becomes an algorithm with its provenance, ablation multipliers checked by
 * hand, a scale-dependence verdict, and the provenance list. Work runs on the calling thread.
 */
class RunsViewModelsTest {
    static final Executor NOW = Runnable::run;
    static final String HEADER = "step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens";

    final AppState state = new AppState(BundledDatasets.paper());
    final RunsSession session = new RunsSession();
    final RunsImportViewModel importVm = new RunsImportViewModel(session, NOW, NOW);

    /**
     * A run of size {@code size} on {@code L = 1.9 + a C^alpha} until it saturates at 1e15 * size^2 (then flat), logged
     * at 40 computes from 1e14 to 1e19, the compute of each row divided by {@code speedup}.
     */
    static String run(int size, double a, double alpha, double speedup) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 40; i++) {
            double c = 1e14 * Math.pow(10, i * 5.0 / 39);
            double l = 1.9 + a * Math.pow(Math.min(c, 1e15 * size * size), alpha);
            // the training loss 0.05 above the validation loss; the theoretical FLOPs 1% above the profiler's
            b.append(String.format(Locale.ROOT, "%d,%.9g,%.9g,%.9g,%.9g,0%n", i * 50, l + 0.05, l, c / speedup, 1.01 * c / speedup));
        }
        return b.toString();
    }

    /**
     * A run of size 32, 64, 128 or 256 logged as {@link #run} does, on {@code L = 1.9 + a C^alpha} over its own stretch of
     * compute and above it elsewhere (by 5% of the reducible loss per squared decade away), as models of different sizes
     * each lead the frontier over a stretch: size 32 up to 10^16.425, then each size a further 0.425 decades, 256 from
     * 10^17.275 on. Inside the paper's window (1e16 to 5e17) every size leads somewhere, so the envelope is the law and
     * draws on four runs.
     */
    static String zoned(int size, double a, double alpha, double speedup) {
        int j = Integer.numberOfTrailingZeros(size / 32);
        double from = j == 0 ? Double.NEGATIVE_INFINITY : 16 + 0.425 * j;
        double to = j == 3 ? Double.POSITIVE_INFINITY : 16 + 0.425 * (j + 1);
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 40; i++) {
            double lc = 14 + i * 5.0 / 39;
            double c = Math.pow(10, lc);
            double away = lc < from ? from - lc : lc > to ? lc - to : 0;
            double l = 1.9 + a * Math.pow(c, alpha) * (1 + 0.05 * away * away);
            b.append(String.format(Locale.ROOT, "%d,%.9g,%.9g,%.9g,%.9g,0%n", i * 50, l + 0.05, l, c / speedup, 1.01 * c / speedup));
        }
        return b.toString();
    }

    /** Two algorithms, four sizes each and two seeds at size 64: modern on 1.9 + 88 C^-0.094, steep on 1.9 + 400 C^-0.14. */
    static Path study(Path dir) throws Exception {
        Path modern = Files.createDirectories(dir.resolve("study/modern"));
        Path steep = Files.createDirectories(dir.resolve("study/steep"));
        for (int size : new int[] {32, 64, 128, 256}) {
            Files.writeString(modern.resolve(size + "_modern_1.csv"), zoned(size, 88, -0.094, 1));
            Files.writeString(steep.resolve(size + "_steep_1.csv"), zoned(size, 400, -0.14, 1));
        }
        Files.writeString(modern.resolve("64_modern_2.csv"), zoned(64, 88, -0.094, 1));
        Files.writeString(steep.resolve("64_steep_2.csv"), zoned(64, 400, -0.14, 1));
        Files.writeString(modern.resolve("header-only_64d_x.csv"), HEADER + "\n");
        Files.writeString(steep.resolve("summary.csv"), "experiment,best_validation_loss\nx,5.6\n");
        return dir.resolve("study");
    }

    void importStudy(Path dir) throws Exception {
        importVm.add(List.of(study(dir)));
        assertTrue(importVm.importRuns().isEmpty(), importVm.task().messageProperty().get());
    }

    @Test
    void theTableListsEachFileWithItsAlgorithmSizeAndSeedAndTheImportCountsWhatItSkipped(@TempDir Path dir) throws Exception {
        importVm.add(List.of(study(dir)));
        assertEquals(12, importVm.rows().size());
        RunsImportViewModel.Row r = importVm.rows().stream().filter(x -> x.file().equals("128_modern_1.csv")).findFirst().orElseThrow();
        assertEquals("modern", r.algorithmProperty().get());
        assertEquals(128, r.sizeProperty().get());
        assertEquals(1, r.seedProperty().get());
        // edits before the import: one run moved to another algorithm, one left out
        r.algorithmProperty().set("modern-big");
        importVm.rows().stream().filter(x -> x.file().equals("32_steep_1.csv")).findFirst().orElseThrow().includeProperty().set(false);
        assertTrue(importVm.importRuns().isEmpty());
        RunsSession.Imported in = session.imported();
        assertEquals(List.of("modern", "modern-big", "steep"), List.copyOf(new TreeSet<>(in.byAlgorithm().keySet())));
        assertEquals(4, in.byAlgorithm().get("modern").size());
        assertEquals(4, in.byAlgorithm().get("steep").size());
        String skipped = importVm.skippedProperty().get();
        assertTrue(skipped.startsWith("Not used (3 files):"), skipped);
        assertTrue(skipped.contains(dir.resolve("study/steep/32_steep_1.csv") + ": not ticked in the table"), skipped);
        assertTrue(skipped.contains(dir.resolve("study/modern/header-only_64d_x.csv") + ": no logged rows (header only)"), skipped);
        assertTrue(skipped.contains(dir.resolve("study/steep/summary.csv") + ": another schema"), skipped);
        assertTrue(importVm.task().messageProperty().get().startsWith("Imported 9 run(s) of 3 algorithm(s); 3 file(s) not used, listed below"),
                importVm.task().messageProperty().get());
        // grouping by a name pattern instead
        importVm.byPatternProperty().set(true);
        importVm.patternProperty().set("^\\d+_([a-z]+)_");
        importVm.regroup();
        assertEquals("modern", r.algorithmProperty().get());
        assertEquals("", importVm.rows().stream().filter(x -> x.file().equals("summary.csv")).findFirst().orElseThrow().algorithmProperty().get());
        importVm.patternProperty().set("no group");
        importVm.regroup();
        assertTrue(importVm.task().messageProperty().get().contains("needs a group"), importVm.task().messageProperty().get());
    }

    @Test
    void aCancelledOrFailedImportKeepsTheRunsImportedBefore(@TempDir Path dir) throws Exception {
        importStudy(dir);
        RunsSession.Imported before = session.imported();
        // the import is started, then cancelled before its worker runs
        List<Runnable> queued = new ArrayList<>();
        RunsImportViewModel later = new RunsImportViewModel(session, queued::add, NOW);
        later.rows().addAll(importVm.rows());
        assertTrue(later.importRuns().isEmpty());
        assertTrue(later.task().runningProperty().get());
        later.cancel();
        queued.forEach(Runnable::run);
        assertFalse(later.task().runningProperty().get());
        assertTrue(later.task().messageProperty().get().startsWith("Import cancelled"), later.task().messageProperty().get());
        assertEquals(before, session.imported());
        // a layout that finds nothing: nothing imported, the runs before kept, the reasons shown
        importVm.presetProperty().set(RunsImportViewModel.PRESETS.get(2));
        assertTrue(importVm.importRuns().isEmpty());
        assertEquals(before, session.imported());
        assertTrue(importVm.task().messageProperty().get().startsWith("None of the"), importVm.task().messageProperty().get());
        assertTrue(importVm.skippedProperty().get().contains("another schema"), importVm.skippedProperty().get());
        importVm.flopsPerStepProperty().set("many");
        assertTrue(importVm.importRuns().orElseThrow().contains("FLOPs per step"));
    }

    /**
     * Issue 28: runs short of the paper's window get a default window that leaves their warm-up out, and says how it
     * was chosen. Each run (sizes 32 to 256, ending at 10^14 FLOP times size / 32) follows 1.9 + 88 C^-0.094 except in
     * its first 1% of compute (a learning-rate warm-up), where the loss is up to 1 nat higher: below 10^12 every run is
     * warming up, so a fit over the whole range bends; from 2% of the shortest run's compute (2 x 10^12) the envelope
     * is the law.
     */
    @Test
    void theDefaultWindowLeavesTheWarmUpOutAndSaysHow(@TempDir Path dir) throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        for (int size : new int[] {32, 64, 128, 256}) {
            double end = 1e14 * size / 32;
            StringBuilder b = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < 60; i++) {
                double c = 1e10 * Math.pow(end / 1e10, i / 59.0);
                double warm = Math.max(0, 1 - c / (0.01 * end));
                double l = 1.9 + 88 * Math.pow(c, -0.094) + warm;
                b.append(String.format(Locale.ROOT, "%d,%.9g,%.9g,%.9g,%.9g,0%n", i * 50, l + 0.05, l, c, 1.01 * c));
            }
            Files.writeString(small.resolve(size + "_small_1.csv"), b.toString());
        }
        importVm.add(List.of(small));
        assertTrue(importVm.importRuns().isEmpty(), importVm.task().messageProperty().get());
        FrontierViewModel vm = new FrontierViewModel(state, session, NOW, NOW);
        assertEquals(2e12, ComputeText.parse(vm.window().lowProperty().get()), 2e12 * 1e-3);
        assertEquals(8e14, ComputeText.parse(vm.window().highProperty().get()), 8e14 * 1e-3);
        assertTrue(vm.window().howProperty().get().startsWith("Starts at 2% of the shortest run's compute (1.00"), vm.window().howProperty().get());
        vm.resamplesProperty().set(0);
        assertTrue(vm.fit().isEmpty(), vm.task().messageProperty().get());
        double fitted = alpha(vm);
        assertEquals(-0.094, fitted, 1e-3, "the law, warm-up left out");
        // the runs' whole range, the old default, takes the warm-up in and misses the law
        vm.window().lowProperty().set("1e10");
        assertTrue(vm.fit().isEmpty(), vm.task().messageProperty().get());
        assertTrue(Math.abs(alpha(vm) + 0.094) > 5e-3, "with the warm-up: " + alpha(vm));
    }

    private static double alpha(FrontierViewModel vm) {
        return Double.parseDouble(vm.parameters().stream().filter(p -> p.name().equals("alpha")).findFirst().orElseThrow().value());
    }

    @Test
    void aFrontierFitRecoversTheLawAndBecomesAnAlgorithmWithItsProvenance(@TempDir Path dir) throws Exception {
        importStudy(dir);
        FrontierViewModel vm = new FrontierViewModel(state, session, NOW, NOW);
        assertEquals("modern", vm.algorithmProperty().get());
        assertEquals("1e16", vm.window().lowProperty().get(), "the runs span the paper's window: it is the default");
        vm.resamplesProperty().set(50);
        assertTrue(vm.fit().isEmpty(), vm.task().messageProperty().get());
        // inside 1e16..5e17 the envelope is the law, each size leading over a stretch
        FrontierViewModel.ParameterRow a = vm.parameters().stream().filter(p -> p.name().equals("A")).findFirst().orElseThrow();
        FrontierViewModel.ParameterRow alpha = vm.parameters().stream().filter(p -> p.name().equals("alpha")).findFirst().orElseThrow();
        assertEquals(88, Double.parseDouble(a.value()), 88 * 1e-4);
        assertEquals(-0.094, Double.parseDouble(alpha.value()), 1e-5);
        assertEquals("1.900 (fixed)", vm.parameters().get(0).value());
        assertFalse(a.low().isEmpty(), "an interval from the bootstrap");
        assertTrue(vm.provenanceProperty().get().startsWith("Fitted from 5 runs (32_modern_1.csv, 64_modern_1.csv, 64_modern_2.csv, "
                + "128_modern_1.csv and 1 more) in "), vm.provenanceProperty().get());
        assertTrue(vm.provenanceProperty().get().contains("validation_loss vs total_flops_profiler (paper layout)"), vm.provenanceProperty().get());

        // the other columns of the paper's layout: the runs are read again
        vm.trainingLossProperty().set(true);
        vm.theoreticalComputeProperty().set(true);
        assertTrue(vm.fit().isEmpty());
        assertTrue(vm.provenanceProperty().get().contains("training_loss vs theoretical_flops (paper layout)"), vm.provenanceProperty().get());
        double trainingA = Double.parseDouble(vm.parameters().get(1).value());
        assertTrue(Math.abs(trainingA - 88) > 1, "a different loss, a different law: A = " + trainingA);
        vm.trainingLossProperty().set(false);
        vm.theoreticalComputeProperty().set(false);
        assertTrue(vm.fit().isEmpty());
        String id = vm.addAsAlgorithm().orElseThrow();
        Algorithm added = state.dataset().algorithm(id);
        assertEquals("modern (runs)", added.name());
        assertEquals(vm.provenanceProperty().get(), added.description());
        assertEquals("runs-modern", added.lossScale());
        assertEquals("Runs of modern", state.dataset().lossScale("runs-modern").name(), "the runs' own scale is declared");
        assertEquals(-0.094, ((PowerLaw) added.law()).alpha(), 1e-5);
        AppliedFit fit = state.get().fits().get(0);
        assertEquals(50, fit.laws().size() + fit.bootstrap().failed());
        // a CEG between the runs' law and the paper's is refused: different loss scales
        assertFalse(state.dataset().comparability(state.dataset().algorithm("transformer-2017"), added).comparable());
        assertEquals(1, new ProvenanceViewModel(state).rows().size());
    }

    @Test
    void aFitThatCannotBeMadeSaysWhyAndChangesNothing(@TempDir Path dir) throws Exception {
        importStudy(dir);
        FrontierViewModel vm = new FrontierViewModel(state, session, NOW, NOW);
        vm.window().lowProperty().set("1e25");
        vm.window().highProperty().set("1e26");
        vm.resamplesProperty().set(0);
        assertTrue(vm.fit().isEmpty());
        assertTrue(vm.task().messageProperty().get().contains("at least 3"), vm.task().messageProperty().get());
        assertTrue(vm.addAsAlgorithm().isEmpty());
        vm.window().highProperty().set("1e24");
        assertTrue(vm.fit().orElseThrow().contains("lower to a higher"));
        vm.window().highProperty().set("1e26");
        vm.fixedEProperty().set("one point nine");
        assertTrue(vm.fit().orElseThrow().contains("E must be a loss"));
        assertEquals(BundledDatasets.paper(), state.dataset());
    }

    @Test
    void ablationMultipliersAreTheComputeRatioAtTheTargetAndBecomeInnovations(@TempDir Path dir) throws Exception {
        // at size 64: the baseline, a variant needing half the compute for every loss (2x), one needing a third (3x),
        // and one that never gets below 8 nats
        Path ab = Files.createDirectories(dir.resolve("ablations"));
        for (int seed : new int[] {1, 2}) {
            Files.writeString(Files.createDirectories(ab.resolve("rms")).resolve("64d_rms_" + seed + ".csv"), run(64, 88, -0.094, 1));
            Files.writeString(Files.createDirectories(ab.resolve("rope")).resolve("64d_rope_" + seed + ".csv"), run(64, 88, -0.094, 2));
            Files.writeString(Files.createDirectories(ab.resolve("swiglu")).resolve("64d_swiglu_" + seed + ".csv"), run(64, 88, -0.094, seed == 1 ? 3 : 3.3));
        }
        Files.writeString(Files.createDirectories(ab.resolve("flat")).resolve("64d_flat_1.csv"), run(1, 88, -0.094, 1));
        importVm.add(List.of(ab));
        assertTrue(importVm.importRuns().isEmpty());
        AblationViewModel vm = new AblationViewModel(state, session, NOW);
        vm.baselineProperty().set("rms");
        assertEquals("Size 64", vm.sizeProperty().get().name(), "one size among the runs: it is chosen");
        assertTrue(vm.measure().isEmpty(), vm.task().messageProperty().get());
        AblationViewModel.Row rope = row(vm, "rope");
        // the same curve at half the compute: C_baseline / C_variant = 2 at any loss both reach
        assertEquals("2.00\u00d7", rope.multiplier());
        assertEquals("2", rope.n());
        assertEquals("none", rope.interval(), "two pairs that agree exactly: no interval");
        assertTrue(rope.note().contains("the pairs agree exactly"), rope.note());
        AblationViewModel.Row swiglu = row(vm, "swiglu");
        // by hand: the geometric mean of 3 and 3.3
        assertEquals(String.format(Locale.ROOT, "%.2f\u00d7", Math.sqrt(3 * 3.3)), swiglu.multiplier());
        // by default the target is the higher final loss, the flat run's: 1.9 + 88 (1e15)^-0.094, which the baseline reaches at
        // 1e15 and the flat run at its first row past 1e15, 1e14 * 10^(40/39)
        assertEquals(String.format(Locale.ROOT, "%.3f\u00d7", 1 / Math.pow(10, 1 / 39.0)), row(vm, "flat").multiplier());
        // at 5.0 nats, below the flat run's floor of 5.32, the flat run never reaches the target
        vm.targetProperty().set("5.0");
        assertTrue(vm.measure().isEmpty());
        AblationViewModel.Row flat = row(vm, "flat");
        assertTrue(flat.multiplier().startsWith("≤ "), "the flat run is not there by its last row: a bound, " + flat.multiplier());
        assertTrue(flat.flags().contains("not-observed"), flat.flags());
        assertTrue(flat.note().contains("do not both cross the target"), flat.note());
        assertEquals("2.00\u00d7", row(vm, "rope").multiplier(), "the same ratio at any loss both reach");
        String id = vm.addAsInnovation("rope").orElseThrow();
        Innovation.ScaleInvariant i = (Innovation.ScaleInvariant) state.dataset().innovation(id);
        assertEquals(2, i.multiplier(), 1e-6, "the files hold 9 significant digits");
        assertTrue(i.source().startsWith("Measured from these runs: 2 runs (64d_rope_1.csv, 64d_rope_2.csv)"), i.source());
        assertEquals("rms to rope (measured)", i.name());
        assertTrue(vm.addAsInnovation("flat").isEmpty(), "no multiplier, nothing added");
        // the paper's way round: the baseline is the newer form and the variant swaps it back; the gain is the inverse
        vm.baselineHasInnovationProperty().set(true);
        String backId = vm.addAsInnovation("rope").orElseThrow();
        Innovation.ScaleInvariant back = (Innovation.ScaleInvariant) state.dataset().innovation(backId);
        assertEquals(0.5, back.multiplier(), 1e-6);
        assertEquals("rope to rms (measured)", back.name());
        assertEquals(2, new ProvenanceViewModel(state).rows().size());
        vm.targetProperty().set("loud");
        assertTrue(vm.measure().orElseThrow().contains("target must be a loss"));
    }

    static AblationViewModel.Row row(AblationViewModel vm, String variant) {
        return vm.rows().stream().filter(r -> r.variant().equals(variant)).findFirst().orElseThrow();
    }

    @Test
    void aSteeperExponentIsScaleDependentAndBecomesTwoLawsAndAnInnovation(@TempDir Path dir) throws Exception {
        importStudy(dir);
        ScaleDependenceViewModel vm = new ScaleDependenceViewModel(state, session, NOW, NOW);
        vm.baselineProperty().set("modern");
        vm.variantProperty().set("steep");
        vm.resamplesProperty().set(40);
        assertTrue(vm.compare().isEmpty(), vm.task().messageProperty().get());
        String v = vm.verdictProperty().get();
        assertTrue(v.startsWith("Scale-dependent: CEG "), v);
        assertTrue(v.contains("excludes 1"), v);
        // by hand: the exponents differ by -0.14 - (-0.094) = -0.046
        assertTrue(v.contains("Exponent difference (variant - baseline) -0.0460"), v);
        // by hand: the logged computes 1e14 * 10^(5i/39) inside the window run from i = 16 (1.125e16) to i = 28 (3.888e17)
        assertTrue(v.contains("the 1.54 decades the frontiers share (1.13×10¹⁶ to 3.89×10¹⁷ FLOP)"), v);
        assertTrue(v.contains("extends 2 decades beyond the shared range on each side, dashed: extrapolated"), v);
        vm.anchorProperty().set(Anchor.CANDIDATE);
        String id = vm.addAsInnovation().orElseThrow();
        Innovation.ScaleDependent i = (Innovation.ScaleDependent) state.dataset().innovation(id);
        assertEquals("runs-steep", i.candidate());
        assertEquals("runs-modern", i.reference());
        assertEquals(Anchor.CANDIDATE, i.anchor());
        assertEquals(state.dataset().algorithm("runs-modern").lossScale(), state.dataset().algorithm("runs-steep").lossScale(),
                "both on the runs' one loss scale: their CEG is measured");
        assertEquals(3, new ProvenanceViewModel(state).rows().size(), "two laws and the innovation");
        // the two laws' bootstraps reach the attribution: its total and share carry intervals in any year the innovation is on
        state.setYear(2025);
        assertTrue(state.uncertainty().reachesAttribution(state.dataset()));
        String readout = AttributionFigure.readoutWithIntervals(state.figureState());
        assertTrue(readout.contains("95% interval") && readout.matches("(?s).*share [0-9.]+% \\([0-9.]+%-[0-9.]+%\\).*"), readout);
        // issue 28: before any innovation the total is 1 in every resample: no "interval 1.00x to 1.00x"
        state.setYear(2013.2);
        String before = AttributionFigure.readoutWithIntervals(state.figureState());
        assertTrue(before.contains("total 1.00×") && !before.contains("interval"), before);
        vm.variantProperty().set("modern");
        assertTrue(vm.compare().orElseThrow().contains("must differ"));
    }

    @Test
    void withNothingImportedEveryViewSaysWhatToDo() {
        FrontierViewModel f = new FrontierViewModel(state, session, NOW, NOW);
        assertNull(f.algorithmProperty().get());
        assertTrue(f.fit().orElseThrow().contains("import"));
        assertNotNull(f.drawing(ChartStyle.light()));
        assertTrue(new AblationViewModel(state, session, NOW).measure().orElseThrow().contains("import"));
        assertTrue(new ScaleDependenceViewModel(state, session, NOW, NOW).compare().orElseThrow().contains("import"));
        assertTrue(importVm.importRuns().orElseThrow().contains("no files"));
    }

    /**
     * Runs that never reach the paper's window (small models) start both the frontier and the comparison over their own
     * range, warm-up left out: from 2% of the shortest run's compute.
     */
    @Test
    void runsOutsideThePapersWindowAreComparedOverTheirOwnRange(@TempDir Path dir) throws Exception {
        for (String[] algo : new String[][] {{"small", "88", "-0.094"}, {"steep", "400", "-0.14"}}) {
            Path f = Files.createDirectories(dir.resolve("tiny/" + algo[0]));
            for (int size : new int[] {32, 64, 128, 256}) {
                Files.writeString(f.resolve(size + "_" + algo[0] + "_1.csv"), zoned(size, Double.parseDouble(algo[1]), Double.parseDouble(algo[2]), 1e6));
            }
        }
        importVm.add(List.of(dir.resolve("tiny")));
        assertTrue(importVm.importRuns().isEmpty());
        // logged from 1e14 / 1e6 = 1e8 to 1e19 / 1e6 = 1e13 FLOP, every run to 1e13: from 2e11
        FrontierViewModel frontier = new FrontierViewModel(state, session, NOW, NOW);
        assertEquals("2.00×10¹¹", frontier.window().lowProperty().get());
        assertEquals("1.00×10¹³", frontier.window().highProperty().get());
        ScaleDependenceViewModel vm = new ScaleDependenceViewModel(state, session, NOW, NOW);
        assertEquals(frontier.window().lowProperty().get(), vm.window().lowProperty().get());
        assertEquals(frontier.window().highProperty().get(), vm.window().highProperty().get());
        // these runs lead the frontier early in their training (each size from 10^10 to 10^11.3 FLOP): compared there
        vm.window().lowProperty().set("1e8");
        vm.resamplesProperty().set(20);
        assertTrue(vm.compare().isEmpty());
        assertTrue(vm.verdictProperty().get().startsWith("Scale-dependent"), vm.verdictProperty().get());
    }

    /** Issue 26: file names holding ESC, BEL or a line feed show as symbols in the table and in the list of files not used. */
    @Test
    void fileNamesWithControlsAreShownAsSymbols(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ev\u001bil"));
        Files.writeString(folder.resolve("64_ev\u001bil_1.csv"), run(64, 88, -0.094, 1));
        Files.writeString(folder.resolve("notes\u0007\n.csv"), "experiment,best_validation_loss\nx,5.6\n");
        importVm.add(List.of(folder));
        RunsImportViewModel.Row r = importVm.rows().stream().filter(x -> x.file().startsWith("64_ev")).findFirst().orElseThrow();
        assertEquals("64_ev\u241bil_1.csv", r.file());
        assertEquals("ev\u241bil", r.algorithmProperty().get());
        importVm.importRuns();
        String listed = importVm.skippedProperty().get();
        assertTrue(listed.contains("notes\u2407\u240a.csv") && !listed.contains("\u0007"), listed);
    }

    /**
     * Issue 29, the Backtest tab: the modern runs' frontier is the law 1.9 + 88 C^-0.094 exactly, so a fit below the
     * split predicts every larger frontier point with no error (to the 9 figures the runs are logged with); the
     * summary says how far that was checked and that beyond it the law is a projection.
     */
    @Test
    void aBacktestPredictsTheLargerRunsAndSaysWhereProjectionBegins(@TempDir Path dir) throws Exception {
        importStudy(dir);
        BacktestViewModel vm = new BacktestViewModel(session, NOW, NOW);
        assertEquals("modern", vm.algorithmProperty().get());
        assertFalse(vm.splitProperty().get().isEmpty(), "a split inside the window to start from");
        vm.splitProperty().set("1e17");
        assertTrue(vm.run().isEmpty(), vm.finding().task().messageProperty().get());
        Backtest b = vm.finding().resultProperty().get();
        assertTrue(b.points().size() >= 3, b.points().toString());
        for (Backtest.Point p : b.points()) {
            assertTrue(p.compute() >= 1e17);
            assertEquals(1.9 + 88 * Math.pow(p.compute(), -0.094), p.predicted(), 1e-6);
            assertEquals(0, p.error(), 1e-6);
        }
        String summary = vm.finding().summaryProperty().get();
        assertTrue(summary.contains("decades beyond the fit") && summary.contains("there it is a projection"), summary);
        // split by size: every run of the study logs the whole range, so the small ones reach as far as the large
        vm.sizesProperty().set("64");
        vm.run();
        assertTrue(vm.finding().task().messageProperty().get().contains("nothing to predict"), vm.finding().task().messageProperty().get());
        vm.sizesProperty().set("big");
        assertTrue(vm.run().orElseThrow().contains("must be a number"));
        vm.sizesProperty().set("");
        vm.splitProperty().set("soon");
        assertTrue(vm.run().isPresent(), "a split that is not a compute is refused");
        vm.splitProperty().set("1e19");
        vm.run();
        assertTrue(vm.finding().task().messageProperty().get().contains("must lie inside the window"), vm.finding().task().messageProperty().get());
    }

    /** Issue 29, the IsoFLOP tab: the runs profiled off the FX thread, the summary saying where the sizes came from and what was placed. */
    @Test
    void theIsoflopTabProfilesTheRunsAndSaysWhatItRestsOn(@TempDir Path dir) throws Exception {
        importStudy(dir);
        IsoFlopViewModel vm = new IsoFlopViewModel(session, BundledDatasets.laws(), NOW, NOW);
        assertEquals("modern", vm.algorithmProperty().get());
        vm.budgetsProperty().set(2);
        assertTrue(vm.run().orElseThrow().contains("between 3 and 100 budgets"));
        vm.budgetsProperty().set(6);
        vm.resamplesProperty().set(0);
        assertTrue(vm.run().isEmpty(), vm.finding().task().messageProperty().get());
        IsoFlop iso = vm.finding().resultProperty().get();
        assertEquals(6, iso.budgets().size() + iso.refused().size(), "every budget placed or refused with a reason");
        String summary = vm.finding().summaryProperty().get();
        // the study's files give tokens of 0: no parameter count, so the sizes are the names'
        assertTrue(summary.contains("the size in each file name (not a parameter count"), summary);
        assertTrue(summary.contains(" of 6 budgets placed a minimum"), summary);
    }
}
