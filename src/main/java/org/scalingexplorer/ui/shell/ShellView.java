package org.scalingexplorer.ui.shell;

import java.io.File;
import java.nio.file.Path;
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
    private final javafx.scene.Node sidePanel;
    private final org.scalingexplorer.ui.whatif.WhatIfViewModel whatIf;

    private final org.scalingexplorer.ui.fit.FitViewModel fit;
    private final org.scalingexplorer.ui.export.ExportViewModel export;
    private javafx.stage.Stage fitWindow;
    private final Menu fittedMenu = new Menu("Fitted _Laws");

    public ShellView(ShellViewModel vm, ExplorerView explorer, javafx.scene.Node sidePanel,
                     org.scalingexplorer.ui.whatif.WhatIfViewModel whatIf, org.scalingexplorer.ui.fit.FitViewModel fit,
                     org.scalingexplorer.ui.export.ExportViewModel export, Runnable quit) {
        this.vm = vm;
        this.fit = fit;
        this.export = export;
        this.explorer = explorer;
        this.sidePanel = sidePanel;
        this.whatIf = whatIf;
        getStyleClass().add("shell");
        split = new javafx.scene.control.SplitPane(drawingArea(explorer, whatIf), sidePanel);
        split.setDividerPositions(0.64);
        setTop(menuBar(quit));
        setCenter(split);
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(vm.statusProperty());
        status.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty()).then(-1.0).otherwise(0.0));
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
        Menu file = new Menu("_File", null, open, recentMenu, bundled, epoch, new SeparatorMenuItem(), export, exportChart, exportWindow, tables,
                citation, new SeparatorMenuItem(), exit);

        MenuItem reset = new MenuItem("_Reset Zoom");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        reset.setOnAction(e -> explorer.resetZoom());
        javafx.scene.control.CheckMenuItem side = new javafx.scene.control.CheckMenuItem("_Side Panel");
        side.setSelected(true);
        side.setAccelerator(KeyCombination.keyCombination("F9"));
        side.selectedProperty().addListener((o, was, now) -> {
            if (now && !split.getItems().contains(sidePanel)) {
                split.getItems().add(sidePanel);
                split.setDividerPositions(0.64);
            } else if (!now) {
                split.getItems().remove(sidePanel);
            }
        });
        Menu view = new Menu("_View", null, reset, side);
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
        Menu algorithms = new Menu("_Algorithms", null, addWhatIf, drawWhatIf, new SeparatorMenuItem(), fitLaws, fittedMenu);

        MenuItem about = new MenuItem("_About " + AppInfo.NAME);
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, AppInfo.NAME + " " + AppInfo.version()
                    + "\n\nCompute-equivalent gains of training algorithms across scale.\n"
                    + "Zoom: mouse wheel or drag a box. Pan: right-drag or shift-drag. Reset: double-click.\n"
                    + "Click a chart to move the compute cursor there.", ButtonType.OK);
            a.setHeaderText(AppInfo.NAME);
            a.initOwner(window());
            a.showAndWait();
        });
        Menu help = new Menu("_Help", null, about);
        MenuBar bar = new MenuBar(file, view, algorithms, help);
        bar.setId("menu-bar");
        return bar;
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

    /** What the explorer's charts show beyond their view models: hidden series and zoom. */
    private org.scalingexplorer.ui.export.ChartPictures.View chartView() {
        return new org.scalingexplorer.ui.export.ChartPictures.View(explorer.lossChart().hiddenSeries(), explorer.lossChart().shownRanges(),
                explorer.cegChart().hiddenSeries(), explorer.cegChart().shownRanges());
    }

    private void exportWindow() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the whole window as PNG (at twice its size on screen)");
        chooser.setInitialFileName("scaling-explorer.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(window());
        if (f == null) return;
        try {
            org.scalingexplorer.ui.Snapshots.writePng(org.scalingexplorer.ui.Snapshots.snapshot(getScene().getRoot(), 2), f.toPath());
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
