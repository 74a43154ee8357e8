package org.scalingexplorer.ui.explorer;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.ui.Choice;

/** Renames, recolours and restyles a series (Algorithms > Rename, Recolour or Restyle Series); OK applies, a refused entry says why. */
public final class SeriesDialog extends Dialog<ButtonType> {
    public SeriesDialog(Window owner, SeriesViewModel vm) {
        initOwner(owner);
        setTitle("Rename, recolour or restyle a series");
        setHeaderText("The name, colour and line every chart, table and export shows; kept in the workspace.");
        ComboBox<Choice> series = new ComboBox<>(vm.series());
        series.setId("series-choice");
        series.getSelectionModel().select(vm.series().stream().filter(c -> c.id().equals(vm.selectedProperty().get())).findFirst().orElse(null));
        series.valueProperty().addListener((o, was, now) -> vm.selectedProperty().set(now == null ? null : now.id()));
        TextField name = new TextField();
        name.setId("series-name");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(vm.nameProperty());
        ColorPicker colour = new ColorPicker();
        colour.setId("series-colour");
        Runnable showColour = () -> {
            String c = vm.colorProperty().get();
            colour.setValue(c == null || c.isEmpty() ? Color.GRAY : Color.web(c));
        };
        showColour.run();
        vm.colorProperty().addListener((o, was, now) -> showColour.run());
        colour.setOnAction(e -> {
            Color c = colour.getValue();
            vm.colorProperty().set(String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                    Math.round(c.getBlue() * 255)));
        });
        Button palette = new Button("Palette's Colour");
        palette.setId("series-palette");
        palette.setOnAction(e -> vm.colorProperty().set(""));
        ComboBox<LineStyle.Dash> dash = new ComboBox<>(FXCollections.observableArrayList(LineStyle.Dash.values()));
        dash.setId("series-dash");
        dash.valueProperty().bindBidirectional(vm.dashProperty());
        ComboBox<Double> width = new ComboBox<>(FXCollections.observableArrayList(SeriesViewModel.WIDTHS));
        width.setId("series-width");
        width.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double w) {
                return w == null ? "" : (w == Math.rint(w) ? String.valueOf(w.intValue()) : String.valueOf(w)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", "").strip());
            }
        });
        width.valueProperty().bindBidirectional(vm.widthProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Series"), series);
        grid.addRow(1, new Label("Name"), name);
        grid.addRow(2, new Label("Colour"), new HBox(8, colour, palette));
        Label lineLabel = new Label("Line");
        lineLabel.setLabelFor(dash);
        width.setAccessibleText("Line width, times the theme's");
        HBox line = new HBox(8, dash, new Label("width"), width);
        line.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, lineLabel, line);
        Label problem = new Label();
        problem.setId("series-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        getDialogPane().setContent(new VBox(10, grid, problem));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // OK applies; a refused name or colour keeps the dialog open and says why
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> vm.apply().ifPresent(why -> {
            problem.setText(why);
            e.consume();
        }));
    }
}
