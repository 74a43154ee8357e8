package org.scalingexplorer.archfixture.ui;

/** Breaks both view-model rules: holds a node (by fully qualified name) and another view model. */
public final class BadViewModel {
    private final javafx.scene.control.Label label = null;
    private final OtherViewModel other = new OtherViewModel();

    public Object parts() {
        return new Object[] {label, other};
    }
}
