package org.scalingexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.scalingexplorer.cli.Cli;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Theme;

/**
 * The window's export and the command line's export of one state are the same picture, pixel for pixel, for every
 * chart: both draw through the figure layer.
 */
class ExportParityTest {
    static int[] pixels(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @ParameterizedTest
    @EnumSource(Figures.Kind.class)
    void theWindowAndTheCommandLineDrawTheSamePicture(Figures.Kind kind, @TempDir Path dir) throws Exception {
        for (boolean frontier : new boolean[] {true, false}) {
            AppState state = new AppState(BundledDatasets.paper());
            state.setReference("transformer-2017");
            state.setFramesReference("transformer-2017");
            state.setAnchor(Anchor.CANDIDATE);
            state.setMode(frontier ? Attribution.Mode.FRONTIER : Attribution.Mode.FIXED);
            state.setYear(2023);
            // frontier mode: the compute is the trend's in 2023, as the command line derives it from --year
            state.setCompute(Math.log10(frontier ? state.dataset().requireTrend().compute(2023) : 1e21));
            ExportViewModel window = new ExportViewModel(state, Optional::empty, Runnable::run, Runnable::run);
            window.kindProperty().set(kind);
            window.themeProperty().set(Theme.DARK);
            window.widthProperty().set(900);
            window.heightProperty().set(560);
            window.scaleProperty().set(1);
            ExportViewModel.Pixels shown = window.chartPixels(Figures.View.full());

            Path out = dir.resolve(kind.id() + frontier + ".png");
            List<String> args = new ArrayList<>(List.of("export", "--chart", kind.id(), "--out", out.toString(), "--width", "900",
                    "--height", "560", "--theme", "dark", "--reference", "transformer-2017", "--anchor", "candidate", "--year", "2023",
                    "--mode", frontier ? "frontier" : "fixed"));
            if (!frontier) args.addAll(List.of("--compute", "1e21"));
            StringWriter err = new StringWriter();
            assertEquals(0, Cli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
            assertArrayEquals(pixels(out), shown.argb(), kind + (frontier ? " (frontier)" : " (fixed)") + ": the two exports differ");
        }
    }
}
