package org.scalingexplorer.ui.explorer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.scalingexplorer.figure.CegRow;

/**
 * A stable table row whose content changes. A slider step sets the slot's row; the table's cells follow their
 * bound values, so the table neither re-indexes its cells nor restyles them (replacing list items would do both).
 */
public final class CegRowSlot {
    private final ReadOnlyObjectWrapper<CegRow> row;

    CegRowSlot(CegRow row) {
        this.row = new ReadOnlyObjectWrapper<>(this, "row", row);
    }

    public ReadOnlyObjectProperty<CegRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public CegRow row() {
        return row.get();
    }

    void set(CegRow value) {
        row.set(value);
    }
}
