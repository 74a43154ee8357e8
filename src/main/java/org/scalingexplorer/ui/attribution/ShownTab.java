package org.scalingexplorer.ui.attribution;

import org.scalingexplorer.ui.WindowState;

/**
 * A side-panel view model derives while its tab is on screen. A change that arrives while the tab is hidden is owed,
 * and paid once, in full, when the tab is shown again: a slider step costs only what the user can see.
 */
final class ShownTab {
    static final int ATTRIBUTION = 0;
    static final int SCALE = 1;
    static final int FRAMES = 2;

    private final int tab;
    private boolean owed;

    ShownTab(int tab) {
        this.tab = tab;
    }

    /**
     * Whether {@code now} is to be derived from as a change; false while the tab is hidden (the change is owed) and when
     * it is shown again with a change owed ({@code catchUp} has then derived everything).
     */
    boolean derive(WindowState now, Runnable catchUp) {
        if (!shown(now)) {
            owed = true;
            return false;
        }
        if (owed) {
            owed = false;
            catchUp.run();
            return false;
        }
        return true;
    }

    private boolean shown(WindowState s) {
        return s.view().sidePanel() && s.view().sideTab() == tab;
    }
}
