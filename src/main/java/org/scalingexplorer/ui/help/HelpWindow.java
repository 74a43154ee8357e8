package org.scalingexplorer.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.scalingexplorer.ui.chart.Stages;

/** Help in a window of its own: keyboard shortcuts (read from the menus, so they never drift), a guide, how to cite, About. */
public final class HelpWindow {
    /** The window's tabs, in order. */
    public enum Page { SHORTCUTS, GUIDE, CITE, ABOUT }

    private final HelpViewModel vm;
    private Stage stage;
    private TabPane tabs;

    public HelpWindow(HelpViewModel vm) {
        this.vm = vm;
    }

    /** Shows the window on {@code page}; {@code menus} give the shortcuts. */
    public void show(Window owner, MenuBar menus, Page page) {
        if (stage == null) {
            tabs = new TabPane(tab("Keyboard Shortcuts", shortcuts(menus)), tab("Guide", guide()), tab("How to Cite", cite()), tab("About", about()));
            tabs.setId("help-tabs");
            stage = Stages.beside(owner, "Help", tabs, 860, 640);
        }
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
    }

    /** The window's scene once shown; null before. */
    public Scene scene() {
        return stage == null ? null : stage.getScene();
    }

    private TableView<HelpViewModel.Shortcut> shortcuts(MenuBar menus) {
        List<HelpViewModel.Shortcut> rows = new ArrayList<>();
        if (menus != null) {
            for (Menu m : menus.getMenus()) collect(m.getText().replace("_", ""), m.getItems(), rows);
        }
        rows.addAll(vm.gestures());
        TableView<HelpViewModel.Shortcut> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("help-shortcuts");
        table.getColumns().setAll(List.of(column("Where", HelpViewModel.Shortcut::where, 140), column("What", HelpViewModel.Shortcut::action, 380),
                column("Keys", HelpViewModel.Shortcut::keys, 280)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static void collect(String where, List<MenuItem> items, List<HelpViewModel.Shortcut> rows) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) collect(where + " > " + sub.getText().replace("_", ""), sub.getItems(), rows);
            else if (i.getAccelerator() != null && i.getText() != null) {
                rows.add(new HelpViewModel.Shortcut(where, i.getText().replace("_", "").replace("...", ""), i.getAccelerator().getDisplayText()));
            }
        }
    }

    private ScrollPane guide() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(16));
        box.setId("help-guide");
        for (HelpViewModel.Section s : vm.guide()) {
            Label h = new Label(s.heading());
            h.getStyleClass().add("help-heading");
            h.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
            box.getChildren().add(h);
            for (String p : s.paragraphs()) {
                Label l = new Label(p);
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(l);
            }
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private BorderPane cite() {
        TextArea text = new TextArea(vm.citation());
        text.setId("help-citation");
        text.setEditable(false);
        text.setWrapText(true);
        Button copy = new Button("Copy");
        copy.setId("help-copy-citation");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        BorderPane p = new BorderPane(text);
        HBox bar = new HBox(copy);
        bar.setPadding(new Insets(8, 0, 0, 0));
        p.setBottom(bar);
        p.setPadding(new Insets(12));
        return p;
    }

    private BorderPane about() {
        TextArea text = new TextArea(vm.about());
        text.setId("help-about");
        text.setEditable(false);
        text.setWrapText(true);
        BorderPane p = new BorderPane(text);
        p.setPadding(new Insets(12));
        return p;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }
}
