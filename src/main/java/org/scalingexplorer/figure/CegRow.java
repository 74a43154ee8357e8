package org.scalingexplorer.figure;

/**
 * One line of the CEG table, already formatted for reading; {@code ceg} keeps the number for sorting and tests.
 *
 * @param interval       the CEG's bootstrap interval, e.g. {@code 180× - 330×}, or empty when no fitted law enters it
 * @param accessibleText a sentence a screen reader speaks for the row
 */
public record CegRow(String id, String name, String color, String loss, String matchedCompute, String cegText,
                     String interval, double ceg, String flags, String accessibleText, boolean reference) {
    /** This row with {@code interval} as its bootstrap interval. */
    public CegRow withInterval(String interval) {
        return new CegRow(id, name, color, loss, matchedCompute, cegText, interval, ceg, flags, accessibleText, reference);
    }
}
