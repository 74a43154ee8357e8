package org.scalingexplorer.archfixture.ui.b;

/** The other half: feature b uses feature a, which uses b. */
public final class Back {
    public Object other() {
        return new org.scalingexplorer.archfixture.ui.a.Forth();
    }
}
