package org.scalingexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.Workspace.Keyframe;

/**
 * The three forms the window's state is kept in, each one mapper both ways: a story's view (a keyframe), a
 * workspace, and the settings remembered between runs. Each holds a part of {@link WindowState}; nothing else copies
 * the view's fields one by one.
 */
public final class Projections {
    private Projections() {
    }

    // ---- a story's view -----------------------------------------------------------------------------------------

    /** The view as a story keeps it. */
    public static Keyframe keyframe(WindowState s, String name) {
        WindowState.View v = s.view();
        return new Keyframe(name, v.reference(), v.anchor(), v.log10Compute(), v.year(), v.mode(), v.sideTab(), v.sidePanel());
    }

    /** Shows a story's view (its reference only if the dataset has it). */
    public static WindowState show(WindowState s, Keyframe k) {
        WindowState.View v = s.view();
        String reference = s.dataset().findAlgorithm(k.reference()).isPresent() ? k.reference() : v.reference();
        // the mode first; then the year and the compute, which frontier mode links through the trend
        return s.withView(v.withReference(reference).withAnchor(k.anchor()).withMode(k.mode()).withSideTab(k.sideTab()).withSidePanel(k.sidePanel()))
                .setYear(k.year()).setCompute(k.log10Compute());
    }

    // ---- a workspace --------------------------------------------------------------------------------------------

    /** The state as a workspace keeps it, with {@code source} (the dataset's file and its hash) as found now. */
    public static Workspace workspace(WindowState s, Optional<Workspace.Source> source) {
        WindowState.View v = s.view();
        Workspace.View view = new Workspace.View(v.reference(), v.anchor(), v.log10Compute(), v.year(), v.mode(), v.theme().id(),
                v.colorBlindSafe(), v.sideTab(), v.sidePanel());
        return new Workspace(source, s.loaded(), s.dataset(), s.excluded(), s.fits(), view, s.story(), s.notable());
    }

    /** A workspace reopened: its work, view, story and notable models (the significant figures and By scale computes stay). */
    public static WindowState restore(WindowState s, Workspace w) {
        Workspace.View v = w.view();
        Theme theme = s.view().theme();
        try {
            theme = Theme.parse(v.theme());
        } catch (IllegalArgumentException e) {
            // a theme of a later version: keep the one on screen
        }
        WindowState.Work work = WindowState.Work.of(w.loaded(), w.dataset(), w.source().map(Workspace.Source::path).orElse(null), w.excluded(), w.fits());
        WindowState opened = s.withWork(work).withNotable(w.notable()).withStory(w.story());
        WindowState.View shown = opened.view().withReference(v.reference()).withAnchor(v.anchor()).withMode(v.mode()).withTheme(theme)
                .withColorBlindSafe(v.colorBlindSafe()).withSideTab(v.sideTab()).withSidePanel(v.sidePanel());
        // the year first: in frontier mode the compute then puts it on the trend, as it was saved
        return opened.withView(shown).setYear(v.year()).setCompute(v.log10Compute());
    }

    // ---- the settings -------------------------------------------------------------------------------------------

    /** The view as the settings remember it between runs, with the window's geometry, recent files and autosave. */
    public static Settings settings(WindowState s, double x, double y, double w, double h, boolean maximized, List<Path> recent, int autosaveSeconds) {
        WindowState.View v = s.view();
        return new Settings(x, y, w, h, maximized, Optional.ofNullable(s.work().file()), v.reference(), v.anchor().id(), v.log10Compute(), recent,
                v.theme().id(), v.colorBlindSafe(), autosaveSeconds, v.digits(), v.endLabels());
    }

    /** The view the settings remember, where this dataset and this version can use it (else the default stays). */
    public static WindowState withSettings(WindowState s, Settings saved) {
        WindowState.View v = s.view();
        Anchor anchor = v.anchor();
        Theme theme = v.theme();
        try {
            anchor = Anchor.parse(saved.anchor());
        } catch (IllegalArgumentException e) {
            // an old or edited settings file: keep the default anchor
        }
        try {
            theme = Theme.parse(saved.theme());
        } catch (IllegalArgumentException e) {
            // an edited settings file: keep the light theme
        }
        return s.withView(v.withReference(saved.reference()).withAnchor(anchor).withTheme(theme).withColorBlindSafe(saved.colorBlindSafe())
                .withDigits(saved.digits()).withEndLabels(saved.endLabels())).setCompute(saved.log10Compute());
    }
}
