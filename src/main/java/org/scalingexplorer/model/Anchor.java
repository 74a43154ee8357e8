package org.scalingexplorer.model;

/**
 * Which law's loss at compute C sets the target of a CEG comparison.
 * <ul>
 *   <li>{@link #REFERENCE}: the reference trains with C; the candidate needs C_X for the same loss; CEG = C / C_X.</li>
 *   <li>{@link #CANDIDATE}: the candidate trains with C; the reference needs C_R for the same loss; CEG = C_R / C.</li>
 * </ul>
 */
public enum Anchor {
    REFERENCE("reference"),
    CANDIDATE("candidate");

    private final String id;

    Anchor(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Anchor flipped() {
        return this == REFERENCE ? CANDIDATE : REFERENCE;
    }

    public static Anchor parse(String text) {
        for (Anchor a : values()) {
            if (a.id.equalsIgnoreCase(text)) return a;
        }
        throw new IllegalArgumentException("anchor must be 'reference' or 'candidate', got '" + text + "'");
    }
}
