package org.scalingexplorer.ui.attribution;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
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
        // the grid keeps the room: the line says what the cells are, the whole explanation is under the pointer
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(TOOLTIP_WIDTH);
        summary.setTooltip(whole);
        grid.getStyleClass().add("matrix-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(summary, scroll);
        setMinHeight(0);
    }

    void show(FramesFigure.Matrix m) {
        if (m == null) return;
        summary.setText(headline(m));
        summary.getTooltip().setText(m.summary());
        summary.setAccessibleText(m.summary());
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

    /** The summary's first sentence (what the cells are) and, where some cells are marked, where to read why. */
    static String headline(FramesFigure.Matrix m) {
        String s = m.summary();
        int end = s.indexOf(". ");
        String first = end < 0 ? s : s.substring(0, end + 1);
        boolean marked = false;
        for (int r = 0; r < m.names().size(); r++) {
            for (int c = 0; c < m.names().size(); c++) marked |= m.highlighted(r, c) || !m.notes()[r][c].isEmpty();
        }
        return first + (marked ? " Hover a marked cell for why." : "");
    }

    /**
     * The keyboard: Tab reaches the first cell (one stop for the whole grid), the arrows move between cells, and the
     * cell with the keys shows what hovering it would.
     */
    private void keys(Label cell, int r, int c, Tooltip tip) {
        cell.setFocusTraversable(r == 0 && c == 0);
        cell.focusedProperty().addListener((o, was, now) -> {
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            if (now && b != null && !tip.getText().isEmpty()) tip.show(cell, b.getMinX(), b.getMaxY() + 2);
            else tip.hide();
        });
        cell.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int n = cells.length;
            int[] to = switch (e.getCode()) {
                case UP -> new int[] {r - 1, c};
                case DOWN -> new int[] {r + 1, c};
                case LEFT -> new int[] {r, c - 1};
                case RIGHT -> new int[] {r, c + 1};
                default -> null;
            };
            if (to == null) return;
            if (to[0] >= 0 && to[0] < n && to[1] >= 0 && to[1] < n) cells[to[0]][to[1]].requestFocus();
            e.consume();
        });
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
        Label corner = new Label("reference \\ candidate");
        corner.getStyleClass().add("matrix-corner");
        grid.add(corner, 0, 0);
        // the columns are numbered as the rows are: one line of header, and narrow columns, at 1280 x 800
        for (int i = 0; i < n; i++) {
            Label col = new Label(Integer.toString(i + 1));
            col.getStyleClass().add("matrix-header");
            col.setTooltip(new Tooltip(names.get(i)));
            col.setAccessibleText("Candidate " + (i + 1) + ": " + names.get(i));
            GridPane.setHalignment(col, HPos.RIGHT);
            grid.add(col, i + 1, 0);
            Label row = new Label((i + 1) + "  " + names.get(i));
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
                keys(cell, r, c, tip);
            }
        }
    }
}
