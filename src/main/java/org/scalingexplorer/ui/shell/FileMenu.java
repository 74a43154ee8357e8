package org.scalingexplorer.ui.shell;

import static org.scalingexplorer.ui.shell.PresentMenu.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.Snapshots;
import org.scalingexplorer.ui.export.ExportDialog;
import org.scalingexplorer.ui.export.ExportViewModel;

/** The File menu: datasets, recent files, Epoch AI's models, workspaces, and every export. */
final class FileMenu {
    private static final List<DialogService.Filter> DATASETS = List.of(new DialogService.Filter("Datasets (*.scaling.json)", "*.json"));

    private FileMenu() {
    }

    static Menu create(ShellParts p, WorkspacePrompts prompts, Supplier<Window> window, Supplier<Node> root, Supplier<Figures.View> chartView) {
        ShellViewModel vm = p.vm();
        DialogService dialogs = p.dialogs();
        Menu recent = new Menu("Open _Recent");
        Runnable rebuildRecent = () -> {
            recent.getItems().setAll(vm.recentFiles().stream().map(f -> {
                MenuItem item = new MenuItem(f.getFileName() + "  -  " + f.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.open(f));
                return item;
            }).collect(Collectors.toList()));
            recent.setDisable(vm.recentFiles().isEmpty());
        };
        rebuildRecent.run();
        // the dataset chooser starts where the last file was opened
        if (!vm.recentFiles().isEmpty()) dialogs.rememberFolder("dataset", vm.recentFiles().get(0).getParent());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent.run());
        MenuItem open = item("_Open...", "Shortcut+O", () -> dialogs.openFile("dataset", "Open a dataset or a CSV of runs", List.of(
                new DialogService.Filter("Datasets and runs", "*.json", "*.csv"), DATASETS.get(0),
                new DialogService.Filter("Training runs (*.csv)", "*.csv"))).ifPresent(vm::open));
        MenuItem bundled = item("Open the _Paper Dataset", null, vm::openBundled);
        MenuItem epoch = item("Import Epoch AI _Models...", null, () -> dialogs.openFile("epoch",
                "Import notable models from Epoch AI's CSV of ML systems", List.of(new DialogService.Filter("Epoch AI CSV (*.csv)", "*.csv")))
                .ifPresent(vm::importNotableModels));
        MenuItem openWorkspace = item("Open _Workspace...", "Shortcut+Shift+O", prompts::open);
        MenuItem saveWorkspace = item("_Save Workspace", "Shortcut+S", prompts::save);
        MenuItem saveWorkspaceAs = item("Save Workspace _As...", "Shortcut+Shift+S", prompts::saveAs);
        MenuItem export = item("_Export Dataset...", "Shortcut+E", () -> dialogs.saveFile("dataset",
                "Export the dataset with edits and what-if algorithms", "my-dataset.scaling.json", DATASETS).ifPresent(vm::export));
        MenuItem exportChart = item("Export _Chart...", "Shortcut+Shift+E", () -> new ExportDialog(window.get(), p.export(), chartView, p.dialogs()).show());
        MenuItem exportWindow = item("Export _Window as PNG...", null, () -> exportWindow(vm, dialogs, root));
        Menu tables = new Menu("Export _Table");
        for (ExportViewModel.Table t : ExportViewModel.Table.values()) {
            tables.getItems().add(item(t + " (CSV or Markdown)...", null, () -> dialogs.saveFile("table", "Export the " + t.toString().toLowerCase(),
                    t.name().toLowerCase() + ".csv", List.of(new DialogService.Filter("CSV", "*.csv"), new DialogService.Filter("Markdown", "*.md")))
                    .ifPresent(f -> p.export().exportTable(t, f))));
        }
        MenuItem citation = item("Copy C_itation", null, () -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(p.export().citation());
            Clipboard.getSystemClipboard().setContent(c);
            vm.say("Copied the dataset's sources (text and BibTeX)");
        });
        MenuItem exit = item("_Quit", "Shortcut+Q", p.quit());
        return new Menu("_File", null, open, recent, bundled, epoch, new SeparatorMenuItem(), openWorkspace, saveWorkspace,
                saveWorkspaceAs, new SeparatorMenuItem(), export, exportChart, exportWindow, tables, citation, new SeparatorMenuItem(), exit);
    }

    private static void exportWindow(ShellViewModel vm, DialogService dialogs, Supplier<Node> root) {
        dialogs.choose("Export the window", "The whole window as PNG, at its size on screen times:", 2, List.of(1, 2, 3, 4)).ifPresent(scale ->
                dialogs.saveFile("image", "Export the whole window as PNG (" + scale + "x)", "scaling-explorer.png",
                        List.of(new DialogService.Filter("PNG image", "*.png"))).ifPresent(f -> {
                            try {
                                Snapshots.writePng(Snapshots.snapshot(root.get(), scale), f);
                                vm.say("Exported the window to " + f);
                            } catch (IOException | RuntimeException ex) {
                                vm.say("Could not export the window to " + f + ": " + ex.getMessage());
                            }
                        }));
    }
}
