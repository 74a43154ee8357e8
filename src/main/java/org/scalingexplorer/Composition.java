package org.scalingexplorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.scene.Scene;
import javafx.stage.Window;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.files.UserDirectories;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.UndoHistory;
import org.scalingexplorer.ui.attribution.AttributionViewModel;
import org.scalingexplorer.ui.attribution.FramesViewModel;
import org.scalingexplorer.ui.attribution.InnovationsViewModel;
import org.scalingexplorer.ui.attribution.ScaleViewModel;
import org.scalingexplorer.ui.attribution.SidePanelView;
import org.scalingexplorer.ui.chart.DrawingWindow;
import org.scalingexplorer.ui.chart.LogChart;
import org.scalingexplorer.ui.chart.YearChart;
import org.scalingexplorer.ui.explorer.ExplorerView;
import org.scalingexplorer.ui.explorer.ExplorerViewModel;
import org.scalingexplorer.ui.explorer.ScalesMenu;
import org.scalingexplorer.ui.explorer.ScalesViewModel;
import org.scalingexplorer.ui.explorer.SeriesViewModel;
import org.scalingexplorer.ui.export.ExportViewModel;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.help.HelpViewModel;
import org.scalingexplorer.ui.help.HelpWindow;
import org.scalingexplorer.ui.present.PresentationViewModel;
import org.scalingexplorer.ui.runs.AblationViewModel;
import org.scalingexplorer.ui.runs.FrontierViewModel;
import org.scalingexplorer.ui.runs.ProvenanceViewModel;
import org.scalingexplorer.ui.runs.RunsImportViewModel;
import org.scalingexplorer.ui.runs.RunsSession;
import org.scalingexplorer.ui.runs.RunsWindow;
import org.scalingexplorer.ui.runs.BacktestViewModel;
import org.scalingexplorer.ui.runs.IsoFlopViewModel;
import org.scalingexplorer.ui.runs.ScaleDependenceViewModel;
import org.scalingexplorer.ui.sensitivity.SensitivityViewModel;
import org.scalingexplorer.ui.sensitivity.SensitivityWindow;
import org.scalingexplorer.ui.shell.FxDialogService;
import org.scalingexplorer.ui.shell.ShellParts;
import org.scalingexplorer.ui.shell.ShellView;
import org.scalingexplorer.ui.shell.ShellViewModel;
import org.scalingexplorer.ui.laws.PublishedLawsViewModel;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;
import org.scalingexplorer.ui.workspace.WorkspaceViewModel;

/**
 * The composition root's one way to build the main window: the state's view models, then the views that bind to
 * them, wired in order with no forward reference. The app and every window test build it through {@link #of}.
 */
public final class Composition {
    /**
     * What the window is built with.
     *
     * @param background where files are read and fits run (a worker pool in the app, the calling thread in tests)
     * @param ui         how work comes back to the FX thread
     * @param dialogs    every dialog the window shows; the real ones (owned by the focused window) when null
     * @param deferSide  build the CEG table and the side panel after the first frame (the app's start: the first
     *                   charts are on screen sooner)
     */
    public record Wiring(Executor background, Executor ui, List<Path> recent, Runnable quit, DialogService dialogs, boolean deferSide) {
        public static Wiring of(Executor background, Executor ui, List<Path> recent, Runnable quit) {
            return new Wiring(background, ui, recent, quit, null, false);
        }

        /** Every dialog answered by {@code d} (tests pass a fake). */
        public Wiring withDialogs(DialogService d) {
            return new Wiring(background, ui, recent, quit, d, deferSide);
        }

        public Wiring deferringSide() {
            return new Wiring(background, ui, recent, quit, dialogs, true);
        }
    }

    /** The side panel's view models and view. */
    public record Side(AttributionViewModel attributionVm, InnovationsViewModel innovationsVm, ScaleViewModel scaleVm, FramesViewModel framesVm,
                       SidePanelView view) {
    }

    private final AppState state;
    private final Wiring wiring;
    private final ShellView root;
    private final ShellViewModel shellVm;
    private final ExplorerViewModel explorerVm;
    private final ExplorerView explorer;
    private final WhatIfViewModel whatIfVm;
    private final FitViewModel fitVm;
    private final ExportViewModel exportVm;
    private final PresentationViewModel presentVm;
    private final WorkspaceViewModel workspaceVm;
    private final UndoHistory history;
    private final RunsWindow runs;
    private Side side;

    private Composition(AppState state, Wiring w) {
        this.state = state;
        this.wiring = w;
        explorerVm = new ExplorerViewModel(state, w.background(), w.ui());
        whatIfVm = new WhatIfViewModel(state);
        fitVm = new FitViewModel(state, w.background(), w.ui());
        shellVm = new ShellViewModel(state, w.background(), w.ui(), w.recent());
        presentVm = new PresentationViewModel(state);
        history = new UndoHistory(state);
        workspaceVm = new WorkspaceViewModel(state, w.background(), w.ui(), UserDirectories.data());
        // File > Open, a dropped file and the command line's file may each be a workspace
        shellVm.onWorkspace(workspaceVm::open);
        exportVm = new ExportViewModel(state, () -> Optional.ofNullable(fitVm.reportProperty().get())
                .map(r -> Reports.fit(r.fit(), r.bootstrap(), r.method())), w.background(), w.ui());
        explorer = new ExplorerView(explorerVm, w.deferSide());
        // every chart draws in the theme's colours, larger in present mode
        for (LogChart chart : List.of(explorer.lossChart(), explorer.cegChart())) chart.chartStyleProperty().bind(presentVm.chartStyleProperty());
        SensitivityWindow sensitivity = new SensitivityWindow(new SensitivityViewModel(state, w.background(), w.ui()));
        DrawingWindow allocation = new DrawingWindow("Allocation of compute between parameters and data",
                () -> Figures.allocation(state.figureState(), presentVm.chartStyleProperty().get()), state.stateProperty(), presentVm.chartStyleProperty());
        // the real dialogs belong to the window the user is in (the main one, or the training-runs window)
        DialogService dialogs = w.dialogs() != null ? w.dialogs()
                : new FxDialogService(() -> Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null));
        runs = runsWindow(state, w, dialogs, presentVm);
        root = new ShellView(new ShellParts(shellVm, explorer, whatIfVm, fitVm, exportVm, presentVm, workspaceVm, history, w.quit(), sensitivity,
                allocation, dialogs, runs, new HelpWindow(new HelpViewModel(state)), new SeriesViewModel(state),
                new PublishedLawsViewModel(state, BundledDatasets.laws())), w.deferSide() ? null : side().view());
        root.algorithmsMenu().getItems().add(ScalesMenu.create(new ScalesViewModel(state)));
        if (w.deferSide()) {
            // the first chart laid out and drawn, then on screen; then the table and the panel
            root.sceneProperty().addListener((o, was, now) -> {
                if (now != null && side == null) afterSecondPulse(now, () -> w.ui().execute(() -> {
                    explorer.attachTable();
                    root.setSidePanel(side().view());
                }));
            });
        }
    }

    /** Builds the main window for {@code state}. */
    public static Composition of(AppState state, Wiring wiring) {
        return new Composition(state, wiring);
    }

    /** Runs {@code then} once, after the scene's second layout pulse: the first lays out and draws, the second shows it. */
    static void afterSecondPulse(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses != 2) return;
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
    }

    /** The side panel, built at its first use (at once, or after the first frame when deferred). */
    public Side side() {
        if (side == null) {
            AttributionViewModel attributionVm = new AttributionViewModel(state, wiring.background(), wiring.ui());
            InnovationsViewModel innovationsVm = new InnovationsViewModel(state);
            ScaleViewModel scaleVm = new ScaleViewModel(state);
            FramesViewModel framesVm = new FramesViewModel(state);
            SidePanelView view = new SidePanelView(attributionVm, innovationsVm, scaleVm, framesVm);
            view.lastYearChart().chartStyleProperty().bind(presentVm.chartStyleProperty());
            for (YearChart chart : List.of(view.attributionChart(), view.scaleChart(), view.framesChart())) {
                chart.chartStyleProperty().bind(presentVm.chartStyleProperty());
            }
            side = new Side(attributionVm, innovationsVm, scaleVm, framesVm, view);
        }
        return side;
    }

    /** Whether the side panel has been built (it is deferred at the app's start). */
    public boolean sideBuilt() {
        return side != null;
    }

    /** The training-runs window and its view models, sharing one session of imported runs. */
    private static RunsWindow runsWindow(AppState state, Wiring w, DialogService dialogs, PresentationViewModel presentVm) {
        RunsSession session = new RunsSession();
        return new RunsWindow(session, new RunsImportViewModel(session, w.background(), w.ui()),
                new FrontierViewModel(state, session, w.background(), w.ui()), new AblationViewModel(state, session, w.ui()),
                new ScaleDependenceViewModel(state, session, w.background(), w.ui()), new BacktestViewModel(session, w.background(), w.ui()),
                new IsoFlopViewModel(session, BundledDatasets.laws(), w.background(), w.ui()),
                new ProvenanceViewModel(state), dialogs,
                presentVm.chartStyleProperty());
    }

    public ShellView root() {
        return root;
    }

    public ShellViewModel shellVm() {
        return shellVm;
    }

    public ExplorerViewModel explorerVm() {
        return explorerVm;
    }

    public ExplorerView explorer() {
        return explorer;
    }

    public WhatIfViewModel whatIfVm() {
        return whatIfVm;
    }

    public FitViewModel fitVm() {
        return fitVm;
    }

    /** The training-runs window (built on first show) and its view models. */
    public RunsWindow runs() {
        return runs;
    }

    public ExportViewModel exportVm() {
        return exportVm;
    }

    public PresentationViewModel presentVm() {
        return presentVm;
    }

    public WorkspaceViewModel workspaceVm() {
        return workspaceVm;
    }

    public UndoHistory history() {
        return history;
    }

    public AttributionViewModel attributionVm() {
        return side().attributionVm();
    }

    public InnovationsViewModel innovationsVm() {
        return side().innovationsVm();
    }

    public ScaleViewModel scaleVm() {
        return side().scaleVm();
    }

    public FramesViewModel framesVm() {
        return side().framesVm();
    }

    public SidePanelView sidePanel() {
        return side().view();
    }
}
