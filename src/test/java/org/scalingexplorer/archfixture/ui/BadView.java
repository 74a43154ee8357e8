package org.scalingexplorer.archfixture.ui;

/** Breaks "views compute nothing of the engine": computes a CEG itself. */
public class BadView {
    public double ceg() {
        return org.scalingexplorer.archfixture.model.Ceg.between();
    }
}
