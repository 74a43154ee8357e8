package org.scalingexplorer.model;

/** A measured multiplier that the attribution does not stack but that is worth showing beside it. */
public record ContextResult(String name, double multiplier, String note, String source) {
    public ContextResult {
        note = note == null ? "" : note;
        source = source == null ? "" : source;
    }
}
