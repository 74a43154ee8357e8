package org.scalingexplorer.archfixture.io;

/** Breaks the layers: a reader that reaches up into the figures. */
public final class BadReader {
    public Object figure() {
        return new org.scalingexplorer.archfixture.figure.Chart();
    }
}
