package org.scalingexplorer.ui.shell;

import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.UndoHistory;
import org.scalingexplorer.ui.chart.DrawingWindow;
import org.scalingexplorer.ui.explorer.ExplorerView;
import org.scalingexplorer.ui.explorer.SeriesViewModel;
import org.scalingexplorer.ui.export.ExportViewModel;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.help.HelpWindow;
import org.scalingexplorer.ui.laws.PublishedLawsViewModel;
import org.scalingexplorer.ui.present.PresentationViewModel;
import org.scalingexplorer.ui.runs.RunsWindow;
import org.scalingexplorer.ui.sensitivity.SensitivityWindow;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;
import org.scalingexplorer.ui.workspace.WorkspaceViewModel;

/** What the shell's rooms (layout, menus, present mode, workspace prompts) are built from; made by the composition root. */
public record ShellParts(ShellViewModel vm, ExplorerView explorer, WhatIfViewModel whatIf, FitViewModel fit, ExportViewModel export,
                         PresentationViewModel present, WorkspaceViewModel workspace, UndoHistory history, Runnable quit,
                         SensitivityWindow sensitivity, DrawingWindow allocation, DialogService dialogs,
                         RunsWindow runs, HelpWindow help,
                         SeriesViewModel series, PublishedLawsViewModel laws) {
}
