package org.scalingexplorer.archfixture.ui;

import org.scalingexplorer.archfixture.model.Ceg;

/** Breaks "views compute nothing of the engine": computes a CEG itself. */
public class BadView {
    public double ceg() {
        return Ceg.between();
    }
}
