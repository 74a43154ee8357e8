package org.scalingexplorer.archfixture.figure;

/** A well-behaved figure. */
public final class Chart {
}
