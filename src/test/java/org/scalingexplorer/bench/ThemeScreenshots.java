package org.scalingexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;

import org.scalingexplorer.Composition;
import org.scalingexplorer.TestData;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Snapshots;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.explorer.ScalesViewModel;
import org.scalingexplorer.ui.laws.PublishedLawsDialog;
import org.scalingexplorer.ui.laws.PublishedLawsViewModel;
import org.scalingexplorer.ui.sensitivity.SensitivityView;
import org.scalingexplorer.ui.sensitivity.SensitivityViewModel;

/**
 * Writes the screens of the trust work (intervals in the attribution readout and the sensitivity view, faded
 * extrapolated lines in By scale, scales assumed comparable in the table and matrix, present mode, lines named at their ends) in the light, dark and
 * high-contrast themes at 1280x800 and 1920x1080, for looking at: {@code ThemeScreenshots DIR}. The Transformer's
 * law is refitted to synthetic runs drawn from it (with 2% noise) so the headline numbers have intervals.
 */
public final class ThemeScreenshots {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(dir);
        Path runs = TestData.transformerRuns(Files.createTempFile("transformer-runs", ".csv"));
        Screenshots.onFxThread(() -> {
            AppState state = new AppState(BundledDatasets.paper());
            Composition c = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), () -> { }));
            c.fitVm().loadRuns(runs);
            c.fitVm().lawProperty().set(LawKind.SATURATING);
            c.fitVm().resamplesProperty().set(200);
            c.fitVm().fit();
            c.fitVm().replaceLaw("transformer-2017");
            var sensitivityVm = new SensitivityViewModel(state);
            sensitivityVm.activeProperty().set(true);
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST}) {
                c.presentVm().themeProperty().set(theme);
                String name = theme.name().toLowerCase(Locale.ROOT);
                for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
                    String suffix = "-" + name + "-" + size[0] + "x" + size[1] + ".png";
                    Scene scene = new Scene(c.root(), size[0], size[1]);
                    scene.getStylesheets().setAll(theme.stylesheets(false));
                    state.setYear(2023);
                    state.setCompute(22);
                    Screenshots.shoot(c, 0, dir.resolve("attribution-intervals" + suffix));
                    Screenshots.shoot(c, 1, dir.resolve("scale-faded" + suffix));
                    var pair = new ScalesViewModel(state).pairs().get(0);
                    new ScalesViewModel(state).setDeclared(pair, true);
                    Screenshots.shoot(c, 2, dir.resolve("scales-assumed" + suffix));
                    Screenshots.shoot(c, 3, dir.resolve("innovations" + suffix));
                    new ScalesViewModel(state).setDeclared(pair, false);
                    // present mode: menus and status bar gone, type scaled to the screen, the table folded
                    c.presentVm().presentingProperty().set(true);
                    Screenshots.shoot(c, 0, dir.resolve("present" + suffix));
                    // the play bar part-way through the sweep
                    c.presentVm().seek(0.4);
                    Screenshots.shoot(c, 0, dir.resolve("present-playing" + suffix));
                    c.presentVm().stop();
                    // a story view that keeps the side panel in present mode
                    c.presentVm().sidePanelProperty().set(true);
                    Screenshots.shoot(c, 0, dir.resolve("present-panel" + suffix));
                    // present mode with the lines named at their ends (View > Label Lines at Their Ends)
                    c.presentVm().sidePanelProperty().set(false);
                    c.explorerVm().endLabelsProperty().set(true);
                    Screenshots.shoot(c, 0, dir.resolve("present-end-labels" + suffix));
                    c.presentVm().presentingProperty().set(false);
                    Screenshots.shoot(c, 0, dir.resolve("end-labels" + suffix));
                    c.explorerVm().endLabelsProperty().set(false);
                    scene.setRoot(new Pane());
                    Scene sens = new Scene(new SensitivityView(sensitivityVm),
                            Math.min(980, size[0]), Math.min(620, size[1]));
                    sens.getStylesheets().setAll(theme.stylesheets(false));
                    sens.getRoot().applyCss();
                    sens.getRoot().layout();
                    if (size[0] == 1920) Snapshots.writePng(Snapshots.snapshot(sens.getRoot(), 1), dir.resolve("sensitivity-intervals-" + name + ".png"));
                    if (size[0] == 1920) {
                        // Algorithms > Add Published Law, searched and a law chosen
                        var lawsVm = new PublishedLawsViewModel(state, BundledDatasets.laws());
                        var lawsDialog = new PublishedLawsDialog(null, lawsVm);
                        lawsVm.queryProperty().set("2022");
                        lawsVm.selectedProperty().set("hoffmann-2022-approach-3-unrounded");
                        var pane = lawsDialog.getDialogPane();
                        pane.getStylesheets().setAll(theme.stylesheets(false));
                        pane.resize(1000, 700);
                        for (int pass = 0; pass < 3; pass++) {
                            pane.applyCss();
                            pane.layout();
                        }
                        Snapshots.writePng(Snapshots.snapshot(pane, 1), dir.resolve("published-laws-" + name + ".png"));
                    }
                }
            }
        });
        System.out.println("wrote " + dir.toAbsolutePath());
    }
}
