package org.scalingexplorer.archfixture.ui.a;

/** One half of a cycle between two of the window's features. */
public final class Forth {
    public Object other() {
        return new org.scalingexplorer.archfixture.ui.b.Back();
    }
}
