package org.scalingexplorer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.io.files.SettingsStore;
import org.scalingexplorer.io.files.UserDirectories;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Projections;
import org.scalingexplorer.ui.Snapshots;
import org.scalingexplorer.ui.WindowState;
import org.scalingexplorer.ui.shell.ShellViewModel;
import org.scalingexplorer.ui.shell.UncaughtErrors;
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
        toolkitSettings();
        launch(App.class, args);
    }

    /**
     * How the toolkit draws, set before it starts (a value the user gives on the command line is kept). Regions are
     * drawn fill by fill rather than from prism's cache of each box of several fills: the cache draws a box by
     * stretching a small image over it in nine slices, which the software pipeline (machines without a GPU, remote
     * desktops) blends pixel by pixel. The tables, headers and legends that a slider step repaints made that about
     * half of a frame's raster; a GPU fills the same rectangles in no time either way.
     */
    public static void toolkitSettings() {
        if (System.getProperty("prism.disableRegionCaching") == null) System.setProperty("prism.disableRegionCaching", "true");
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
        // a workspace named on the command line opens once the window is up (as File > Open would open it)
        Path workspace = requested != null && WorkspaceFormat.declares(requested) ? requested : null;
        if (requested != null && workspace == null) {
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
        Composition c = Composition.of(state, Composition.Wiring.of(background, Platform::runLater, settings.recent(),
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))).deferringSide());
        milestone("window-composed");
        shellVm = c.shellVm();
        workspaceVm = c.workspaceVm();
        workspaceVm.autosaveSecondsProperty().set(settings.autosaveSeconds());
        if (workspace != null) workspaceVm.open(workspace);
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
        Composition.afterSecondPulse(scene, () -> {
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
        });
    }

    @Override
    public void stop() {
        workers.shutdownNow();
    }
}
