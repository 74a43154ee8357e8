package org.scalingexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.cli.ExportCliTest;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.report.CegReports;
import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.fit.FitViewModel;

class ExportViewModelTest {
    private final AppState state = new AppState(BundledDatasets.paper());
    private final FitViewModel fit = new FitViewModel(state, Runnable::run, Runnable::run);
    private final ExportViewModel vm = new ExportViewModel(state, () -> Optional.ofNullable(fit.reportProperty().get())
            .map(r -> Reports.fit(r.fit(), r.bootstrap(), r.method())), Runnable::run, Runnable::run);

    @Test
    void aChartIsExportedAsTheWindowShowsItWithHiddenSeriesLeftOut(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("loss.svg");
        Figures.View view = new Figures.View(Set.of("transformer-modern"), null, Set.of(), null);
        assertTrue(vm.exportChart(svg, view).isEmpty());
        List<String> texts = ExportCliTest.svgTexts(svg);
        assertTrue(texts.contains("Transformer (2017)"));
        assertFalse(texts.contains("Transformer (modern)"), "a series hidden in the window's legend is not exported");
        assertTrue(vm.messageProperty().get().startsWith("Exported Loss vs compute to "), vm.messageProperty().get());
    }

    @Test
    void presetsSetTheSizeAndThePngHasItTimesTheScale(@TempDir Path dir) throws Exception {
        vm.presetProperty().set(ExportViewModel.Preset.UHD);
        assertEquals(3840, vm.widthProperty().get());
        assertEquals(2160, vm.heightProperty().get());
        vm.widthProperty().set(3000);
        assertEquals(ExportViewModel.Preset.CUSTOM, vm.presetProperty().get(), "a size typed by hand is custom");
        assertEquals(2160, vm.heightProperty().get());
        vm.presetProperty().set(ExportViewModel.Preset.COLUMN);
        vm.scaleProperty().set(2);
        vm.kindProperty().set(Figures.Kind.ATTRIBUTION);
        Path png = dir.resolve("a.png");
        assertTrue(vm.exportChart(png, Figures.View.full()).isEmpty());
        var img = ImageIO.read(png.toFile());
        // a paper column: 3.5 in at 300 dpi, twice
        assertEquals(2100, img.getWidth());
        assertEquals(1576, img.getHeight());
        ExportViewModel.Pixels p = vm.chartPixels(Figures.View.full());
        assertEquals(2100 * 1576, p.argb().length);
        vm.scaleProperty().set(5);
        assertTrue(vm.exportChart(dir.resolve("b.png"), Figures.View.full()).orElseThrow().contains("1 to 4"));
        assertTrue(vm.exportChart(dir.resolve("b.jpg"), Figures.View.full()).isPresent());
        assertFalse(Files.exists(dir.resolve("b.png")));
    }

    @Test
    void tablesAreWrittenAsTheReportsRenderThem(@TempDir Path dir) throws Exception {
        state.setCompute(21);
        Path csv = dir.resolve("ceg.csv");
        assertTrue(vm.exportTable(ExportViewModel.Table.CEG, csv).isEmpty());
        assertEquals(CegReports.ceg(state.dataset(), "lstm", state.view().anchor(), 1e21).render(Report.Format.CSV), Files.readString(csv));
        Path md = dir.resolve("attribution.md");
        assertTrue(vm.exportTable(ExportViewModel.Table.ATTRIBUTION, md).isEmpty());
        assertEquals(Reports.attribution(state.dataset(), state.view().mode(), 1e21, 2012, 2025, 1).render(Report.Format.MARKDOWN),
                Files.readString(md));
        assertTrue(vm.exportTable(ExportViewModel.Table.FIT, dir.resolve("fit.csv")).orElseThrow().contains("no fit results yet"));
        assertTrue(vm.exportTable(ExportViewModel.Table.CEG, dir.resolve("ceg.txt")).isPresent());
    }

    @Test
    void theCitationGivesTheSourcesAsTextAndBibtex() {
        String c = vm.citation();
        assertTrue(c.contains("Hoffmann et al. (2022). Training Compute-Optimal Large Language Models."), c);
        assertTrue(c.contains("@article{hoffmann2022chinchilla,"), c);
    }

    /** Issue 28: the message gives the size of what was written in its unit, read back from the files themselves. */
    @Test
    void theMessageGivesAPdfsPageInPointsAndAPngInPixels(@TempDir Path dir) throws Exception {
        vm.widthProperty().set(1920);
        vm.heightProperty().set(1080);
        Path pdf = dir.resolve("slide.pdf");
        assertTrue(vm.exportChart(pdf, Figures.View.full()).isEmpty());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            String said = vm.messageProperty().get();
            assertTrue(said.endsWith(String.format(Locale.ROOT, "(a page of %.0f x %.0f points)", box.getWidth(), box.getHeight())), said);
            assertEquals(960, box.getWidth(), 0.5, "a slide 13.33 in wide");
            assertEquals(540, box.getHeight(), 0.5);
        }
        vm.scaleProperty().set(2);
        Path png = dir.resolve("slide.png");
        assertTrue(vm.exportChart(png, Figures.View.full()).isEmpty());
        var img = ImageIO.read(png.toFile());
        assertTrue(vm.messageProperty().get().endsWith("(" + img.getWidth() + " x " + img.getHeight() + " pixels)"), vm.messageProperty().get());
    }
}
