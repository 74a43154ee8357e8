package org.scalingexplorer.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.model.Names;
import org.scalingexplorer.ui.DialogService;

/** The dialogs as JavaFX shows them, owned by the main window; each kind of file chooser reopens where it was last used. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Map<String, Path> lastFolder = new HashMap<>();

    /** @param owner the window dialogs belong to (asked each time: the scene may come later) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void rememberFolder(String kind, Path folder) {
        if (folder != null && Files.isDirectory(folder)) lastFolder.put(kind, folder);
    }

    private FileChooser chooser(String kind, String title, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (Filter f : filters) chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        Path folder = lastFolder.get(kind);
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        return chooser;
    }

    private Optional<Path> chosen(String kind, File f) {
        if (f == null) return Optional.empty();
        Path p = f.toPath();
        if (p.getParent() != null) lastFolder.put(kind, p.getParent());
        return Optional.of(p);
    }

    @Override
    public Optional<Path> openFile(String kind, String title, List<Filter> filters) {
        return chosen(kind, chooser(kind, title, filters).showOpenDialog(owner.get()));
    }

    @Override
    public List<Path> openFiles(String kind, String title, List<Filter> filters) {
        List<File> files = chooser(kind, title, filters).showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) return List.of();
        chosen(kind, files.get(0));
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> openFolder(String kind, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Path folder = lastFolder.get(kind);
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        File f = chooser.showDialog(owner.get());
        if (f == null) return Optional.empty();
        if (f.toPath().getParent() != null) lastFolder.put(kind, f.toPath().getParent());
        return Optional.of(f.toPath());
    }

    @Override
    public Optional<Path> saveFile(String kind, String title, String initialName, List<Filter> filters) {
        FileChooser chooser = chooser(kind, title, filters);
        chooser.setInitialFileName(initialName);
        return chosen(kind, chooser.showSaveDialog(owner.get()));
    }

    @Override
    public void showProblems(InputException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Could not open the file");
        alert.setHeaderText("Could not open " + Names.visible(String.valueOf(Path.of(e.file()).getFileName())));
        int n = e.problems().size();
        alert.setContentText(Names.visible(e.file()) + "\n" + n + (n == 1 ? " problem was" : " problems were") + " found. The dataset on screen is unchanged.");
        TextArea list = new TextArea(e.problems().stream().map(p -> Names.visible(p.describe())).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setId("problem-list");
        list.setPrefRowCount(Math.min(14, Math.max(4, n + 1)));
        BorderPane content = new BorderPane(list);
        content.setTop(new Label("Problems (line and column in the file):"));
        alert.getDialogPane().setContent(new VBox(6, new Label(alert.getContentText()), content));
        alert.getDialogPane().setId("problems-dialog");
        alert.show();
    }

    @Override
    public void showError(String header, String text) {
        Alert err = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        err.initOwner(owner.get());
        err.setHeaderText(header);
        err.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(header);
        a.initOwner(owner.get());
        a.showAndWait();
    }

    @Override
    public Optional<String> ask(String header, String text, List<String> answers) {
        ButtonType[] buttons = new ButtonType[answers.size()];
        for (int i = 0; i < buttons.length; i++) {
            String a = answers.get(i);
            buttons[i] = a.equals("Cancel") ? ButtonType.CANCEL
                    : new ButtonType(a, i == 0 ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.NO);
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, buttons);
        a.initOwner(owner.get());
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b != ButtonType.CANCEL).map(ButtonType::getText);
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, T initial, List<T> choices) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait();
    }
}
