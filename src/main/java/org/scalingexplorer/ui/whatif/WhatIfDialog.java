package org.scalingexplorer.ui.whatif;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Collects a what-if law; OK stays disabled while the parameters are refused, and the reasons are shown. */
public final class WhatIfDialog extends Dialog<WhatIfViewModel.Form> {
    private final TextField name = field("What-if", "name");
    private final ChoiceBox<WhatIfViewModel.LawKind> kind = new ChoiceBox<>();
    private final TextField e = field("1.9", "E");
    private final TextField a = field("60", "A");
    private final TextField alpha = field("-0.1", "alpha");
    private final TextField b = field("410.7", "B");
    private final TextField beta = field("0.28", "beta");
    private final Label problems = new Label();

    public WhatIfDialog(Window owner) {
        initOwner(owner);
        setTitle("Add a what-if algorithm");
        setHeaderText("A hypothetical algorithm joins every chart and table, and can be the reference.");
        kind.getItems().setAll(WhatIfViewModel.LawKind.values());
        kind.setValue(WhatIfViewModel.LawKind.POWER);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(WhatIfViewModel.LawKind k) {
                return switch (k) {
                    case POWER -> "Power law: L = E + A C^alpha";
                    case PARAMETRIC_OPTIMAL -> "L(N, D), compute-optimal allocation";
                    case PARAMETRIC_KAPLAN -> "L(N, D), Kaplan allocation";
                };
            }

            @Override
            public WhatIfViewModel.LawKind fromString(String s) {
                return null;
            }
        });
        kind.setId("whatif-kind");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Law"), kind);
        grid.addRow(2, new Label("E"), e);
        grid.addRow(3, new Label("A"), a);
        grid.addRow(4, new Label("alpha"), alpha);
        Label bl = new Label("B");
        Label betal = new Label("beta");
        grid.addRow(5, bl, b);
        grid.addRow(6, betal, beta);
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.setId("whatif-problems");
        problems.setMaxWidth(420);
        getDialogPane().setContent(new VBox(10, grid, problems));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("whatif-dialog");
        Runnable validate = () -> {
            boolean parametric = kind.getValue() != WhatIfViewModel.LawKind.POWER;
            for (var n : new Node[] {bl, b, betal, beta}) {
                n.setVisible(parametric);
                n.setManaged(parametric);
            }
            var r = WhatIfViewModel.check(form());
            problems.setText(String.join("\n", r.problems()));
            getDialogPane().lookupButton(ButtonType.OK).setDisable(r.law().isEmpty());
            // the dialog grows with its content (two more fields, a longer reason): OK and Cancel stay in view
            problems.setMinHeight(Region.USE_PREF_SIZE);
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                Platform.runLater(() -> getDialogPane().getScene().getWindow().sizeToScene());
            }
        };
        kind.valueProperty().addListener((o, was, now) -> {
            // the two forms use alpha with opposite signs: offer the other form's typical value
            alpha.setText(now == WhatIfViewModel.LawKind.POWER ? "-0.1" : "0.34");
            validate.run();
        });
        for (TextField f : new TextField[] {name, e, a, alpha, b, beta}) f.textProperty().addListener((o, was, now) -> validate.run());
        validate.run();
        setResultConverter(button -> button == ButtonType.OK ? form() : null);
    }

    private WhatIfViewModel.Form form() {
        return new WhatIfViewModel.Form(name.getText(), kind.getValue(), e.getText(), a.getText(), alpha.getText(), b.getText(), beta.getText());
    }

    private static TextField field(String value, String id) {
        TextField f = new TextField(value);
        f.setId("whatif-" + id);
        f.setPrefColumnCount(10);
        return f;
    }
}
