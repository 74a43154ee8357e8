package org.scalingexplorer.ui.runs;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;

/** The provenance tab: every law and innovation that came from runs, with where it came from. */
final class ProvenanceView extends BorderPane {
    ProvenanceView(ProvenanceViewModel vm) {
        setPadding(new Insets(12));
        TableView<ProvenanceViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("provenance-table");
        table.setPlaceholder(new Label("Nothing in the dataset came from runs yet: fit a frontier or measure an ablation and add it"));
        TableColumn<ProvenanceViewModel.Row, String> provenance = FrontierView.column("Where it came from", ProvenanceViewModel.Row::provenance, 700);
        // the provenance wraps within its column
        provenance.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(provenance.widthProperty().subtract(12));
                // the theme's text colour, which a Text does not take by itself
                text.fillProperty().bind(textFillProperty());
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
        table.getColumns().setAll(List.of(FrontierView.column("Kind", ProvenanceViewModel.Row::kind, 90),
                FrontierView.column("Name", ProvenanceViewModel.Row::name, 220), provenance));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setCenter(table);
    }
}
