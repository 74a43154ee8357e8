package org.scalingexplorer.ui.runs;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.IntegerStringConverter;
import javafx.util.converter.LongStringConverter;

import org.scalingexplorer.model.Names;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.DialogService;

/** The import tab: choose files or folders, the layout and grouping; check and edit the table; Import. */
final class RunsImportView extends BorderPane {
    RunsImportView(RunsImportViewModel vm, DialogService dialogs) {
        setPadding(new Insets(12));
        getStyleClass().add("runs-import");
        Button files = Forms.button("runs-add-files", "Add Files...");
        files.setOnAction(e -> vm.add(dialogs.openFiles("runs", "Training curves (one CSV per run)",
                List.of(new DialogService.Filter("Training curves (*.csv)", "*.csv")))));
        Button folder = Forms.button("runs-add-folder", "Add Folder...");
        folder.setOnAction(e -> dialogs.openFolder("runs", "A folder of training curves (read with its subfolders)").ifPresent(p -> vm.add(List.of(p))));
        Button clear = Forms.button("runs-clear", "Clear");
        clear.setOnAction(e -> vm.clear());
        ChoiceBox<Choice> preset = new ChoiceBox<>();
        preset.setId("runs-preset");
        preset.getItems().setAll(RunsImportViewModel.PRESETS);
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        CheckBox training = new CheckBox("Training loss");
        training.setId("runs-training");
        training.selectedProperty().bindBidirectional(vm.trainingLossProperty());
        CheckBox theoretical = new CheckBox("Theoretical FLOPs");
        theoretical.setId("runs-theoretical");
        theoretical.selectedProperty().bindBidirectional(vm.theoreticalComputeProperty());
        Label layoutLabel = new Label("Columns:");
        layoutLabel.setLabelFor(preset);
        FlowPane top = new FlowPane(8, 6, files, folder, clear, spacer(), layoutLabel, preset, training, theoretical);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField step = Forms.field("runs-step-column", "the preset's");
        step.textProperty().bindBidirectional(vm.stepColumnProperty());
        TextField loss = Forms.field("runs-loss-column", "the preset's");
        loss.textProperty().bindBidirectional(vm.lossColumnProperty());
        TextField compute = Forms.field("runs-compute-column", "the preset's");
        compute.textProperty().bindBidirectional(vm.computeColumnProperty());
        TextField perStep = Forms.field("runs-flops-per-step", "e.g. 3.2e12");
        perStep.textProperty().bindBidirectional(vm.flopsPerStepProperty());
        FlowPane mapping = new FlowPane(8, 6, new Label("Step column"), step, new Label("Loss column"), loss, new Label("Compute column"), compute,
                new Label("FLOPs per step"), perStep);
        mapping.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup group = new ToggleGroup();
        RadioButton byFolder = new RadioButton("Group by folder");
        byFolder.setId("runs-by-folder");
        byFolder.setToggleGroup(group);
        RadioButton byName = new RadioButton("by name pattern");
        byName.setId("runs-by-pattern");
        byName.setToggleGroup(group);
        byName.setSelected(vm.byPatternProperty().get());
        byFolder.setSelected(!vm.byPatternProperty().get());
        group.selectedToggleProperty().addListener((o, was, now) -> vm.byPatternProperty().set(now == byName));
        TextField pattern = Forms.field("runs-pattern", "first group = algorithm");
        pattern.setPrefColumnCount(16);
        pattern.textProperty().bindBidirectional(vm.patternProperty());
        pattern.disableProperty().bind(byName.selectedProperty().not());
        Button regroup = Forms.button("runs-regroup", "Regroup");
        regroup.setOnAction(e -> vm.regroup());
        FlowPane grouping = new FlowPane(8, 6, byFolder, byName, pattern, regroup);
        grouping.setAlignment(Pos.CENTER_LEFT);
        VBox settings = new VBox(8, top, mapping, grouping);
        settings.setPadding(new Insets(0, 0, 8, 0));
        setTop(settings);

        TableView<RunsImportViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("runs-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("No files yet: Add Files or Add Folder"));
        TableColumn<RunsImportViewModel.Row, Boolean> include = new TableColumn<>("Import");
        include.setCellValueFactory(c -> c.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setPrefWidth(64);
        TableColumn<RunsImportViewModel.Row, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(220);
        // sorted as people count: run_32 before run_128
        file.setComparator(Names.NATURAL);
        TableColumn<RunsImportViewModel.Row, String> algorithm = new TableColumn<>("Algorithm");
        algorithm.setCellValueFactory(c -> c.getValue().algorithmProperty());
        algorithm.setCellFactory(TextFieldTableCell.forTableColumn());
        algorithm.setPrefWidth(160);
        TableColumn<RunsImportViewModel.Row, Integer> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> c.getValue().sizeProperty().asObject());
        // no size (0) and no seed (-1) show as empty cells
        size.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter() {
            @Override
            public String toString(Integer v) {
                return v == null || v <= 0 ? "" : super.toString(v);
            }
        }));
        size.setOnEditCommit(e -> e.getRowValue().sizeProperty().set(e.getNewValue() == null ? 0 : Math.max(0, e.getNewValue())));
        size.setPrefWidth(70);
        TableColumn<RunsImportViewModel.Row, Long> seed = new TableColumn<>("Seed");
        seed.setCellValueFactory(c -> c.getValue().seedProperty().asObject());
        seed.setCellFactory(TextFieldTableCell.forTableColumn(new LongStringConverter() {
            @Override
            public String toString(Long v) {
                return v == null || v < 0 ? "" : super.toString(v);
            }
        }));
        seed.setOnEditCommit(e -> e.getRowValue().seedProperty().set(e.getNewValue() == null ? -1 : e.getNewValue()));
        seed.setPrefWidth(80);
        TableColumn<RunsImportViewModel.Row, String> where = new TableColumn<>("Folder");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().folder()));
        where.setPrefWidth(360);
        where.setComparator(Names.NATURAL);
        table.getColumns().setAll(List.of(include, file, algorithm, size, seed, where));
        setCenter(table);

        TextArea skipped = new TextArea();
        skipped.setId("runs-skipped");
        skipped.setEditable(false);
        skipped.setWrapText(true);
        skipped.setPrefRowCount(3);
        skipped.textProperty().bind(vm.skippedProperty());
        skipped.visibleProperty().bind(vm.skippedProperty().isNotEmpty());
        skipped.managedProperty().bind(skipped.visibleProperty());
        Button go = Forms.button("runs-import", "Import");
        go.setDefaultButton(true);
        go.setOnAction(e -> vm.importRuns());
        Forms.idleOnly(vm.task(), files, folder, clear, go, regroup);
        HBox status = Forms.status(vm.task(), vm::cancel, "runs-import");
        status.getChildren().add(go);
        Label skippedLabel = new Label("Every file not used, and what was changed in those that were:");
        skippedLabel.visibleProperty().bind(skipped.visibleProperty());
        skippedLabel.managedProperty().bind(skipped.visibleProperty());
        VBox bottom = new VBox(6, skippedLabel, skipped, status);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
    }

    private static Region spacer() {
        Region r = new Region();
        r.setPrefWidth(16);
        HBox.setHgrow(r, Priority.NEVER);
        return r;
    }
}
