package org.scalingexplorer.archfixture.ui;

/** A well-behaved view model. */
public final class OtherViewModel {
}
