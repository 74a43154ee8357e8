package org.scalingexplorer.ui.explorer;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Algorithms > Loss Scales: one check item per pair of loss scales, to assume the pair comparable (a what-if), rebuilt
 * each time the menu opens so it follows the dataset.
 */
public final class ScalesMenu {
    private ScalesMenu() {
    }

    public static Menu create(ScalesViewModel vm) {
        Menu menu = new Menu("Loss _Scales");
        menu.setId("scales-menu");
        Runnable rebuild = () -> {
            menu.getItems().clear();
            if (vm.pairs().isEmpty()) {
                MenuItem none = new MenuItem("All algorithms share one loss scale");
                none.setDisable(true);
                menu.getItems().add(none);
                return;
            }
            for (ScalesViewModel.Pair p : vm.pairs()) {
                // a label's underscores are literal: no mnemonics in scale names
                CheckMenuItem item = new CheckMenuItem(p.label() + " (What-if)");
                item.setMnemonicParsing(false);
                item.setMnemonicParsing(false);
                item.setSelected(vm.declared(p));
                item.setOnAction(e -> vm.setDeclared(p, item.isSelected()));
                menu.getItems().add(item);
            }
        };
        rebuild.run();
        menu.setOnShowing(e -> rebuild.run());
        return menu;
    }
}
