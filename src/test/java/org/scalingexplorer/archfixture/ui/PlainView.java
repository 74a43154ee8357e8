package org.scalingexplorer.archfixture.ui;

/** A well-behaved view. */
public class PlainView {
}
