package org.scalingexplorer.model;

/** A measured multiplier that the attribution does not stack but that is worth showing beside it. */
public record ContextResult(String name, double multiplier, String note, String source) {
    public ContextResult {
        name = Names.visible(name);
        note = note == null ? "" : Names.visible(note);
        source = source == null ? "" : Names.visible(source);
    }
}
