package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.BacktestFigure;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Backtest;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;

/**
 * The Backtest tab: how well a law fitted on the smaller runs predicts the larger ones. The frontier of one
 * algorithm is fitted on the window's points below a split and each frontier point above it predicted; the chart
 * shows the error (as a compute factor) against compute, in sample and out, and the summary says how far the
 * predictions were checked: beyond that the law is a projection.
 */
public final class BacktestViewModel {
    private final RunsSession session;
    private final ObservableList<String> algorithms = FXCollections.observableArrayList();
    private final StringProperty algorithm = new SimpleStringProperty(this, "algorithm");
    private final FitWindow window = new FitWindow();
    private final StringProperty split = new SimpleStringProperty(this, "split", "");
    private final StringProperty sizes = new SimpleStringProperty(this, "sizes", "");
    private final Finding<Backtest> finding;

    public BacktestViewModel(RunsSession session, Executor background, Executor ui) {
        this.session = session;
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

    /** The compute window the fit is made in. */
    public FitWindow window() {
        return window;
    }

    /** The largest size the fit takes, when the runs are split by size instead of compute; empty for a split by compute. */
    public StringProperty sizesProperty() {
        return sizes;
    }

    /** The compute the fit stops at, FLOP (1e17, 3x10^16). */
    public StringProperty splitProperty() {
        return split;
    }

    /** The result, what it rests on, and the task that makes it. */
    public Finding<Backtest> finding() {
        return finding;
    }

    public ChartExport.Drawing drawing(ChartStyle style) {
        Backtest b = finding.get();
        if (b == null) return Drawings.empty("Choose an algorithm and a split inside the window, and Backtest", style);
        return LogChartRenderer.drawing(BacktestFigure.plot(List.of(b)), style);
    }

    /** Fits below the split and predicts above it, off the FX thread; returns why not when it cannot start. */
    public Optional<String> run() {
        RunsSession.Imported in = session.imported();
        if (in == null) return finding.task().refuse("import training curves first");
        List<Curve> runs = in.byAlgorithm().get(algorithm.get());
        if (runs == null) return finding.task().refuse("choose an algorithm");
        Frontier.Options o;
        double c;
        boolean bySize = sizes.get() != null && !sizes.get().isBlank();
        try {
            o = new Frontier.Options(Frontier.Options.PAPER_E, window.range(), Frontier.Method.ENVELOPE);
            c = bySize ? Double.parseDouble(sizes.get().trim()) : ComputeText.parse(split.get() == null ? "" : split.get().trim());
        } catch (IllegalArgumentException e) {
            return finding.task().refuse(bySize ? "the largest size fitted must be a number, such as 128" : e.getMessage());
        }
        if (bySize && !(c > 0 && c < 1e15)) return finding.task().refuse("the largest size fitted must be a positive number, such as 128");
        String name = algorithm.get();
        String what = bySize ? "Fitting " + Backtest.bySizeText(c) + " and predicting the larger runs ..." : "Fitting below " + Numbers.format(c)
                + " FLOP and predicting above it ...";
        finding.task().run(what, false, job -> bySize ? Backtest.bySize(name, runs, o, c) : Backtest.run(name, runs, o, c), b -> {
            finding.set(b, describe(b));
            finding.task().finish("Backtested " + name);
        }, e -> "The backtest failed: " + e.getMessage());
        return Optional.empty();
    }

    static String describe(Backtest b) {
        Frontier.Points fit = b.fit().points();
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "Fitted on %d frontier points from %s to %s FLOP: L = %s + %s C^%s.", fit.size(), Numbers.format(fit.compute()[0]),
                Numbers.format(fit.compute()[fit.size() - 1]), Numbers.parameter(b.fit().parameters().get("E")),
                Numbers.parameter(b.fit().parameters().get("A")), Numbers.parameter(b.fit().parameters().get("alpha"))));
        Backtest.Point last = b.points().get(b.points().size() - 1);
        parts.add(String.format(Locale.ROOT, "Predictions, checked by %d held-out frontier points up to %s FLOP (%.2f decades beyond the fit): the "
                        + "largest loss error %.4f; at the farthest point %+.4f in loss%s.", b.points().size(), Numbers.format(last.compute()),
                b.decadesChecked(), b.worstError(), last.error(),
                Double.isNaN(last.computeFactor()) ? "" : ", a compute factor of " + Numbers.times(last.computeFactor())));
        parts.add("Beyond " + Numbers.format(last.compute()) + " FLOP no run checks the law: there it is a projection.");
        for (var w : b.fit().warnings()) parts.add(Character.toUpperCase(w.message().charAt(0)) + w.message().substring(1) + ".");
        return String.join(" ", parts);
    }

    private void imported(RunsSession.Imported in) {
        AlgorithmChoices.show(algorithms, algorithm, in);
        window.imported(in);
        if (in != null) {
            // the split: the window's geometric middle, so both sides have points
            try {
                ComputeRange r = window.range();
                split.set(String.format(Locale.ROOT, "%.2e", Math.sqrt(r.min() * r.max())));
            } catch (IllegalArgumentException e) {
                split.set("");
            }
        }
        finding.clear();
    }
}
