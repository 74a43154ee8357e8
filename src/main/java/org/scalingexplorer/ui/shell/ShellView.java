package org.scalingexplorer.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.StatusBar;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.files.AppInfo;
import org.scalingexplorer.ui.explorer.ExplorerView;
import org.scalingexplorer.ui.fit.FitView;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;

/**
 * The window's layout: menu bar and Present button, the explorer beside the side panel, the status bar; files opened
 * by drag and drop; problems shown through the dialog service. The menus, present mode and the workspace prompts
 * are rooms of their own ({@link MainMenus}, {@link PresentMode}, {@link WorkspacePrompts}).
 */
public final class ShellView extends BorderPane {
    private final ShellParts parts;
    private final SplitPane split;
    private final WorkspacePrompts prompts;
    private final MainMenus menus;
    private Node sidePanel;
    private Stage fitWindow;

    public ShellView(ShellParts parts, Node sidePanel) {
        this.parts = parts;
        ShellViewModel vm = parts.vm();
        getStyleClass().add("shell");
        split = new SplitPane(drawingArea(parts.explorer(), parts.whatIf()));
        split.setDividerPositions(0.64);
        prompts = new WorkspacePrompts(parts.workspace(), parts.dialogs());
        menus = new MainMenus(parts, prompts, this::window, () -> getScene().getRoot(), this::chartView, this::showFitWindow);
        ToggleButton presentButton = new ToggleButton("Present");
        presentButton.setId("present-button");
        presentButton.setTooltip(new Tooltip("Present mode (F11): full screen, larger type, no menus; Esc or F11 leaves"));
        presentButton.selectedProperty().bindBidirectional(parts.present().presentingProperty());
        MenuBar bar = menus.bar();
        HBox top = new HBox(bar, presentButton);
        HBox.setHgrow(bar, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_RIGHT);
        top.getStyleClass().add("top-bar");
        setTop(top);
        setCenter(split);
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(vm.statusProperty());
        // a runs CSV being read shows how far it has got; anything else spins
        status.progressProperty().bind(Bindings.when(vm.busyProperty()).then(vm.progressProperty())
                .otherwise(Bindings.when(parts.export().playingProperty()).then(parts.export().playbackProgressProperty()).otherwise(0.0)));
        // a playback being exported can be stopped from here
        Button cancelPlayback = new Button("Cancel Export");
        cancelPlayback.setId("cancel-playback");
        cancelPlayback.setOnAction(e -> parts.export().cancelPlayback());
        cancelPlayback.visibleProperty().bind(parts.export().playingProperty());
        cancelPlayback.managedProperty().bind(cancelPlayback.visibleProperty());
        status.getRightItems().add(cancelPlayback);
        setBottom(status);
        new PresentMode(this, parts.present(), top, status, vm, parts.explorer()::foldTable);

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
        // every problem of a file, each with its place; the work on screen stays as it was
        vm.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                parts.dialogs().showProblems(now);
                vm.clearFailure();
            }
        });
        parts.workspace().failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                parts.dialogs().showProblems(now);
                parts.workspace().clearFailure();
            }
        });
        parts.export().messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) vm.say(now);
        });
        parts.workspace().messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) vm.say(now);
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) now.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), parts.history()::redo);
        });
        parts.present().sidePanelProperty().addListener((o, was, now) -> showSidePanel(now));
        parts.present().sideTabProperty().addListener((o, was, now) -> {
            if (this.sidePanel instanceof TabPane tabs && tabs.getSelectionModel().getSelectedIndex() != now.intValue()) {
                tabs.getSelectionModel().select(now.intValue());
            }
        });
        if (sidePanel != null) setSidePanel(sidePanel);
    }

    /** The Algorithms menu, for the composition root to add the menus of other features to. */
    public Menu algorithmsMenu() {
        return menus.algorithms();
    }

    /**
     * Puts the side panel beside the explorer. The app calls it after the first frame, so the first chart is on
     * screen before the panel is built; tests and tools pass the panel to the constructor.
     */
    public void setSidePanel(Node panel) {
        this.sidePanel = panel;
        if (panel instanceof TabPane tabs) {
            tabs.getSelectionModel().select(parts.present().sideTabProperty().get());
            tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> parts.present().sideTabProperty().set(now.intValue()));
        }
        showSidePanel(parts.present().sidePanelProperty().get());
    }

    private void showSidePanel(boolean show) {
        if (sidePanel == null) return;
        if (show && !split.getItems().contains(sidePanel)) {
            split.getItems().add(sidePanel);
            split.setDividerPositions(0.64);
        } else if (!show) {
            split.getItems().remove(sidePanel);
        }
    }

    /** The explorer, with a banner above it while a what-if is drawn by its two handles on the loss chart. */
    private static BorderPane drawingArea(ExplorerView explorer, WhatIfViewModel whatIf) {
        explorer.lossChart().handlesProperty().bind(whatIf.handlesProperty());
        explorer.lossChart().setOnHandleMoved(whatIf::moveHandle);
        Label message = new Label();
        message.setId("drawing-message");
        message.textProperty().bind(whatIf.messageProperty());
        // one line: a wrapping label would ask for its height at a sliver of width and push the window apart
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.tooltipProperty().bind(whatIf.messageProperty().map(Tooltip::new));
        HBox.setHgrow(message, Priority.ALWAYS);
        Button done = new Button("Done");
        done.setId("drawing-done");
        done.setDefaultButton(false);
        done.setOnAction(e -> whatIf.finishDrawing());
        HBox banner = new HBox(message, done);
        banner.getStyleClass().addAll("control-bar", "drawing-banner");
        banner.visibleProperty().bind(whatIf.editingProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        BorderPane area = new BorderPane(explorer);
        area.setTop(banner);
        return area;
    }

    /** The fit window: not modal, so the charts stay live while a bootstrap runs. */
    public void showFitWindow() {
        if (fitWindow == null) {
            fitWindow = new Stage();
            fitWindow.initOwner(window());
            fitWindow.setTitle("Fit Laws to Runs - " + AppInfo.NAME);
            Scene scene = new Scene(new FitView(parts.fit(), parts.dialogs()), 1180, 640);
            if (getScene() != null) Bindings.bindContent(scene.getStylesheets(), getScene().getStylesheets());
            fitWindow.setScene(scene);
        }
        fitWindow.show();
        fitWindow.toFront();
    }

    /** Asks about unsaved changes before the window closes; returns whether it may close. */
    public boolean confirmClose() {
        return prompts.confirmClose();
    }

    /** Offers to restore work a crashed or killed session left unsaved. */
    public void offerRecovery() {
        prompts.offerRecovery();
    }

    /** Autosaves every {@code autosaveSeconds} while there are unsaved changes. */
    public void startAutosave() {
        prompts.startAutosave();
    }

    /** What the explorer's charts show beyond their view models: hidden series and zoom. */
    private Figures.View chartView() {
        ExplorerView explorer = parts.explorer();
        return new Figures.View(explorer.lossChart().hiddenSeries(), explorer.lossChart().shownRanges(),
                explorer.cegChart().hiddenSeries(), explorer.cegChart().shownRanges());
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
