package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;

/** Exports say where their numbers come from when some came from training runs, and say nothing more otherwise. */
class CaptionsTest {
    static final String FITTED = "Fitted from 8 runs (128_modern_40.csv, ...) in runs/modern. validation_loss vs total_flops_profiler.";
    static final String MEASURED = "Measured from these runs: 2 runs (64d_rope_1.csv, 64d_rope_2.csv) against the baseline's 2 runs.";

    static Dataset withRuns() {
        Dataset paper = BundledDatasets.paper();
        Algorithm lstm = paper.algorithm("lstm");
        List<Algorithm> algorithms = new ArrayList<>(paper.algorithms());
        algorithms.add(new Algorithm("runs-modern", "modern (runs)", "", FITTED, lstm.law(), List.of(), Set.of(), false, lstm.lossScale()));
        List<Innovation> innovations = new ArrayList<>(paper.innovations());
        innovations.add(new Innovation.ScaleInvariant("rope-measured", "rope (measured)", 2021, OptionalDouble.of(2), 2, MEASURED));
        return paper.withAlgorithms(algorithms).withInnovations(innovations);
    }

    @Test
    void theLossChartNamesTheLawsFittedToRunsAndTheAttributionTheInnovationsMeasured() {
        FigureState s = FigureState.of(withRuns());
        assertEquals(List.of("modern (runs): " + FITTED), Captions.of(Figures.Kind.LOGLOG, s, Figures.View.full()));
        assertEquals(List.of("rope (measured): " + MEASURED), Captions.of(Figures.Kind.ATTRIBUTION, s, Figures.View.full()));
        // hidden in the chart, or switched off: not in the caption
        assertTrue(Captions.of(Figures.Kind.LOGLOG, s, new Figures.View(Set.of("runs-modern"), null, Set.of(), null)).isEmpty());
        assertTrue(Captions.of(Figures.Kind.ATTRIBUTION, new FigureState(s.dataset(), s.referenceId(), s.anchor(), s.compute(), s.year(), s.mode(),
                Set.of("rope-measured"), s.uncertainty(), s.notable(), false, null, s.scaleComputes()), Figures.View.full()).isEmpty());
        // the bundled dataset alone: no caption
        assertTrue(Captions.of(Figures.Kind.LOGLOG, FigureState.of(BundledDatasets.paper()), Figures.View.full()).isEmpty());
    }

    @Test
    void anExportCarriesTheCaptionUnderItsChart() throws Exception {
        System.setProperty("java.awt.headless", "true");
        String svg = ChartExport.svg(Figures.drawing(Figures.Kind.LOGLOG, FigureState.of(withRuns()), Figures.View.full(), ChartStyle.light()),
                ChartStyle.light().background(), 1600, 1000);
        assertTrue(svg.contains("modern (runs): Fitted from 8 runs"), "the caption is in the export");
        // kept to look at
        try (var out = Files.newOutputStream(Path.of("target", "caption-export.png"))) {
            ChartExport.encode(Figures.drawing(Figures.Kind.ATTRIBUTION, FigureState.of(withRuns()), Figures.View.full(), ChartStyle.dark()),
                    ChartStyle.dark().background(), ChartExport.Format.PNG, 1920, 1080, 1, out);
        }
        String plain = ChartExport.svg(Figures.drawing(Figures.Kind.LOGLOG, FigureState.of(BundledDatasets.paper()), Figures.View.full(),
                ChartStyle.light()), ChartStyle.light().background(), 1600, 1000);
        assertTrue(!plain.contains("Fitted from"), "no caption without runs");
    }

    /** Issue 18: exports name the data's source under the chart, on by default; off when asked. */
    @Test
    void exportsCarryTheSourceLineUnlessTurnedOff() {
        System.setProperty("java.awt.headless", "true");
        FigureState s = FigureState.of(BundledDatasets.paper());
        String line = Captions.source(s.dataset()).orElseThrow();
        assertTrue(line.startsWith("Source: Gundlach et al. (2025). On the Origin of Algorithmic Progress in AI.") && line.endsWith("Chart: Scaling Explorer."),
                line);
        assertTrue(line.contains("arXiv:2511.21622; and 4 more (Help > How to Cite). Chart"), line);
        String with = ChartExport.svg(Figures.drawing(Figures.Kind.ATTRIBUTION, s, Figures.View.full(), ChartStyle.light()),
                ChartStyle.light().background(), 1600, 1000);
        assertTrue(with.contains("Source: Gundlach et al. (2025)"), "on by default");
        String without = ChartExport.svg(Figures.drawing(Figures.Kind.ATTRIBUTION, s, Figures.View.full(), ChartStyle.light(), false),
                ChartStyle.light().background(), 1600, 1000);
        assertTrue(!without.contains("Source:"), "off when asked");
    }
}
