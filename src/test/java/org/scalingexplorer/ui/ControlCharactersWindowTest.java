package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.model.Dataset;

/**
 * Issue 26: names with BEL, ESC, CR, a line feed and a right-to-left override (all of which the dataset reader
 * accepts) are shown harmlessly in the window: no text on screen, in any tab, holds a raw C0 or C1 control or a bidi
 * override (which would reverse the rest of a message after the name), and no name breaks a line.
 */
@ExtendWith(ApplicationExtension.class)
class ControlCharactersWindowTest {
    /** What must never reach the screen raw; line feeds are checked apart (messages have their own). */
    private static final Pattern RAW = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private Stage stage;
    private AppState state;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        String json = Files.readString(Path.of("sample-data/gundlach-2025.scaling.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"LSTM\"", "\"name\": \"LS\\u0007TM\\u001b[31m\"")
                .replace("\"name\": \"Transformer (modern)\"", "\"name\": \"mod\\r\\nern\\u202Emredom\"")
                .replace("\"name\": \"Mixture of Experts\"", "\"name\": \"Mix\\u0085ture\\nof\\u2067 Experts\"")
                .replace("\"name\": \"C4 (GPT-2 tokenizer)\"", "\"name\": \"C4\\u0007 (GPT\\n2)\"");
        Dataset hostile = DatasetReader.read("hostile.scaling.json", json);
        state = new AppState(hostile);
        state.setCompute(22);
        TestWindows.show(s, state);
    }

    @Test
    void everyTabShowsTheNamesWithoutRawControls(FxRobot robot) {
        TabPane side = robot.lookup(".side-panel").queryAs(TabPane.class);
        List<String> bad = new ArrayList<>();
        for (String reference : List.of("lstm", "transformer-modern")) {
            robot.interact(() -> state.setReference(reference));
            for (Tab tab : side.getTabs()) {
                robot.interact(() -> side.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().layout());
                List<String> texts = new ArrayList<>();
                robot.interact(() -> collect(stage.getScene().getRoot(), texts));
                for (String t : texts) {
                    if (RAW.matcher(t).find() || t.contains("mod\n") || t.contains("\nern") || t.contains("Mix\u0085") || t.contains("ture\nof")
                            || t.contains("GPT\n2")) {
                        bad.add(tab.getText() + ": " + t.replace("\n", "\\n"));
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), "raw controls on screen: " + bad);
    }

    /** Every text the window shows: Text nodes, labels, buttons, cells, fields, tooltips and the items of choice boxes. */
    private static void collect(Node n, List<String> out) {
        if (n instanceof Text t && t.getText() != null) out.add(t.getText());
        if (n instanceof Labeled l) {
            if (l.getText() != null) out.add(l.getText());
            Tooltip tip = l.getTooltip();
            if (tip != null && tip.getText() != null) out.add(tip.getText());
        }
        if (n instanceof TextInputControl f && f.getText() != null && !f.isEditable()) out.add(f.getText());
        if (n instanceof ComboBox<?> c) {
            for (Object item : c.getItems()) out.add(c.getConverter() == null ? String.valueOf(item) : ((ComboBox<Object>) c).getConverter().toString(item));
        }
        if (n instanceof ChoiceBox<?> c) for (Object item : c.getItems()) out.add(String.valueOf(item));
        if (n instanceof TableView<?> table) {
            for (var col : table.getColumns()) {
                for (int r = 0; r < table.getItems().size(); r++) {
                    Object cell = col.getCellData(r);
                    if (cell instanceof String s) out.add(s);
                }
            }
        }
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }
}
