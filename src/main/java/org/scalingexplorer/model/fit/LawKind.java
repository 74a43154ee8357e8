package org.scalingexplorer.model.fit;

import java.util.Locale;

/** The laws the fitter knows. */
public enum LawKind {
    /** {@code L = A C^alpha}: least squares in log-log. */
    POWER("power"),
    /** {@code L = E + A C^alpha}: nonlinear least squares on log loss (Levenberg-Marquardt), optionally Huber-robust. */
    SATURATING("saturating"),
    /** {@code L = E + A / N^alpha + B / D^beta}: Huber loss on log loss, quasi-Newton from a grid of starts. */
    CHINCHILLA("chinchilla");

    private final String id;

    LawKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static LawKind parse(String text) {
        for (LawKind k : values()) if (k.id.equals(text.trim().toLowerCase(Locale.ROOT))) return k;
        throw new IllegalArgumentException("unknown law '" + text + "'; expected power, saturating or chinchilla");
    }
}
