package org.scalingexplorer.ui.export;

import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.Theme;

/** Chart export: which chart, size (presets or typed), scale, theme; Export to a file or Copy to the clipboard. */
public final class ExportDialog extends Dialog<Void> {
    public ExportDialog(Window owner, ExportViewModel vm, Supplier<Figures.View> view, DialogService dialogs) {
        initOwner(owner);
        setTitle("Export Chart");
        setHeaderText("PNG, SVG or PDF, drawn as the window draws it (hidden series and zoom included).");
        ChoiceBox<Figures.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(Figures.Kind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setId("export-kind");
        ChoiceBox<ExportViewModel.Preset> preset = new ChoiceBox<>();
        preset.getItems().setAll(ExportViewModel.Preset.values());
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        Spinner<Integer> width = spinner(50, 16384, 10, "export-width");
        width.getValueFactory().valueProperty().bindBidirectional(vm.widthProperty());
        Spinner<Integer> height = spinner(50, 16384, 10, "export-height");
        height.getValueFactory().valueProperty().bindBidirectional(vm.heightProperty());
        Spinner<Integer> scale = spinner(1, 4, 1, "export-scale");
        scale.getValueFactory().valueProperty().bindBidirectional(vm.scaleProperty());
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(Theme.values());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Chart"), kind);
        grid.addRow(1, new Label("Size"), preset);
        grid.addRow(2, new Label("Width"), width);
        grid.addRow(3, new Label("Height"), height);
        grid.addRow(4, new Label("Scale (PNG)"), scale);
        grid.addRow(5, new Label("Theme"), theme);
        CheckBox source = new CheckBox("Source line under the chart");
        source.setId("export-source");
        source.selectedProperty().bindBidirectional(vm.sourceLineProperty());
        grid.add(source, 1, 6);
        Label message = new Label();
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.textProperty().bind(vm.messageProperty());
        Button export = new Button("Export...");
        export.setId("export-file");
        export.setOnAction(e -> {
            dialogs.saveFile("chart", "Export " + vm.kindProperty().get(), vm.kindProperty().get().id() + ".png",
                    List.of(new DialogService.Filter("PNG image", "*.png"), new DialogService.Filter("SVG (vector, text stays text)", "*.svg"),
                            new DialogService.Filter("PDF", "*.pdf"))).ifPresent(f -> vm.exportChart(f, view.get()));
        });
        Button copy = new Button("Copy Image");
        copy.setId("export-copy");
        copy.setOnAction(e -> {
            ExportViewModel.Pixels p = vm.chartPixels(view.get());
            WritableImage image = new WritableImage(p.width(), p.height());
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
            ClipboardContent c = new ClipboardContent();
            c.putImage(image);
            Clipboard.getSystemClipboard().setContent(c);
        });
        VBox box = new VBox(10, grid, new HBox(8, export, copy), message);
        box.setPadding(new Insets(4));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static Spinner<Integer> spinner(int min, int max, int step, String id) {
        Spinner<Integer> s = new Spinner<>(min, max, min, step);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(120);
        return s;
    }
}
