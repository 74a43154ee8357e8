package org.scalingexplorer.archfixture.render;

import org.scalingexplorer.archfixture.ui.PlainView;

/** Breaks "drawing knows no window": reaches into the UI layer. */
public final class BadRenderer {
    public Object view() {
        return new PlainView();
    }
}
