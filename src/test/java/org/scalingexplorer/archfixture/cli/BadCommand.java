package org.scalingexplorer.archfixture.cli;

/** Breaks "the command line uses no UI": builds a view model. */
public final class BadCommand {
    public Object run() {
        return new org.scalingexplorer.archfixture.ui.OtherViewModel();
    }
}
