package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.io.dataset.DatasetReader;

/** Issue 28: a name with underscores ("newmodern_scaling_study") is shown as written, not as a mnemonic. */
@ExtendWith(ApplicationExtension.class)
class UnderscoreNamesWindowTest {
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        String json = Files.readString(Path.of("sample-data/gundlach-2025.scaling.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"Transformer (modern)\"", "\"name\": \"newmodern_scaling_study\"");
        TestWindows.show(s, new AppState(DatasetReader.read("u.scaling.json", json)));
    }

    @Test
    void legendEntriesKeepTheirUnderscores(FxRobot robot) {
        List<CheckBox> legend = new ArrayList<>(robot.lookup(".legend-item").match(n -> n instanceof CheckBox).queryAllAs(CheckBox.class));
        assertTrue(legend.stream().anyMatch(c -> c.getText().equals("newmodern_scaling_study")), "a legend entry for the algorithm");
        List<String> shown = new ArrayList<>();
        robot.interact(() -> legend.forEach(c -> texts(c, shown)));
        assertTrue(shown.contains("newmodern_scaling_study"), "drawn as written: " + shown);
        assertTrue(shown.stream().noneMatch(t -> t.equals("newmodernscaling_study")), "no underscore taken as a mnemonic: " + shown);
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Text t) out.add(t.getText());
        if (n instanceof Parent p) for (Node k : p.getChildrenUnmodifiable()) texts(k, out);
    }
}
