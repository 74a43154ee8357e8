package org.scalingexplorer.ui.runs;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.scalingexplorer.ui.Task;

/** The pieces the runs window's views share: a settings grid, fields, and the bar that shows a {@link Task}. */
final class Forms {
    private Forms() {
    }

    /** A two-column grid: labels at their preferred width, fields taking the rest. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 12, 0, 0));
        return grid;
    }

    static void row(GridPane grid, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.addRow(grid.getRowCount(), l, field);
    }

    static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(8);
        return f;
    }

    static Spinner<Integer> spinner(String id, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, min, step);
        s.setId(id);
        s.setEditable(true);
        s.setMaxWidth(Double.MAX_VALUE);
        return s;
    }

    static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** The task's message (one line, the whole of it in a tooltip), its progress and Cancel while it runs. */
    /** A read-only wrapped text of {@code rows} rows showing {@code text}, with {@code prompt} while it is empty. */
    static TextArea reading(String id, ObservableValue<String> text, int rows, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bind(text);
        area.setPromptText(prompt);
        return area;
    }

    /** A tab's foot: what it found, above its task's status. */
    static VBox foot(TextArea found, Task task, String idPrefix) {
        VBox bottom = new VBox(6, found, status(task, task::cancel, idPrefix));
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    static HBox status(Task task, Runnable cancel, String idPrefix) {
        Label message = new Label();
        message.setId(idPrefix + "-message");
        message.textProperty().bind(task.messageProperty());
        message.tooltipProperty().bind(task.messageProperty().map(Tooltip::new));
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        // a result is read whole, in the text's own colour, not cut at the window's edge
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("result-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.progressProperty().bind(task.progressProperty());
        bar.visibleProperty().bind(task.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(160);
        Button stop = button(idPrefix + "-cancel", "Cancel");
        stop.setOnAction(e -> cancel.run());
        stop.visibleProperty().bind(task.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        HBox box = new HBox(8, message, bar, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("control-bar");
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /** Disables {@code nodes} while {@code task} runs. */
    static void idleOnly(Task task, Node... nodes) {
        for (Node n : nodes) n.disableProperty().bind(Bindings.createBooleanBinding(() -> task.runningProperty().get(), task.runningProperty()));
    }
}
