package org.scalingexplorer.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.figure.Sweep;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.export.ExportViewModel;

class PresentationViewModelTest {
    private final AppState state = new AppState(BundledDatasets.paper());
    private final PresentationViewModel vm = new PresentationViewModel(state);

    @Test
    void easingStartsAndEndsGentlyAndIsHalfWayAtHalfTime() {
        assertEquals(0, Sweep.ease(0));
        assertEquals(0.5, Sweep.ease(0.5), 1e-15);
        assertEquals(1, Sweep.ease(1));
        // cubic in-out: 4t^3 below half, so a tenth of the way in time is 0.4% of the way in value
        assertEquals(0.004, Sweep.ease(0.1), 1e-15);
        assertEquals(1 - 0.004, Sweep.ease(0.9), 1e-12);
    }

    /** 8 s from 1e16 to 1e26 FLOP in 60 Hz frames: the end value exactly at 8 s, half-way at 4 s. */
    @Test
    void playbackReachesItsEndValueAtItsEndTime() {
        vm.fromProperty().set(16);
        vm.toProperty().set(26);
        vm.durationProperty().set(8);
        assertTrue(vm.play().isEmpty());
        assertEquals(16, state.view().log10Compute());
        for (int frame = 1; frame <= 480; frame++) {
            vm.advance(1 / 60.0);
            if (frame == 480) break;
            assertTrue(vm.playingProperty().get(), "still playing at frame " + frame);
            if (frame == 240) assertEquals(21, state.view().log10Compute(), 1e-9, "half-way at half time");
        }
        // floating-point sums of 1/60 may fall a hair short of 8 s; one more frame ends it, never passes the end
        if (vm.playingProperty().get()) vm.advance(1 / 60.0);
        assertFalse(vm.playingProperty().get());
        assertEquals(26, state.view().log10Compute(), 0);
        assertEquals(8, vm.elapsedProperty().get(), 0);
    }

    @Test
    void spacePausesAndResumesAndSpeedScalesTime() {
        vm.fromProperty().set(2012);
        vm.toProperty().set(2025);
        vm.targetProperty().set(PresentationViewModel.Target.YEAR);
        vm.durationProperty().set(10);
        vm.speedProperty().set(2);
        vm.play();
        vm.advance(1);
        assertEquals(2, vm.elapsedProperty().get(), 1e-12, "twice as fast");
        assertEquals(vm.valueAt(2), state.view().year(), 1e-12);
        vm.pauseOrResume();
        vm.advance(3);
        assertEquals(2, vm.elapsedProperty().get(), 1e-12, "paused: time stands still");
        vm.pauseOrResume();
        vm.advance(4);
        assertFalse(vm.playingProperty().get());
        assertEquals(2025, state.view().year(), 0);
        assertTrue(vm.play().isEmpty());
        vm.fromProperty().set(2025);
        assertTrue(vm.play().isPresent(), "no sweep from a value to itself");
    }

    @Test
    void aTypedRangeIsParsedOrRefusedWithTheReason() {
        assertTrue(vm.setRange("3x10^20 to 250 PF-days").isEmpty());
        assertEquals(Math.log10(3e20), vm.fromProperty().get(), 1e-12);
        assertEquals(Math.log10(250 * 8.64e19), vm.toProperty().get(), 1e-12);
        assertTrue(vm.setRange("1e18").orElseThrow().contains("expected two values"));
        assertTrue(vm.setRange("1e18 lots").isPresent());
        assertEquals(Math.log10(3e20), vm.fromProperty().get(), 1e-12, "a refused range leaves the last one");
        vm.targetProperty().set(PresentationViewModel.Target.YEAR);
        assertTrue(vm.setRange("2015, 2025").isEmpty());
        assertEquals(2015, vm.fromProperty().get());
        assertTrue(vm.setRange("2000 2025").orElseThrow().contains("2012-2025"));
        assertTrue(vm.setRange("NaN 2025").orElseThrow().contains("2012-2025"), "not a year");
        assertEquals(2015, vm.fromProperty().get());
    }

    @Test
    void framesCoverThePlaybackAndEndOnTheEndValue() {
        vm.fromProperty().set(16);
        vm.toProperty().set(26);
        vm.durationProperty().set(2);
        double[] f = vm.frameValues(10);
        assertEquals(21, f.length);
        assertEquals(16, f[0]);
        assertEquals(21, f[10], 1e-12);
        assertEquals(26, f[20]);
    }

    @Test
    void aStoryRestoresEachSavedView() {
        state.setReference("lstm");
        state.setCompute(20);
        vm.sideTabProperty().set(0);
        vm.addKeyframe();
        state.setReference("transformer-2017");
        state.setAnchor(Anchor.CANDIDATE);
        state.setMode(Attribution.Mode.FIXED);
        state.setCompute(24);
        state.setYear(2019);
        vm.sideTabProperty().set(2);
        vm.sidePanelProperty().set(false);
        vm.addKeyframe();
        vm.previous();
        assertEquals("lstm", state.view().reference());
        assertEquals(Anchor.REFERENCE, state.view().anchor());
        assertEquals(20, state.view().log10Compute(), 1e-12);
        assertEquals(0, vm.sideTabProperty().get());
        assertTrue(vm.sidePanelProperty().get());
        vm.next();
        assertEquals("transformer-2017", state.view().reference());
        assertEquals(Anchor.CANDIDATE, state.view().anchor());
        assertEquals(Attribution.Mode.FIXED, state.view().mode());
        assertEquals(24, state.view().log10Compute(), 1e-12);
        assertEquals(2019, state.view().year(), 1e-12);
        assertEquals(2, vm.sideTabProperty().get());
        assertFalse(vm.sidePanelProperty().get());
        vm.next();
        assertEquals(1, vm.storyIndexProperty().get(), "past the end stays on the last view");
    }

    @Test
    void themesAndPresentModeSetTheChartStyle() {
        assertEquals(Theme.LIGHT.chartStyle(), vm.chartStyleProperty().get());
        state.setTheme(Theme.DARK);
        assertEquals(Theme.DARK.chartStyle(), vm.chartStyleProperty().get());
        vm.presentingProperty().set(true);
        assertEquals(PresentationViewModel.PRESENT_SCALE, vm.chartStyleProperty().get().scale(), 1e-12, "1.25 at 1280 x 720");
        vm.viewWidthProperty().set(3840);
        vm.viewHeightProperty().set(2160);
        assertEquals(3 * PresentationViewModel.PRESENT_SCALE, vm.chartStyleProperty().get().scale(), 1e-12, "three times that at 4K");
        state.setTheme(Theme.LIGHT);
        vm.presentingProperty().set(false);
        assertEquals(Theme.LIGHT.chartStyle(), vm.chartStyleProperty().get(), "back to light: nothing of dark or present mode left");
    }

    @Test
    void aPlaybackExportsAsAnAnimatedGifWithOneImagePerFrame(@TempDir Path dir) throws Exception {
        ExportViewModel export = new ExportViewModel(state, Optional::empty,
                Runnable::run, Runnable::run);
        export.widthProperty().set(320);
        export.heightProperty().set(200);
        vm.fromProperty().set(18);
        vm.toProperty().set(24);
        vm.durationProperty().set(1);
        state.setCompute(22);
        Path gif = dir.resolve("sweep.gif");
        assertTrue(export.exportPlayback(vm, gif, 5, Figures.View.full()).isEmpty());
        assertEquals(22, state.view().log10Compute(), 1e-12, "the view is restored after the frames are taken");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            assertEquals(320, reader.read(0).getWidth());
        }
        // issue 18: every frame shows something new (each a rectangle over the one before, composited here)
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage screen = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                Graphics2D g = screen.createGraphics();
                g.drawImage(reader.read(i), Integer.parseInt(d.getAttribute("imageLeftPosition")), Integer.parseInt(d.getAttribute("imageTopPosition")), null);
                g.dispose();
                int[] px = screen.getRGB(0, 0, 320, 200, null, 0, 320);
                assertTrue(seen.add(Arrays.hashCode(px)), "frame " + i + " repeats an earlier one");
            }
        }
        // a cancelled export writes nothing
        List<Runnable> queued = new ArrayList<>();
        ExportViewModel later = new ExportViewModel(state, Optional::empty, queued::add, Runnable::run);
        later.widthProperty().set(320);
        later.heightProperty().set(200);
        assertTrue(later.exportPlayback(vm, dir.resolve("never.gif"), 5, Figures.View.full()).isEmpty());
        assertTrue(later.playingProperty().get());
        later.cancelPlayback();
        queued.forEach(Runnable::run);
        assertFalse(later.playingProperty().get());
        assertTrue(later.messageProperty().get().startsWith("Playback export cancelled"), later.messageProperty().get());
        assertFalse(Files.exists(dir.resolve("never.gif")));
        assertTrue(export.exportPlayback(vm, dir.resolve("frames.png"), 5, Figures.View.full()).isEmpty());
        assertTrue(Files.exists(dir.resolve("frames-0006.png")));
        assertFalse(Files.exists(dir.resolve("frames-0007.png")));
    }
}
