package org.scalingexplorer.archfixture.ui;

/** A view by what it is (a node), named like nothing in particular, that computes a CEG itself. */
public class Canvasless extends javafx.scene.layout.Pane {
    public double ceg() {
        return org.scalingexplorer.archfixture.model.Ceg.between();
    }
}
