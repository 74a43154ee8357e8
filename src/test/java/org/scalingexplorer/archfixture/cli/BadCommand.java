package org.scalingexplorer.archfixture.cli;

import org.scalingexplorer.archfixture.ui.OtherViewModel;

/** Breaks "the command line uses no UI": builds a view model. */
public final class BadCommand {
    public Object run() {
        return new OtherViewModel();
    }
}
