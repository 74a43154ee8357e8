package org.scalingexplorer.archfixture.render;

/** Breaks "drawing knows no window": reaches into the UI layer. */
public final class BadRenderer {
    public Object view() {
        return new org.scalingexplorer.archfixture.ui.PlainView();
    }
}
