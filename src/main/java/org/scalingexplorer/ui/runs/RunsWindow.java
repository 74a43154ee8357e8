package org.scalingexplorer.ui.runs;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.chart.Stages;

/**
 * Training runs in a window of their own, not modal: import curves; fit an algorithm's frontier; measure ablations;
 * ask whether a gain depends on scale; see where every number that came from runs comes from.
 */
public final class RunsWindow {
    /** The window's tabs, in order. */
    public enum Page { FILES, FRONTIER, ABLATION, SCALE, BACKTEST, ISOFLOP, PROVENANCE }

    private final RunsImportViewModel importVm;
    private final FrontierViewModel frontierVm;
    private final AblationViewModel ablationVm;
    private final ScaleDependenceViewModel scaleVm;
    private final BacktestViewModel backtestVm;
    private final IsoFlopViewModel isoflopVm;
    private final ProvenanceViewModel provenanceVm;
    private final RunsSession session;
    private final DialogService dialogs;
    private final ObservableValue<ChartStyle> style;
    private Stage stage;
    private TabPane tabs;

    public RunsWindow(RunsSession session, RunsImportViewModel importVm, FrontierViewModel frontierVm, AblationViewModel ablationVm,
                      ScaleDependenceViewModel scaleVm, BacktestViewModel backtestVm, IsoFlopViewModel isoflopVm, ProvenanceViewModel provenanceVm,
                      DialogService dialogs,
                      ObservableValue<ChartStyle> style) {
        this.session = session;
        this.importVm = importVm;
        this.frontierVm = frontierVm;
        this.ablationVm = ablationVm;
        this.scaleVm = scaleVm;
        this.backtestVm = backtestVm;
        this.isoflopVm = isoflopVm;
        this.provenanceVm = provenanceVm;
        this.dialogs = dialogs;
        this.style = style;
    }

    /** Shows the window (made on first use) on {@code page}, in front of {@code owner} and in its stylesheets. */
    public void show(Window owner, Page page) {
        if (stage == null) {
            tabs = new TabPane(tab("Files", new RunsImportView(importVm, dialogs)), tab("Frontier", new FrontierView(frontierVm, style)),
                    tab("Ablation", new AblationView(ablationVm, style)), tab("Scale Dependence", new ScaleDependenceView(scaleVm, style)),
                    tab("Backtest", new BacktestView(backtestVm, style)), tab("IsoFLOP", new IsoFlopView(isoflopVm, style)),
                    tab("Provenance", new ProvenanceView(provenanceVm)));
            tabs.setId("runs-tabs");
            // once runs are in, the frontier is the next step
            session.importedProperty().addListener((o, was, now) -> {
                if (now != null && tabs.getSelectionModel().getSelectedIndex() == Page.FILES.ordinal()) tabs.getSelectionModel().select(Page.FRONTIER.ordinal());
            });
            stage = Stages.beside(owner, "Training Runs", tabs, 1180, 720);
        }
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
    }

    public RunsImportViewModel importVm() {
        return importVm;
    }

    public FrontierViewModel frontierVm() {
        return frontierVm;
    }

    /** The window's scene once shown (tests look inside it); null before. */
    public Scene scene() {
        return stage == null ? null : stage.getScene();
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }
}
