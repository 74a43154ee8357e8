package org.scalingexplorer.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.controlsfx.control.StatusBar;
import org.scalingexplorer.AppInfo;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.ui.explorer.ExplorerView;

/** Menu bar, explorer, status bar; file opening by menu, recent list and drag and drop; the error dialog. */
public final class ShellView extends BorderPane {
    private final ShellViewModel vm;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final ExplorerView explorer;

    private final javafx.scene.control.SplitPane split;
    private javafx.scene.Node sidePanel;
    private final org.scalingexplorer.ui.whatif.WhatIfViewModel whatIf;

    private final org.scalingexplorer.ui.fit.FitViewModel fit;
    private final org.scalingexplorer.ui.export.ExportViewModel export;
    private final org.scalingexplorer.ui.present.PresentationViewModel present;
    private final org.scalingexplorer.ui.workspace.WorkspaceViewModel workspace;
    private final org.scalingexplorer.ui.UndoHistory history;
    private final javafx.scene.Node chrome;
    private final javafx.scene.Node statusBar;
    private javafx.stage.Stage fitWindow;
    private final org.scalingexplorer.ui.sensitivity.SensitivityWindow sensitivity;
    private final org.scalingexplorer.ui.chart.DrawingWindow allocation;
    private final Menu fittedMenu = new Menu("Fitted _Laws");
    private Menu algorithmsMenu;

    /** The Algorithms menu, for the composition root to add the menus of other features to. */
    public Menu algorithmsMenu() {
        return algorithmsMenu;
    }

    public ShellView(ShellViewModel vm, ExplorerView explorer, javafx.scene.Node sidePanel,
                     org.scalingexplorer.ui.whatif.WhatIfViewModel whatIf, org.scalingexplorer.ui.fit.FitViewModel fit,
                     org.scalingexplorer.ui.export.ExportViewModel export, org.scalingexplorer.ui.present.PresentationViewModel present,
                     org.scalingexplorer.ui.workspace.WorkspaceViewModel workspace, org.scalingexplorer.ui.UndoHistory history, Runnable quit,
                     org.scalingexplorer.ui.sensitivity.SensitivityWindow sensitivity, org.scalingexplorer.ui.chart.DrawingWindow allocation) {
        this.workspace = workspace;
        this.sensitivity = sensitivity;
        this.allocation = allocation;
        this.history = history;
        this.vm = vm;
        this.fit = fit;
        this.export = export;
        this.present = present;
        this.explorer = explorer;
        this.sidePanel = sidePanel;
        this.whatIf = whatIf;
        getStyleClass().add("shell");
        split = new javafx.scene.control.SplitPane(drawingArea(explorer, whatIf));
        split.setDividerPositions(0.64);
        javafx.scene.control.ToggleButton presentButton = new javafx.scene.control.ToggleButton("Present");
        presentButton.setId("present-button");
        presentButton.setTooltip(new javafx.scene.control.Tooltip("Present mode (F11): full screen, larger type, no menus; Esc or F11 leaves"));
        presentButton.selectedProperty().bindBidirectional(present.presentingProperty());
        MenuBar bar = menuBar(quit);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(bar, presentButton);
        javafx.scene.layout.HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        top.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        top.getStyleClass().add("top-bar");
        chrome = top;
        setTop(top);
        setCenter(split);
        StatusBar status = new StatusBar();
        statusBar = status;
        status.setId("status-bar");
        status.textProperty().bind(vm.statusProperty());
        // a runs CSV being read shows how far it has got; anything else spins
        status.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty()).then(vm.progressProperty()).otherwise(0.0));
        setBottom(status);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) vm.open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
        vm.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                showProblems(now);
                vm.clearFailure();
            }
        });
        wirePresentation();
        if (sidePanel != null) setSidePanel(sidePanel);
    }

    /**
     * Puts the side panel beside the explorer. The app calls it after the first frame, so the first chart is on
     * screen before the panel is built; tests and tools pass the panel to the constructor.
     */
    public void setSidePanel(javafx.scene.Node panel) {
        this.sidePanel = panel;
        if (panel instanceof javafx.scene.control.TabPane tabs) {
            tabs.getSelectionModel().select(present.sideTabProperty().get());
            tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> present.sideTabProperty().set(now.intValue()));
        }
        if (present.sidePanelProperty().get() && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            split.setDividerPositions(0.64);
        }
    }

    /**
     * Present mode, themes, playback and the story: stylesheets follow the theme, present mode hides the chrome and
     * fills the screen, an animation timer drives playback, and keys step through it all.
     */
    private void wirePresentation() {
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) return;
            present.viewWidthProperty().bind(now.widthProperty());
            present.viewHeightProperty().bind(now.heightProperty());
            applyStylesheets();
            now.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::presentationKeys);
        });
        present.themeProperty().addListener((o, was, now) -> applyStylesheets());
        // type in present mode follows the same scale as the charts' drawing
        present.presentScaleProperty().addListener((o, was, now) ->
                setStyle(now.doubleValue() == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * now.doubleValue())));
        present.presentingProperty().addListener((o, was, now) -> {
            applyStylesheets();
            setTop(now ? null : chrome);
            setBottom(now ? null : statusBar);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presenting"), now);
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                stage.setFullScreenExitHint("");
                stage.setFullScreen(now);
            }
        });
        present.sideTabProperty().addListener((o, was, now) -> {
            if (sidePanel instanceof javafx.scene.control.TabPane tabs && tabs.getSelectionModel().getSelectedIndex() != now.intValue()) {
                tabs.getSelectionModel().select(now.intValue());
            }
        });
        present.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) vm.say(now);
        });
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) present.advance((now - last) / 1e9);
                last = now;
                if (!present.playingProperty().get()) {
                    last = -1;
                    stop();
                }
            }
        };
        present.playingProperty().addListener((o, was, now) -> {
            if (now) timer.start();
        });
    }

    private void applyStylesheets() {
        if (getScene() == null) return;
        getScene().getStylesheets().setAll(present.themeProperty().get().stylesheets(present.presentingProperty().get()));
    }

    /** F11 and Esc for present mode, Space for playback, Page Up/Down (and arrows while presenting) for the story. */
    private void presentationKeys(javafx.scene.input.KeyEvent e) {
        boolean typing = getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        switch (e.getCode()) {
            case F11 -> present.presentingProperty().set(!present.presentingProperty().get());
            case ESCAPE -> {
                if (!present.presentingProperty().get()) return;
                present.presentingProperty().set(false);
            }
            case SPACE -> {
                if (typing || !present.startedProperty().get()) return;
                present.pauseOrResume();
            }
            case PAGE_DOWN -> {
                if (present.story().isEmpty()) return;
                present.next();
            }
            case PAGE_UP -> {
                if (present.story().isEmpty()) return;
                present.previous();
            }
            case RIGHT, DOWN -> {
                if (!present.presentingProperty().get() || present.story().isEmpty() || typing) return;
                present.next();
            }
            case LEFT, UP -> {
                if (!present.presentingProperty().get() || present.story().isEmpty() || typing) return;
                present.previous();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The explorer, with a banner above it while a what-if is drawn by its two handles on the loss chart. */
    private static javafx.scene.layout.BorderPane drawingArea(ExplorerView explorer, org.scalingexplorer.ui.whatif.WhatIfViewModel whatIf) {
        explorer.lossChart().handlesProperty().bind(whatIf.handlesProperty());
        explorer.lossChart().setOnHandleMoved(whatIf::moveHandle);
        javafx.scene.control.Label message = new javafx.scene.control.Label();
        message.setId("drawing-message");
        message.textProperty().bind(whatIf.messageProperty());
        // one line: a wrapping label would ask for its height at a sliver of width and push the window apart
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.tooltipProperty().bind(whatIf.messageProperty().map(javafx.scene.control.Tooltip::new));
        javafx.scene.layout.HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button done = new javafx.scene.control.Button("Done");
        done.setId("drawing-done");
        done.setDefaultButton(false);
        done.setOnAction(e -> whatIf.finishDrawing());
        javafx.scene.layout.HBox banner = new javafx.scene.layout.HBox(message, done);
        banner.getStyleClass().addAll("control-bar", "drawing-banner");
        banner.visibleProperty().bind(whatIf.editingProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        javafx.scene.layout.BorderPane area = new javafx.scene.layout.BorderPane(explorer);
        area.setTop(banner);
        return area;
    }

    private MenuBar menuBar(Runnable quit) {
        MenuItem open = new MenuItem("_Open...");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFile());
        MenuItem bundled = new MenuItem("Open the _Paper Dataset");
        bundled.setOnAction(e -> vm.openBundled());
        rebuildRecent();
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        MenuItem export = new MenuItem("_Export Dataset...");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> exportDataset());
        MenuItem exit = new MenuItem("_Quit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> quit.run());
        MenuItem epoch = new MenuItem("Import Epoch AI _Models...");
        epoch.setOnAction(e -> chooseEpochFile());
        MenuItem exportChart = new MenuItem("Export _Chart...");
        exportChart.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        exportChart.setOnAction(e -> new org.scalingexplorer.ui.export.ExportDialog(window(), this.export, this::chartView).show());
        MenuItem exportWindow = new MenuItem("Export _Window as PNG...");
        exportWindow.setOnAction(e -> exportWindow());
        Menu tables = new Menu("Export _Table");
        for (org.scalingexplorer.ui.export.ExportViewModel.Table t : org.scalingexplorer.ui.export.ExportViewModel.Table.values()) {
            MenuItem item = new MenuItem(t + " (CSV or Markdown)...");
            item.setOnAction(e -> exportTable(t));
            tables.getItems().add(item);
        }
        MenuItem citation = new MenuItem("Copy C_itation");
        citation.setOnAction(e -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(this.export.citation());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            vm.say("Copied the dataset's sources (text and BibTeX)");
        });
        this.export.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) vm.say(now);
        });
        MenuItem openWorkspace = new MenuItem("Open _Workspace...");
        openWorkspace.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openWorkspace.setOnAction(e -> {
            FileChooser chooser = workspaceChooser("Open a workspace");
            File f = chooser.showOpenDialog(window());
            if (f != null) workspace.open(f.toPath());
        });
        MenuItem saveWorkspace = new MenuItem("_Save Workspace");
        saveWorkspace.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveWorkspace.setOnAction(e -> {
            if (!workspace.save()) saveWorkspaceAs();
        });
        MenuItem saveWorkspaceAs = new MenuItem("Save Workspace _As...");
        saveWorkspaceAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveWorkspaceAs.setOnAction(e -> saveWorkspaceAs());
        workspace.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) vm.say(now);
        });
        workspace.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                showProblems(now);
                workspace.clearFailure();
            }
        });
        Menu file = new Menu("_File", null, open, recentMenu, bundled, epoch, new SeparatorMenuItem(), openWorkspace, saveWorkspace,
                saveWorkspaceAs, new SeparatorMenuItem(), export, exportChart, exportWindow, tables, citation, new SeparatorMenuItem(), exit);

        MenuItem reset = new MenuItem("_Reset Zoom");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        reset.setOnAction(e -> explorer.resetZoom());
        javafx.scene.control.CheckMenuItem side = new javafx.scene.control.CheckMenuItem("_Side Panel");
        side.setSelected(true);
        side.setAccelerator(KeyCombination.keyCombination("F9"));
        side.selectedProperty().addListener((o, was, now) -> {
            if (sidePanel == null) return;
            if (now && !split.getItems().contains(sidePanel)) {
                split.getItems().add(sidePanel);
                split.setDividerPositions(0.64);
            } else if (!now) {
                split.getItems().remove(sidePanel);
            }
        });
        side.selectedProperty().bindBidirectional(present.sidePanelProperty());
        javafx.scene.control.CheckMenuItem presentItem = new javafx.scene.control.CheckMenuItem("_Present Mode (F11)");
        presentItem.selectedProperty().bindBidirectional(present.presentingProperty());
        Menu themes = new Menu("_Theme");
        javafx.scene.control.ToggleGroup themeGroup = new javafx.scene.control.ToggleGroup();
        for (org.scalingexplorer.ui.Theme t : org.scalingexplorer.ui.Theme.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(t.toString());
            item.setToggleGroup(themeGroup);
            item.setSelected(present.themeProperty().get() == t);
            item.setOnAction(e -> present.themeProperty().set(t));
            present.themeProperty().addListener((o, was, now) -> item.setSelected(now == t));
            themes.getItems().add(item);
        }
        javafx.scene.control.CheckMenuItem safe = new javafx.scene.control.CheckMenuItem("_Colour-blind-safe Palette");
        safe.selectedProperty().bindBidirectional(present.colorBlindSafeProperty());
        MenuItem sensitivityItem = new MenuItem("_Sensitivity...");
        sensitivityItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Y"));
        sensitivityItem.setOnAction(e -> sensitivity.show(window()));
        MenuItem allocationItem = new MenuItem("_Allocation...");
        allocationItem.setOnAction(e -> allocation.show(window()));
        Menu view = new Menu("_View", null, reset, side, sensitivityItem, allocationItem, new SeparatorMenuItem(), presentItem, themes, safe);
        Menu presentMenu = presentMenu();
        MenuItem addWhatIf = new MenuItem("Add _What-if Algorithm...");
        addWhatIf.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        addWhatIf.setOnAction(e -> new org.scalingexplorer.ui.whatif.WhatIfDialog(window()).showAndWait().ifPresent(whatIf::add));
        MenuItem drawWhatIf = new MenuItem("_Draw What-if on the Chart");
        drawWhatIf.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        drawWhatIf.setOnAction(e -> whatIf.startDrawing());
        drawWhatIf.disableProperty().bind(whatIf.editingProperty().isNotNull());
        MenuItem fitLaws = new MenuItem("_Fit Laws to Runs...");
        fitLaws.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        fitLaws.setOnAction(e -> showFitWindow());
        rebuildFitted();
        vm.fitsProperty().addListener((o, was, now) -> rebuildFitted());
        Menu algorithms = new Menu("_Algorithms", null, addWhatIf, drawWhatIf, new SeparatorMenuItem(), fitLaws, fittedMenu, new SeparatorMenuItem());
        algorithmsMenu = algorithms;

        MenuItem about = new MenuItem("_About " + AppInfo.NAME);
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, AppInfo.NAME + " " + AppInfo.version()
                    + "\n\nCompute-equivalent gains of training algorithms across scale.\n"
                    + "Zoom: mouse wheel or drag a box. Pan: right-drag or shift-drag. Reset: double-click.\n"
                    + "Click a chart to move the compute cursor there.\n\n" + AppInfo.CREDITS, ButtonType.OK);
            a.setTitle("About " + AppInfo.NAME);
            a.setHeaderText(AppInfo.NAME);
            a.initOwner(window());
            a.showAndWait();
        });
        Menu help = new Menu("_Help", null, about);
        MenuItem undo = new MenuItem("_Undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> history.undo());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = new MenuItem("_Redo (Ctrl+Y)");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> history.redo());
        redo.disableProperty().bind(history.canRedoProperty().not());
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) now.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), history::redo);
        });
        Menu edit = new Menu("_Edit", null, undo, redo);
        MenuBar bar = new MenuBar(file, edit, view, algorithms, presentMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Playback (sweep the compute or the year) and the story of saved views. */
    private Menu presentMenu() {
        MenuItem play = new MenuItem("_Play Sweep");
        play.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        play.setOnAction(e -> {
            setSweepRange();
            present.play();
        });
        MenuItem pause = new MenuItem("Pause or Resume (Space)");
        pause.setOnAction(e -> present.pauseOrResume());
        pause.disableProperty().bind(present.startedProperty().not());
        MenuItem stopItem = new MenuItem("_Stop");
        stopItem.setOnAction(e -> present.stop());
        stopItem.disableProperty().bind(present.startedProperty().not());
        Menu sweep = new Menu("Sweep");
        javafx.scene.control.ToggleGroup targets = new javafx.scene.control.ToggleGroup();
        for (var t : org.scalingexplorer.ui.present.PresentationViewModel.Target.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(t == org.scalingexplorer.ui.present.PresentationViewModel.Target.COMPUTE
                    ? "Compute (the slider's range)" : "Year (2012 to 2025)");
            item.setToggleGroup(targets);
            item.setSelected(present.targetProperty().get() == t);
            item.setOnAction(e -> {
                present.targetProperty().set(t);
                customRange = false;
            });
            sweep.getItems().add(item);
        }
        Menu duration = new Menu("Duration");
        javafx.scene.control.ToggleGroup durations = new javafx.scene.control.ToggleGroup();
        for (double d : new double[] {4, 8, 16, 30}) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(Math.round(d) + " seconds");
            item.setToggleGroup(durations);
            item.setSelected(present.durationProperty().get() == d);
            item.setOnAction(e -> present.durationProperty().set(d));
            duration.getItems().add(item);
        }
        Menu speed = new Menu("Speed");
        javafx.scene.control.ToggleGroup speeds = new javafx.scene.control.ToggleGroup();
        for (double v : new double[] {0.25, 0.5, 1, 2, 4}) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(v + "x");
            item.setToggleGroup(speeds);
            item.setSelected(present.speedProperty().get() == v);
            item.setOnAction(e -> present.speedProperty().set(v));
            speed.getItems().add(item);
        }
        MenuItem range = new MenuItem("Sweep _Range...");
        range.setOnAction(e -> {
            boolean compute = present.targetProperty().get() == org.scalingexplorer.ui.present.PresentationViewModel.Target.COMPUTE;
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(compute ? "1e18 1e24" : "2015 2025");
            d.initOwner(window());
            d.setTitle("Sweep range");
            d.setHeaderText(compute ? "From and to, in FLOP (1e18 1e24, 3x10^20 to 250 PF-days)" : "From and to, in years (2012 to 2025)");
            d.showAndWait().ifPresent(t -> {
                customRange = present.setRange(t).isEmpty();
            });
        });
        MenuItem exportPlayback = new MenuItem("_Export Playback (GIF or PNG Frames)...");
        exportPlayback.setOnAction(e -> {
            setSweepRange();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the playback of " + export.kindProperty().get() + " at the Export Chart size, 15 frames a second");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
                    new FileChooser.ExtensionFilter("Numbered PNG frames", "*.png"));
            chooser.setInitialFileName("playback.gif");
            File f = chooser.showSaveDialog(window());
            if (f != null) export.exportPlayback(present, f.toPath(), 15, chartView());
        });
        MenuItem addKey = new MenuItem("_Save View to Story");
        addKey.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        addKey.setOnAction(e -> present.addKeyframe());
        MenuItem next = new MenuItem("_Next View (Page Down)");
        next.setOnAction(e -> present.next());
        MenuItem previous = new MenuItem("P_revious View (Page Up)");
        previous.setOnAction(e -> present.previous());
        MenuItem clear = new MenuItem("_Clear Story");
        clear.setOnAction(e -> present.clearStory());
        for (MenuItem m : List.of(next, previous, clear)) m.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(present.story()));
        return new Menu("P_resent", null, play, pause, stopItem, sweep, range, duration, speed, exportPlayback, new SeparatorMenuItem(), addKey, next,
                previous, clear);
    }

    /** Whether the user typed a sweep range (kept until the sweep target changes). */
    private boolean customRange;

    /** The sweep covers what the user typed, or else the slider's whole range or the attribution's years. */
    private void setSweepRange() {
        if (customRange) return;
        if (present.targetProperty().get() == org.scalingexplorer.ui.present.PresentationViewModel.Target.COMPUTE) {
            present.fromProperty().set(explorer.viewModel().sliderMinProperty().get());
            present.toProperty().set(explorer.viewModel().sliderMaxProperty().get());
        } else {
            present.fromProperty().set(2012);
            present.toProperty().set(2025);
        }
    }

    /** One switch per law a fit replaced: checked = the fitted law, unchecked = the dataset's own. */
    private void rebuildFitted() {
        fittedMenu.getItems().setAll(vm.fitsProperty().get().stream().filter(org.scalingexplorer.model.fit.AppliedFit::replaces).map(f -> {
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem("Fitted law for " + f.original().name());
            item.setMnemonicParsing(false);
            item.setSelected(f.active());
            item.setOnAction(e -> vm.useFit(f.algorithmId(), item.isSelected()));
            return (MenuItem) item;
        }).collect(Collectors.toList()));
        fittedMenu.setDisable(fittedMenu.getItems().isEmpty());
    }

    /** The fit window: not modal, so the charts stay live while a bootstrap runs. */
    public void showFitWindow() {
        if (fitWindow == null) {
            fitWindow = new javafx.stage.Stage();
            fitWindow.initOwner(window());
            fitWindow.setTitle("Fit Laws to Runs - " + AppInfo.NAME);
            javafx.scene.Scene scene = new javafx.scene.Scene(new org.scalingexplorer.ui.fit.FitView(fit), 1180, 640);
            if (getScene() != null) scene.getStylesheets().setAll(getScene().getStylesheets());
            fitWindow.setScene(scene);
        }
        fitWindow.show();
        fitWindow.toFront();
    }

    private FileChooser workspaceChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workspaces (*.scaling-workspace.json)", "*.json"));
        return chooser;
    }

    /**
     * Asks about unsaved changes before the window closes: Save (to the workspace file, or one chosen now), Don't
     * Save, or Cancel. Returns whether the window may close.
     */
    public boolean confirmClose() {
        if (!workspace.dirtyProperty().get()) return true;
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "What-ifs, edits, fits or the story changed since the last save.", save, discard,
                ButtonType.CANCEL);
        a.initOwner(window());
        a.setHeaderText("Save the changes to the workspace before closing?");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            workspace.discardAutosave();
            return true;
        }
        if (answer != save) return false;
        Path target = workspace.fileProperty().get();
        if (target == null) {
            FileChooser chooser = workspaceChooser("Save the workspace");
            chooser.setInitialFileName("analysis.scaling-workspace.json");
            File f = chooser.showSaveDialog(window());
            if (f == null) return false;
            target = f.toPath();
        }
        java.util.Optional<String> problem = workspace.saveNow(target);
        problem.ifPresent(p -> {
            Alert err = new Alert(Alert.AlertType.ERROR, p, ButtonType.OK);
            err.initOwner(window());
            err.setHeaderText("The workspace was not saved; the window stays open");
            err.showAndWait();
        });
        return problem.isEmpty();
    }

    /** Offers to restore work a crashed or killed session left unsaved. */
    public void offerRecovery() {
        workspace.recoverable().ifPresent(time -> {
            ButtonType restore = new ButtonType("Restore", javafx.scene.control.ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", javafx.scene.control.ButtonBar.ButtonData.NO);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The last session ended without saving. Its work was autosaved at "
                    + java.time.LocalDateTime.ofInstant(time.toInstant(), java.time.ZoneId.systemDefault()).withNano(0)
                    .toString().replace('T', ' ') + ".", restore, discard);
            a.initOwner(window());
            a.setHeaderText("Restore unsaved work?");
            if (a.showAndWait().orElse(discard) == restore) workspace.restore();
            else workspace.discardRecoverable();
        });
    }

    /** Autosaves every {@code autosaveSeconds} while there are unsaved changes. */
    public void startAutosave() {
        javafx.animation.Timeline t = new javafx.animation.Timeline();
        Runnable schedule = () -> {
            t.stop();
            int s = workspace.autosaveSecondsProperty().get();
            if (s <= 0) return;
            t.getKeyFrames().setAll(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(s), e -> workspace.autosave()));
            t.setCycleCount(javafx.animation.Animation.INDEFINITE);
            t.play();
        };
        workspace.autosaveSecondsProperty().addListener((o, was, now) -> schedule.run());
        schedule.run();
    }

    private void saveWorkspaceAs() {
        FileChooser chooser = workspaceChooser("Save the workspace: datasets, edits, what-ifs, fits, the view and the story");
        chooser.setInitialFileName("analysis.scaling-workspace.json");
        File f = chooser.showSaveDialog(window());
        if (f != null) workspace.save(f.toPath());
    }

    /** What the explorer's charts show beyond their view models: hidden series and zoom. */
    private org.scalingexplorer.figure.Figures.View chartView() {
        return new org.scalingexplorer.figure.Figures.View(explorer.lossChart().hiddenSeries(), explorer.lossChart().shownRanges(),
                explorer.cegChart().hiddenSeries(), explorer.cegChart().shownRanges());
    }

    private void exportWindow() {
        javafx.scene.control.ChoiceDialog<Integer> scale = new javafx.scene.control.ChoiceDialog<>(2, 1, 2, 3, 4);
        scale.initOwner(window());
        scale.setTitle("Export the window");
        scale.setHeaderText("The whole window as PNG, at its size on screen times:");
        java.util.Optional<Integer> chosen = scale.showAndWait();
        if (chosen.isEmpty()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the whole window as PNG (" + chosen.get() + "x)");
        chooser.setInitialFileName("scaling-explorer.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(window());
        if (f == null) return;
        try {
            org.scalingexplorer.ui.Snapshots.writePng(org.scalingexplorer.ui.Snapshots.snapshot(getScene().getRoot(), chosen.get()), f.toPath());
            vm.say("Exported the window to " + f);
        } catch (java.io.IOException | RuntimeException ex) {
            vm.say("Could not export the window to " + f + ": " + ex.getMessage());
        }
    }

    private void exportTable(org.scalingexplorer.ui.export.ExportViewModel.Table t) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + t.toString().toLowerCase());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"), new FileChooser.ExtensionFilter("Markdown", "*.md"));
        chooser.setInitialFileName(t.name().toLowerCase() + ".csv");
        File f = chooser.showSaveDialog(window());
        if (f != null) export.exportTable(t, f.toPath());
    }

    private void chooseEpochFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import notable models from Epoch AI's CSV of ML systems");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Epoch AI CSV (*.csv)", "*.csv"));
        File f = chooser.showOpenDialog(window());
        if (f != null) vm.importNotableModels(f.toPath());
    }

    private void rebuildRecent() {
        recentMenu.getItems().setAll(vm.recentFiles().stream().map(p -> {
            MenuItem item = new MenuItem(p.getFileName() + "  -  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(p));
            return item;
        }).collect(Collectors.toList()));
        recentMenu.setDisable(vm.recentFiles().isEmpty());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset or a CSV of runs");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets and runs", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("Datasets (*.scaling.json)", "*.json"),
                new FileChooser.ExtensionFilter("Training runs (*.csv)", "*.csv"));
        if (!vm.recentFiles().isEmpty() && vm.recentFiles().get(0).getParent() != null) {
            File dir = vm.recentFiles().get(0).getParent().toFile();
            if (dir.isDirectory()) chooser.setInitialDirectory(dir);
        }
        File f = chooser.showOpenDialog(window());
        if (f != null) vm.open(f.toPath());
    }

    private void exportDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the dataset with edits and what-if algorithms");
        chooser.setInitialFileName("my-dataset.scaling.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Datasets (*.scaling.json)", "*.json"));
        File f = chooser.showSaveDialog(window());
        if (f != null) vm.export(f.toPath());
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Every problem of the file, each with its place; the dataset on screen stays as it was. */
    private void showProblems(InputException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle("Could not open the file");
        alert.setHeaderText("Could not open " + Path.of(e.file()).getFileName());
        int n = e.problems().size();
        alert.setContentText(e.file() + "\n" + n + (n == 1 ? " problem was" : " problems were") + " found. The dataset on screen is unchanged.");
        TextArea list = new TextArea(e.problems().stream().map(Problem::describe).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setId("problem-list");
        list.setPrefRowCount(Math.min(14, Math.max(4, n + 1)));
        BorderPane content = new BorderPane(list);
        content.setTop(new Label("Problems (line and column in the file):"));
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(6, new Label(alert.getContentText()), content));
        alert.getDialogPane().setId("problems-dialog");
        alert.show();
    }
}
