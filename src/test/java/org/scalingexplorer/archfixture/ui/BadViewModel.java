package org.scalingexplorer.archfixture.ui;

import javafx.scene.control.Label;

/** Breaks both view-model rules: holds a node (by fully qualified name) and another view model. */
public final class BadViewModel {
    private final Label label = null;
    private final OtherViewModel other = new OtherViewModel();

    public Object parts() {
        return new Object[] {label, other};
    }
}
