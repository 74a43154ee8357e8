package org.scalingexplorer.ui.attribution;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.scalingexplorer.figure.FramesFigure;

/**
 * The pairwise CEG matrix as a grid of labels: row = reference, column = candidate; cells whose CEG does not compose
 * through a third algorithm are highlighted and say why on hover. A slider step only changes texts and highlights.
 */
final class MatrixView extends VBox {
    /** The widest a cell's explanation gets before it wraps. */
    static final double TOOLTIP_WIDTH = 420;
    private static final PseudoClass DEFECT = PseudoClass.getPseudoClass("defect");
    /** How far off, graded: within x1.5, within x10, beyond. */
    private static final PseudoClass[] GRADES = {PseudoClass.getPseudoClass("defect-low"), PseudoClass.getPseudoClass("defect-mid"),
        PseudoClass.getPseudoClass("defect-high")};
    private final Label summary = new Label();
    private final GridPane grid = new GridPane();
    private List<String> names = List.of();
    private Label[][] cells = new Label[0][0];

    MatrixView() {
        getStyleClass().add("ceg-matrix");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.setId("matrix-summary");
        summary.setMinHeight(USE_PREF_SIZE);
        grid.getStyleClass().add("matrix-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(summary, scroll);
        setMinHeight(0);
    }

    void show(FramesFigure.Matrix m) {
        if (m == null) return;
        summary.setText(m.summary());
        if (!m.names().equals(names)) rebuild(m.names());
        int n = names.size();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Label cell = cells[r][c];
                cell.setText(m.cells()[r][c]);
                boolean defect = m.highlighted(r, c);
                cell.pseudoClassStateChanged(DEFECT, defect);
                int grade = m.grade(r, c);
                for (int g = 0; g < GRADES.length; g++) cell.pseudoClassStateChanged(GRADES[g], grade == g + 1);
                String note = m.notes()[r][c];
                cell.getTooltip().setText(names.get(c) + " against " + names.get(r) + ": " + m.cells()[r][c] + (note.isEmpty() ? "" : "\n" + note));
                cell.setAccessibleText(cell.getTooltip().getText());
            }
        }
    }

    /** The label of the cell (reference r, candidate c), for tests. */
    Label cell(int r, int c) {
        return cells[r][c];
    }

    private void rebuild(List<String> newNames) {
        names = List.copyOf(newNames);
        grid.getChildren().clear();
        int n = names.size();
        cells = new Label[n][n];
        Label corner = new Label("ref \\ candidate");
        corner.getStyleClass().add("matrix-corner");
        grid.add(corner, 0, 0);
        for (int i = 0; i < n; i++) {
            Label col = new Label(names.get(i));
            col.getStyleClass().add("matrix-header");
            col.setWrapText(true);
            col.setMaxWidth(110);
            GridPane.setHalignment(col, HPos.CENTER);
            grid.add(col, i + 1, 0);
            Label row = new Label(names.get(i));
            row.getStyleClass().add("matrix-header");
            grid.add(row, 0, i + 1);
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Label cell = new Label();
                cell.getStyleClass().add("matrix-cell");
                cell.setId("matrix-" + r + "-" + c);
                // a long note wraps in a box of readable width; the popup keeps itself on the screen
                Tooltip tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(TOOLTIP_WIDTH);
                tip.setAutoFix(true);
                cell.setTooltip(tip);
                cell.setMaxWidth(Double.MAX_VALUE);
                GridPane.setHalignment(cell, HPos.RIGHT);
                cells[r][c] = cell;
                grid.add(cell, c + 1, r + 1);
            }
        }
    }
}
