package org.scalingexplorer.archfixture.model;

/** A stand-in for an engine class, for the architecture rules' own tests. */
public final class Ceg {
    public static double between() {
        return 1;
    }
}
