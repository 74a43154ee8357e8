package org.scalingexplorer.ui.shell;

import static org.scalingexplorer.ui.shell.PresentMenu.item;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.files.AppInfo;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.explorer.SeriesDialog;
import org.scalingexplorer.ui.help.HelpWindow;
import org.scalingexplorer.ui.laws.PublishedLawsDialog;
import org.scalingexplorer.ui.runs.RunsWindow;
import org.scalingexplorer.ui.whatif.WhatIfDialog;

/** The menu bar: File, Edit, View, Algorithms, Present, Help. */
final class MainMenus {
    private final MenuBar bar;
    private final Menu algorithms;

    MainMenus(ShellParts p, WorkspacePrompts prompts, Supplier<Window> window, Supplier<Node> root, Supplier<Figures.View> chartView,
              Runnable showFitWindow) {
        Menu file = FileMenu.create(p, prompts, window, root, chartView);
        MenuItem undo = item("_Undo", "Shortcut+Z", p.history()::undo);
        undo.disableProperty().bind(p.history().canUndoProperty().not());
        MenuItem redo = item("_Redo (Ctrl+Y)", "Shortcut+Shift+Z", p.history()::redo);
        redo.disableProperty().bind(p.history().canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo);

        MenuItem reset = item("_Reset Zoom", "Shortcut+0", p.explorer()::resetZoom);
        CheckMenuItem side = new CheckMenuItem("_Side Panel");
        side.setAccelerator(KeyCombination.keyCombination("F9"));
        side.selectedProperty().bindBidirectional(p.present().sidePanelProperty());
        CheckMenuItem presentItem = new CheckMenuItem("_Present Mode (F11)");
        presentItem.selectedProperty().bindBidirectional(p.present().presentingProperty());
        Menu themes = new Menu("_Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.toString());
            item.setToggleGroup(themeGroup);
            item.setSelected(p.present().themeProperty().get() == t);
            item.setOnAction(e -> p.present().themeProperty().set(t));
            p.present().themeProperty().addListener((o, was, now) -> item.setSelected(now == t));
            themes.getItems().add(item);
        }
        CheckMenuItem safe = new CheckMenuItem("_Colour-blind-safe Palette");
        safe.selectedProperty().bindBidirectional(p.present().colorBlindSafeProperty());
        CheckMenuItem ends = new CheckMenuItem("_Label Lines at Their Ends");
        ends.selectedProperty().bindBidirectional(p.explorer().viewModel().endLabelsProperty());
        Menu digits = new Menu("Significant _Figures");
        ToggleGroup digitGroup = new ToggleGroup();
        for (int n = Numbers.MIN_DIGITS; n <= Numbers.MAX_DIGITS; n++) {
            int figures = n;
            RadioMenuItem item = new RadioMenuItem(n + (n == Numbers.DEFAULT_DIGITS ? " (default)" : ""));
            item.setToggleGroup(digitGroup);
            item.setSelected(p.present().digitsProperty().get() == n);
            item.setOnAction(e -> p.present().digitsProperty().set(figures));
            p.present().digitsProperty().addListener((o, was, now) -> item.setSelected(now.intValue() == figures));
            digits.getItems().add(item);
        }
        MenuItem sensitivity = item("_Sensitivity...", "Shortcut+Shift+Y", () -> p.sensitivity().show(window.get()));
        MenuItem allocation = item("_Allocation...", null, () -> p.allocation().show(window.get()));
        Menu view = new Menu("_View", null, reset, side, sensitivity, allocation, new SeparatorMenuItem(), presentItem, themes, safe, ends, digits);

        MenuItem addWhatIf = item("Add _What-if Algorithm...", "Shortcut+N", () -> new WhatIfDialog(window.get()).showAndWait().ifPresent(p.whatIf()::add));
        MenuItem addLaw = item("Add _Published Law...", "Shortcut+Shift+L", () -> new PublishedLawsDialog(window.get(), p.laws()).showAndWait());
        MenuItem drawWhatIf = item("_Draw What-if on the Chart", "Shortcut+D", p.whatIf()::startDrawing);
        drawWhatIf.disableProperty().bind(p.whatIf().editingProperty().isNotNull());
        MenuItem fitLaws = item("_Fit Laws to Runs...", "Shortcut+Shift+F", showFitWindow);
        MenuItem runs = item("Training _Runs...", "Shortcut+Shift+R", () -> p.runs().show(window.get(), RunsWindow.Page.FILES));
        MenuItem provenance = item("Where Numbers Come Fr_om...", null,
                () -> p.runs().show(window.get(), RunsWindow.Page.PROVENANCE));
        MenuItem series = item("Rename, _Recolour or Restyle Series...", null,
                () -> new SeriesDialog(window.get(), p.series()).showAndWait());
        Menu fitted = new Menu("Fitted _Laws");
        Runnable rebuildFitted = () -> {
            // one switch per law a fit replaced: checked = the fitted law, unchecked = the dataset's own
            fitted.getItems().setAll(p.vm().fitsProperty().get().stream().filter(AppliedFit::replaces).map(f -> {
                CheckMenuItem item = new CheckMenuItem("Fitted law for " + f.original().name());
                item.setMnemonicParsing(false);
                item.setMnemonicParsing(false);
                item.setSelected(f.active());
                item.setOnAction(e -> p.vm().useFit(f.algorithmId(), item.isSelected()));
                return (MenuItem) item;
            }).collect(Collectors.toList()));
            fitted.setDisable(fitted.getItems().isEmpty());
        };
        rebuildFitted.run();
        p.vm().fitsProperty().addListener((o, was, now) -> rebuildFitted.run());
        algorithms = new Menu("_Algorithms", null, addWhatIf, addLaw, drawWhatIf, series, new SeparatorMenuItem(), runs, fitLaws, fitted, provenance,
                new SeparatorMenuItem());

        Menu present = PresentMenu.create(p.present(), p.export(), p.dialogs(), chartView);
        HelpWindow helpWindow = p.help();
        MenuItem shortcuts = item("_Keyboard Shortcuts", "F1", () -> helpWindow.show(window.get(), bar(), HelpWindow.Page.SHORTCUTS));
        MenuItem guide = item("_Guide: Reading the Charts", null, () -> helpWindow.show(window.get(), bar(), HelpWindow.Page.GUIDE));
        MenuItem cite = item("How to _Cite", null, () -> helpWindow.show(window.get(), bar(), HelpWindow.Page.CITE));
        MenuItem about = item("_About " + AppInfo.NAME, null, () -> helpWindow.show(window.get(), bar(), HelpWindow.Page.ABOUT));
        Menu help = new Menu("_Help", null, shortcuts, guide, cite, new SeparatorMenuItem(), about);
        bar = new MenuBar(file, edit, view, algorithms, present, help);
        bar.setId("menu-bar");
    }

    MenuBar bar() {
        return bar;
    }

    Menu algorithms() {
        return algorithms;
    }
}
