package org.scalingexplorer.archfixture.model;

/** Breaks "the engine knows no JavaFX": calls the toolkit by its fully qualified name, with no import to grep for. */
public final class BadModel {
    public boolean onFxThread() {
        return javafx.application.Platform.isFxApplicationThread();
    }
}
