package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.DoubleProperty;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * The window's state as pure functions: each named change keeps the rules by itself. Years on the paper's trend
 * (C = 1e16 x 4.1^(year - 2013)) worked out by hand: year(C) = 2013 + log10(C / 1e16) / log10(4.1), log10(4.1) =
 * 0.6127839.
 */
class WindowStateTest {
    private static final double LOG_GROWTH = Math.log10(4.1);
    private final Dataset paper = BundledDatasets.paper();
    private final WindowState start = WindowState.of(paper);

    @Test
    void theStartIsTheDatasetsFirstAlgorithmAtTenToTheTwentyTwoOnTheTrend() {
        assertEquals("lstm", start.view().reference());
        assertEquals(22, start.view().log10Compute());
        assertEquals(2013 + 6 / 0.6127839, start.view().year(), 1e-4); // 2022.7913
        assertEquals(1e22, start.compute(), 1e6);
    }

    @Test
    void inFrontierModeTheYearAndTheComputeMoveTogether() {
        WindowState s = start.setCompute(20);
        assertEquals(2013 + 4 / 0.6127839, s.view().year(), 1e-4); // 2019.5276
        s = s.setYear(2020);
        assertEquals(16 + 7 * LOG_GROWTH, s.view().log10Compute(), 1e-9); // 20.2895
        // past the chart's last year the year stops at 2025 (the compute goes on)
        s = s.setCompute(24);
        assertEquals(24, s.view().log10Compute());
        assertEquals(2025, s.view().year());
        // fixed mode: each cursor on its own
        WindowState fixed = start.setMode(Attribution.Mode.FIXED).setCompute(20);
        assertEquals(start.view().year(), fixed.view().year());
        assertEquals(20, fixed.setYear(2015).view().log10Compute());
        // back to frontier mode: the compute goes onto the trend at the year
        WindowState back = fixed.setYear(2015).setMode(Attribution.Mode.FRONTIER);
        assertEquals(16 + 2 * LOG_GROWTH, back.view().log10Compute(), 1e-9);
        assertEquals(2015, back.view().year(), 1e-9);
    }

    @Test
    void theComputeStaysOnTheSliderAndWhatIsNotANumberChangesNothing() {
        assertEquals(start.slider().max(), start.setCompute(100).view().log10Compute());
        assertEquals(start.slider().min(), start.setCompute(-5).view().log10Compute());
        assertSame(start, start.setCompute(Double.NaN));
        assertSame(start, start.setYear(Double.POSITIVE_INFINITY));
    }

    @Test
    void aDatasetWithoutTheReferenceOrAFittedAlgorithmTakesThemAlong() {
        AppliedFit fit = fit();
        WindowState s = start.applyFit(fit, null);
        assertEquals(List.of(fit), s.fits());
        assertTrue(s.uncertainty().covers("transformer-2017"), "the fit and its dataset change together");
        assertEquals(fit.fitted(), s.dataset().algorithm("transformer-2017"));
        // a fit added as an algorithm of its own, made the reference, then taken out of the dataset
        Algorithm own = fit.fitted().withIdentity("Refitted", "", null);
        AppliedFit added = new AppliedFit("refitted", "runs.csv", fit.options(), fit.fit(), fit.bootstrap(), null,
                new Algorithm("refitted", "Refitted", "", "", own.law(), own.runs(), Set.of(), false, own.lossScale()), fit.laws(), true);
        WindowState withOwn = start.applyFit(added, null).setReference("refitted");
        assertEquals("refitted", withOwn.view().reference());
        WindowState edited = withOwn.edit(paper);
        assertEquals("lstm", edited.view().reference(), "the first algorithm");
        assertTrue(edited.fits().isEmpty());
        assertTrue(edited.uncertainty().isEmpty());
        // switching a replaced law back and forth
        WindowState off = s.useFit("transformer-2017", false);
        assertEquals(paper.algorithm("transformer-2017"), off.dataset().algorithm("transformer-2017"));
        assertEquals(fit.fitted(), off.useFit("transformer-2017", true).dataset().algorithm("transformer-2017"));
    }

    @Test
    void innovationsSwitchedAndEditedComeBackWithReset() {
        Dataset edited = paper.withInnovations(paper.innovations().stream().map(i -> i.id().equals("moe") ? i.withYear(2024) : i).toList());
        WindowState s = start.edit(edited).enable("rotary", false);
        assertEquals(Set.of("rotary"), s.excluded());
        assertEquals(paper, s.loaded());
        WindowState reset = s.resetInnovations();
        assertEquals(paper.innovations(), reset.dataset().innovations());
        assertTrue(reset.excluded().isEmpty());
    }

    @Test
    void aWorkspaceAStorysViewAndTheSettingsGiveBackTheStateTheyWereTakenFrom() {
        WindowState s = start.applyFit(fit(), null).enable("moe", false).setReference("transformer-modern").setAnchor(Anchor.CANDIDATE)
                .setMode(Attribution.Mode.FIXED).setYear(2019.5).setCompute(23.25).setTheme(Theme.DARK).setColorBlindSafe(true).setSideTab(2)
                .setSidePanel(false);
        s = s.withStory(List.of(Projections.keyframe(s, "one")));
        WindowState reopened = Projections.restore(start, Projections.workspace(s, Optional.empty()));
        // the work as it was (the uncertainty is made again from the same fits)
        assertEquals(s.loaded(), reopened.loaded());
        assertEquals(s.dataset(), reopened.dataset());
        assertEquals(s.excluded(), reopened.excluded());
        assertEquals(s.fits(), reopened.fits());
        assertEquals(s.view(), reopened.view());
        assertEquals(s.story(), reopened.story());
        // a story's view: everything but theme, palette, digits and the two charts' own choices
        WindowState elsewhere = s.setReference("lstm").setAnchor(Anchor.REFERENCE).setMode(Attribution.Mode.FRONTIER).setSideTab(0);
        assertEquals(s.view(), Projections.show(elsewhere, s.story().get(0)).view());
        Settings saved = Projections.settings(s.setDigits(5), 0, 0, 1280, 800, false, List.of(Path.of("/x.json")), 30);
        WindowState next = Projections.withSettings(WindowState.of(paper), saved);
        assertEquals("transformer-modern", next.view().reference());
        assertEquals(Anchor.CANDIDATE, next.view().anchor());
        assertEquals(23.25, next.view().log10Compute());
        assertEquals(Theme.DARK, next.view().theme());
        assertEquals(5, next.view().digits());
    }

    @Test
    void oneChangeIsHeardOnceAndNoChangeNotAtAll() {
        AppState state = new AppState(paper);
        List<WindowState> heard = new ArrayList<>();
        state.stateProperty().addListener((o, was, now) -> heard.add(now));
        state.applyFit(fit());
        assertEquals(1, heard.size(), "the fit and the dataset together");
        state.setCompute(state.view().log10Compute());
        assertEquals(1, heard.size(), "nothing changed");
        // a field at the edge: the user's value goes in as a change, and shows what the state kept
        DoubleProperty slider = state.doubleField(s -> s.view().log10Compute(), WindowState::setCompute);
        slider.set(100);
        assertEquals(state.get().slider().max(), slider.get());
        assertEquals(slider.get(), state.view().log10Compute());
        state.setCompute(20);
        assertEquals(20, slider.get());
        assertFalse(heard.isEmpty());
    }

    /** Transformer (2017) refitted to 12 runs on 1.9 + 81.7 C^-0.091. */
    private AppliedFit fit() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double c = Math.pow(10, 15 + i * 0.25);
            runs.add(new Run(c, 1.9 + 81.7 * Math.pow(c, -0.091) * (1 + 0.01 * Math.sin(i))));
        }
        Bootstrap.Result b = Bootstrap.run(LawKind.SATURATING, runs, FitOptions.defaults(), 20, 1, 0.95, i -> { }, new AtomicBoolean());
        Algorithm original = paper.algorithm("transformer-2017");
        return new AppliedFit("transformer-2017", "runs.csv", FitOptions.defaults(), b.fit(), b, original, original.withLaw(b.fit().law()),
                Uncertainty.laws(b, Optional.empty()), true);
    }
}
