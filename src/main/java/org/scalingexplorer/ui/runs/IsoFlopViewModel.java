package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.IsoFlopFigure;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PublishedLaws;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.IsoFlop;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;

/**
 * The IsoFLOP tab: one algorithm's runs profiled at compute budgets (Hoffmann et al.'s Approach 2), each budget's
 * N_opt, and N_opt(C) = k C^a with a's bootstrap interval beside the library's allocation laws; budgets that place no
 * minimum are listed with why.
 */
public final class IsoFlopViewModel {
    private final RunsSession session;
    private final PublishedLaws library;
    private final ObservableList<String> algorithms = FXCollections.observableArrayList();
    private final StringProperty algorithm = new SimpleStringProperty(this, "algorithm");
    private final ObjectProperty<Integer> budgets = new SimpleObjectProperty<>(this, "budgets", 8);
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(this, "resamples", 200);
    private final Finding<IsoFlop> finding;

    public IsoFlopViewModel(RunsSession session, PublishedLaws library, Executor background, Executor ui) {
        this.session = session;
        this.library = library;
        this.finding = new Finding<>(background, ui);
        session.importedProperty().addListener((o, was, now) -> imported(now));
        imported(session.imported());
    }

    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public StringProperty algorithmProperty() {
        return algorithm;
    }

    public ObjectProperty<Integer> budgetsProperty() {
        return budgets;
    }

    public ObjectProperty<Integer> resamplesProperty() {
        return resamples;
    }

    /** The result, what it rests on, and the task that makes it. */
    public Finding<IsoFlop> finding() {
        return finding;
    }

    public ChartExport.Drawing profiles(ChartStyle style) {
        IsoFlop iso = finding.get();
        if (iso == null) return Drawings.empty("Choose an algorithm run at several sizes, and Profile", style);
        if (iso.budgets().isEmpty()) return Drawings.empty("No budget placed a minimum: see why below", style);
        return LogChartRenderer.drawing(IsoFlopFigure.profiles(iso, algorithm.get()), style);
    }

    public ChartExport.Drawing optimal(ChartStyle style) {
        IsoFlop iso = finding.get();
        if (iso == null) return Drawings.empty("N_opt against compute appears here", style);
        if (iso.exponent().isEmpty()) return Drawings.empty("Fewer than " + IsoFlop.MIN_BUDGETS + " budgets placed a minimum: no N_opt(C)", style);
        return LogChartRenderer.drawing(IsoFlopFigure.optimal(iso, algorithm.get(), library), style);
    }

    /** Profiles the chosen algorithm's runs off the FX thread; returns why not when it cannot start. */
    public Optional<String> run() {
        RunsSession.Imported in = session.imported();
        if (in == null) return finding.task().refuse("import training curves first");
        List<Curve> runs = in.byAlgorithm().get(algorithm.get());
        if (runs == null) return finding.task().refuse("choose an algorithm");
        int count = budgets.get() == null ? 0 : budgets.get();
        if (count < IsoFlop.MIN_BUDGETS || count > 100) return finding.task().refuse("between " + IsoFlop.MIN_BUDGETS + " and 100 budgets");
        int n = resamples.get() == null ? 0 : resamples.get();
        if (n < 0 || n > Bootstrap.MAX_RESAMPLES) return finding.task().refuse("0 to " + Bootstrap.MAX_RESAMPLES + " resamples");
        String name = algorithm.get();
        finding.task().run("Profiling " + name + " at " + count + " budgets, " + n + " bootstrap refits ...", false, job -> IsoFlop.of(runs, count, n, 1), iso -> {
            finding.set(iso, describe(iso));
            finding.task().finish("Profiled " + name);
        }, e -> e instanceof CancellationException ? "Cancelled" : "The profiles failed: " + e.getMessage());
        return Optional.empty();
    }

    static String describe(IsoFlop iso) {
        List<String> parts = new ArrayList<>();
        parts.add(iso.budgets().size() + " of " + (iso.budgets().size() + iso.refused().size()) + " budgets placed a minimum. Sizes: " + iso.sizeFrom() + ".");
        iso.exponent().ifPresentOrElse(x -> parts.add(String.format(Locale.ROOT, "N_opt(C) = %s C^%.4f%s.", Numbers.parameter(x.k()), x.a(),
                x.ci().map(c -> String.format(Locale.ROOT, ", a's 95%% interval %.4f to %.4f (bootstrap over runs)", c.low(), c.high()))
                        .orElse("; no interval: " + x.ciReason().orElse("")))),
                () -> parts.add("No N_opt(C): a power law needs " + IsoFlop.MIN_BUDGETS + " budgets with a minimum."));
        for (IsoFlop.Refused r : iso.refused()) parts.add("At " + Numbers.format(r.compute()) + " FLOP: " + r.reason() + ".");
        return String.join(" ", parts);
    }

    private void imported(RunsSession.Imported in) {
        AlgorithmChoices.show(algorithms, algorithm, in);
        finding.clear();
    }
}
