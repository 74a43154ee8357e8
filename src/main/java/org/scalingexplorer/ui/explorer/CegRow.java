package org.scalingexplorer.ui.explorer;

/**
 * One line of the CEG table, already formatted for reading; {@code ceg} keeps the number for sorting and tests.
 *
 * @param accessibleText a sentence a screen reader speaks for the row
 */
public record CegRow(String id, String name, String color, String loss, String matchedCompute, String cegText,
                     double ceg, String flags, String accessibleText, boolean reference) {
}
