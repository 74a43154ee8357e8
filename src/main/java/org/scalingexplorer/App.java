package org.scalingexplorer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.scalingexplorer.cli.Cli;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.io.files.SettingsStore;
import org.scalingexplorer.io.files.UserDirectories;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.Projections;
import org.scalingexplorer.ui.Snapshots;
import org.scalingexplorer.ui.UndoHistory;
import org.scalingexplorer.ui.WindowState;
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
import org.scalingexplorer.ui.runs.ScaleDependenceViewModel;
import org.scalingexplorer.ui.sensitivity.SensitivityViewModel;
import org.scalingexplorer.ui.sensitivity.SensitivityWindow;
import org.scalingexplorer.ui.shell.FxDialogService;
import org.scalingexplorer.ui.shell.ShellParts;
import org.scalingexplorer.ui.shell.ShellView;
import org.scalingexplorer.ui.shell.ShellViewModel;
import org.scalingexplorer.ui.shell.UncaughtErrors;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;
import org.scalingexplorer.ui.workspace.WorkspaceViewModel;

/**
 * The composition root: builds the state, view models and views in order and wires them. No logic lives here.
 * System properties for scripts and CI: {@code scalingexplorer.snapshot=FILE} writes a PNG of the window once
 * the first chart is on screen; {@code scalingexplorer.exitAfterFirstFrame=true} then quits, printing the time from
 * JVM start to that first frame.
 */
public final class App extends Application {
    // files, fits and bootstrap intervals: a long bootstrap never holds up opening a file
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scaling-explorer-worker");
        t.setDaemon(true);
        return t;
    });
    /** Work handed to the workers shows numbers at the significant figures of the moment it was handed over. */
    private final Executor background = r -> workers.execute(Numbers.carrying(r));
    private SettingsStore settingsStore;
    private ShellViewModel shellVm;
    private WorkspaceViewModel workspaceVm;
    private Stage stage;

    /**
     * JavaFX warns at every start that it was loaded from the class path ("Unsupported JavaFX configuration"). The
     * app is non-modular on purpose (jlink refuses Commons Math as an automatic module) and works so: that one
     * message is dropped, every other JavaFX message still shows. Held in a field so the logger keeps its filter.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    public static void main(String[] args) {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        launch(App.class, args);
    }

    /** Milestones from JVM start, printed with the first frame when {@code scalingexplorer.exitAfterFirstFrame} is set. */
    private static final StringBuilder MILESTONES = new StringBuilder();

    static void milestone(String name) {
        MILESTONES.append(' ').append(name).append('=').append(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Override
    public void start(Stage stage) {
        milestone("fx-started");
        this.stage = stage;
        // saves killed half-way (a crash, a power cut) left temporary files: remove the old ones
        AtomicFiles.removeLeftovers(UserDirectories.config());
        AtomicFiles.removeLeftovers(UserDirectories.data());
        settingsStore = new SettingsStore(UserDirectories.config());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings saved = settingsStore.load();
        // the screen the window was on, if it is still there, else the primary one
        if (saved.hasPosition()) {
            var on = Screen.getScreensForRectangle(saved.x(), saved.y(), 1, 1);
            if (!on.isEmpty()) screen = on.get(0).getVisualBounds();
        }
        Settings settings = saved.fittedTo(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        List<String> args = getParameters().getUnnamed();
        Path requested = args.isEmpty() ? settings.lastDataset().orElse(null) : Path.of(args.get(0));

        Dataset initial = BundledDatasets.paper();
        Path initialFile = null;
        InputException startProblem = null;
        if (requested != null) {
            try {
                initial = DatasetReader.read(requested);
                initialFile = requested.toAbsolutePath();
            } catch (InputException e) {
                startProblem = e;
            }
        }
        milestone("dataset-read");
        AppState state = new AppState(Projections.withSettings(WindowState.of(initial).load(initial, initialFile), settings));

        // Quit goes through the close request, so unsaved changes are asked about either way
        Composition c = compose(state, background, Platform::runLater, settings.recent(),
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)), true);
        milestone("window-composed");
        shellVm = c.shellVm();
        workspaceVm = c.workspaceVm();
        workspaceVm.autosaveSecondsProperty().set(settings.autosaveSeconds());
        Scene scene = new Scene(c.root(), settings.width(), settings.height());
        stage.setScene(scene);
        stage.titleProperty().bind(shellVm.titleProperty());
        for (int size : new int[] {32, 64, 256}) {
            var icon = App.class.getResource("icons/scaling-explorer-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm(), true));
        }
        if (settings.hasPosition()) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> {
            if (!c.root().confirmClose()) e.consume();
        });
        stage.setOnHidden(e -> saveSettings());
        UncaughtErrors.install(stage, UserDirectories.data().resolve("errors.log"));
        stage.show();
        milestone("shown");
        if (startProblem != null) {
            shellVm.reportStartProblem(startProblem);
        } else {
            settingsStore.problem().ifPresent(shellVm::reportSettingsProblem);
        }
        afterFirstFrame(scene);
        c.root().startAutosave();
        // a script waiting for the first frame must not meet a question
        if (System.getProperty("scalingexplorer.snapshot") == null && !Boolean.getBoolean("scalingexplorer.exitAfterFirstFrame")) {
            Platform.runLater(() -> c.root().offerRecovery());
        }
    }

    /** The view models and views of the main window, wired; tests build the window through this too. */
    public record Composition(ShellView root, ShellViewModel shellVm, ExplorerViewModel explorerVm, ExplorerView explorer,
                              AttributionViewModel attributionVm, InnovationsViewModel innovationsVm, ScaleViewModel scaleVm,
                              FramesViewModel framesVm, SidePanelView sidePanel, WhatIfViewModel whatIfVm, FitViewModel fitVm,
                              ExportViewModel exportVm, PresentationViewModel presentVm, WorkspaceViewModel workspaceVm,
                              UndoHistory history) {
    }

    public static Composition compose(AppState state, Executor background, Executor ui, List<Path> recent, Runnable quit) {
        return compose(state, background, ui, recent, quit, false, null);
    }

    /** The same with {@code dialogs} answering every dialog the shell would show (tests pass a fake). */
    public static Composition compose(AppState state, Executor background, Executor ui, List<Path> recent, Runnable quit,
                                      DialogService dialogs) {
        return compose(state, background, ui, recent, quit, false, dialogs);
    }

    /** The side panel's view models and view. */
    private record Side(AttributionViewModel attributionVm, InnovationsViewModel innovationsVm, ScaleViewModel scaleVm,
                        FramesViewModel framesVm, SidePanelView view) {
    }

    private static Side side(AppState state, Executor background, Executor ui, PresentationViewModel presentVm) {
        AttributionViewModel attributionVm = new AttributionViewModel(state, background, ui);
        InnovationsViewModel innovationsVm = new InnovationsViewModel(state);
        ScaleViewModel scaleVm = new ScaleViewModel(state);
        FramesViewModel framesVm = new FramesViewModel(state);
        SidePanelView view = new SidePanelView(attributionVm, innovationsVm, scaleVm, framesVm);
        view.lastYearChart().chartStyleProperty().bind(presentVm.chartStyleProperty());
        for (YearChart chart : List.of(view.attributionChart(), view.scaleChart(), view.framesChart())) {
            chart.chartStyleProperty().bind(presentVm.chartStyleProperty());
        }
        return new Side(attributionVm, innovationsVm, scaleVm, framesVm, view);
    }

    /**
     * @param deferSide build the CEG table and the side panel after the first frame (the app's start: the first
     *                  charts are on screen sooner); the composition's side-panel fields are then null
     */
    static Composition compose(AppState state, Executor background, Executor ui, List<Path> recent, Runnable quit, boolean deferSide) {
        return compose(state, background, ui, recent, quit, deferSide, null);
    }

    /** @param dialogs the shell's dialogs; null for the real ones, owned by the window */
    static Composition compose(AppState state, Executor background, Executor ui, List<Path> recent, Runnable quit, boolean deferSide,
                               DialogService dialogs) {
        ExplorerViewModel explorerVm = new ExplorerViewModel(state);
        WhatIfViewModel whatIfVm = new WhatIfViewModel(state);
        FitViewModel fitVm = new FitViewModel(state, background, ui);
        ShellViewModel shellVm = new ShellViewModel(state, background, ui, recent);
        PresentationViewModel presentVm = new PresentationViewModel(state);
        UndoHistory history = new UndoHistory(state);
        WorkspaceViewModel workspaceVm = new WorkspaceViewModel(state, background, ui, UserDirectories.data());
        Side side = deferSide ? null : side(state, background, ui, presentVm);
        Side[] built = {side};
        ExportViewModel exportVm = new ExportViewModel(state, () -> Optional.ofNullable(fitVm.reportProperty().get())
                .map(r -> Reports.fit(r.fit(), r.bootstrap(), r.method())), background, ui);
        ExplorerView explorer = new ExplorerView(explorerVm, deferSide);
        // every chart draws in the theme's colours, larger in present mode
        for (LogChart chart : List.of(explorer.lossChart(), explorer.cegChart())) {
            chart.chartStyleProperty().bind(presentVm.chartStyleProperty());
        }
        SensitivityWindow sensitivity = new SensitivityWindow(
                new SensitivityViewModel(state, background, ui));
        DrawingWindow allocation = new DrawingWindow(
                "Allocation of compute between parameters and data", () -> Figures.allocation(state.figureState(), presentVm.chartStyleProperty().get()),
                state.stateProperty(), presentVm.chartStyleProperty());
        ShellView[] shellRef = new ShellView[1];
        DialogService shown = dialogs != null ? dialogs : new FxDialogService(
                () -> shellRef[0] == null || shellRef[0].getScene() == null ? null : shellRef[0].getScene().getWindow());
        RunsWindow runs = runsWindow(state, background, ui, shown, presentVm);
        ShellView shell = new ShellView(new ShellParts(shellVm, explorer, whatIfVm, fitVm, exportVm, presentVm,
                workspaceVm, history, quit, sensitivity, allocation, shown, runs,
                new HelpWindow(new HelpViewModel(state)),
                new SeriesViewModel(state)), side == null ? null : side.view());
        shellRef[0] = shell;
        shell.algorithmsMenu().getItems().add(ScalesMenu.create(new ScalesViewModel(state)));
        if (deferSide) {
            // two pulses: the first chart laid out and drawn, then on screen; then the panel
            Runnable[] after = new Runnable[1];
            int[] pulses = {0};
            after[0] = () -> {
                if (++pulses[0] != 2 || shell.getScene() == null) return;
                shell.getScene().removePostLayoutPulseListener(after[0]);
                ui.execute(() -> {
                    explorer.attachTable();
                    built[0] = side(state, background, ui, presentVm);
                    shell.setSidePanel(built[0].view());
                });
            };
            shell.sceneProperty().addListener((o, was, now) -> {
                if (now != null && pulses[0] < 2) now.addPostLayoutPulseListener(after[0]);
            });
        }
        return side == null
                ? new Composition(shell, shellVm, explorerVm, explorer, null, null, null, null, null, whatIfVm, fitVm, exportVm, presentVm, workspaceVm,
                        history)
                : new Composition(shell, shellVm, explorerVm, explorer, side.attributionVm(), side.innovationsVm(), side.scaleVm(), side.framesVm(),
                        side.view(), whatIfVm, fitVm, exportVm, presentVm, workspaceVm, history);
    }

    /** The training-runs window and its view models, sharing one session of imported runs. */
    private static RunsWindow runsWindow(AppState state, Executor background, Executor ui,
                                                                    DialogService dialogs, PresentationViewModel presentVm) {
        RunsSession session = new RunsSession();
        return new RunsWindow(session, new RunsImportViewModel(session, background, ui),
                new FrontierViewModel(state, session, background, ui),
                new AblationViewModel(state, session, ui),
                new ScaleDependenceViewModel(state, session, background, ui),
                new ProvenanceViewModel(state), dialogs, presentVm.chartStyleProperty());
    }

    public static String stylesheet() {
        return App.class.getResource("ui/theme/base.css").toExternalForm();
    }

    private void saveSettings() {
        try {
            settingsStore.save(shellVm.settings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                    workspaceVm.autosaveSecondsProperty().get()));
        } catch (IOException e) {
            System.err.println("Scaling Explorer: could not save settings to " + settingsStore.file() + ": " + e.getMessage());
        }
    }

    private void afterFirstFrame(Scene scene) {
        String snapshot = System.getProperty("scalingexplorer.snapshot");
        boolean exit = Boolean.getBoolean("scalingexplorer.exitAfterFirstFrame");
        if (snapshot == null && !exit) return;
        // two pulses: the first lays out and draws the charts, the second puts them on screen
        Runnable[] after = new Runnable[1];
        int[] pulses = {0};
        after[0] = () -> {
            if (++pulses[0] != 2) return;
            scene.removePostLayoutPulseListener(after[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            Platform.runLater(() -> {
                System.out.println("first-frame-ms " + ms);
                if (exit) System.out.println("milestones-ms" + MILESTONES + " first-frame=" + ms);
                if (snapshot != null) {
                    try {
                        Snapshots.writePng(Snapshots.snapshot(scene.getRoot(), 1), Path.of(snapshot));
                        System.out.println("snapshot " + Path.of(snapshot).toAbsolutePath() + " " + Files.size(Path.of(snapshot)) + " bytes");
                    } catch (IOException e) {
                        System.err.println("could not write " + snapshot + ": " + e.getMessage());
                    }
                }
                // recording the class-data archive (packaging/linux/record-cds.sh): the commands' classes go into it too
                if (exit && Boolean.getBoolean("scalingexplorer.cdsTraining")) Cli.exercise();
                if (exit) Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(after[0]);
    }

    @Override
    public void stop() {
        workers.shutdownNow();
    }
}
