package org.scalingexplorer.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scalingexplorer.figure.Palette;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.ui.AppState;

/**
 * Hypothetical algorithms: a power law (E, A, alpha) or an L(N, D) law with an allocation. They join the dataset
 * with a "what-if" badge, so every chart, table and reference selector shows them. Invalid parameters are refused
 * with the reason.
 */
public final class WhatIfViewModel {
    public enum LawKind { POWER, PARAMETRIC_OPTIMAL, PARAMETRIC_KAPLAN }

    /** What the dialog collects, as typed. */
    public record Form(String name, LawKind kind, String e, String a, String alpha, String b, String beta) {
    }

    /** Two points closer than this in ln(compute) do not define a slope. */
    static final double MIN_LN_SPAN = 0.05;

    private final AppState state;
    private final ReadOnlyObjectWrapper<List<ChartData.Handle>> handles = new ReadOnlyObjectWrapper<>(this, "handles", List.of());
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper(this, "editing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public WhatIfViewModel(AppState state) {
        this.state = state;
        // a drawn what-if that leaves the dataset (removed, another file opened) is no longer being drawn
        state.stateProperty().addListener((o, was, now) -> {
            if (editing.get() != null && now.dataset().findAlgorithm(editing.get()).isEmpty()) finishDrawing();
        });
    }

    /** The two handles of the what-if being drawn on the loss chart; empty when none is. */
    public ReadOnlyObjectProperty<List<ChartData.Handle>> handlesProperty() {
        return handles.getReadOnlyProperty();
    }

    /** The id of the what-if being drawn, or null. */
    public ReadOnlyStringProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Why the last handle move was refused, or how to use the handles. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * The power law {@code L = E + A C^alpha} through two points (compute, loss) with the given floor E:
     * {@code alpha = ln((L2 - E) / (L1 - E)) / ln(C2 / C1)}, {@code A = (L1 - E) / C1^alpha}. Refused with the
     * reason when a point is at or below the floor, the points share a compute, or the loss does not fall.
     */
    public static Result lawThrough(double e, double c1, double l1, double c2, double l2) {
        List<String> problems = new ArrayList<>();
        if (l1 <= e || l2 <= e) problems.add(String.format(Locale.ROOT, "Both points must lie above the irreducible loss E = %.4g.", e));
        if (Math.abs(Math.log(c2 / c1)) < MIN_LN_SPAN) problems.add("The two points need different computes.");
        if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
        double alpha = Math.log((l2 - e) / (l1 - e)) / Math.log(c2 / c1);
        if (!(alpha < 0)) {
            problems.add("The loss must fall as compute grows: the point with more compute needs the lower loss.");
            return new Result(Optional.empty(), problems);
        }
        double a = (l1 - e) / Math.pow(c1, alpha);
        return new Result(Optional.of(new PowerLaw(e, a, alpha)), problems);
    }

    /**
     * Adds a what-if law defined by two handles on the loss chart. It starts through the reference's loss at a
     * hundredth of the slider's compute and 20% below the reference's reducible loss at the slider's compute (a better
     * algorithm), with the reference's irreducible loss as its floor. Returns the new algorithm's id.
     */
    public String startDrawing() {
        Dataset d = state.dataset();
        ScalingLaw ref = d.algorithm(state.view().reference()).law();
        double e = ref.irreducibleLoss();
        double c2 = state.compute();
        double c1 = c2 / 100;
        double l1 = ref.loss(c1);
        double l2 = e + 0.8 * ref.reducibleLoss(c2);
        PowerLaw law = (PowerLaw) lawThrough(e, c1, l1, c2, l2).law().orElseThrow();
        Algorithm a = addAlgorithm(n -> "Drawn what-if " + n, "A what-if law drawn through two points in Scaling Explorer", law);
        editing.set(a.id());
        handles.set(List.of(new ChartData.Handle(c1, l1, a.color()), new ChartData.Handle(c2, l2, a.color())));
        message.set("Drag the two handles to shape " + a.name() + "; every chart follows. Done when finished.");
        return a.id();
    }

    /** Moves handle {@code index} to (compute, loss) and refits the drawn law; false (and a message) when refused. */
    public boolean moveHandle(int index, double compute, double loss) {
        String id = editing.get();
        if (id == null || index < 0 || index > 1) return false;
        List<ChartData.Handle> hs = new ArrayList<>(handles.get());
        ChartData.Handle moved = new ChartData.Handle(compute, loss, hs.get(index).color());
        hs.set(index, moved);
        Dataset d = state.dataset();
        double e = d.algorithm(id).law().irreducibleLoss();
        Result r = lawThrough(e, hs.get(0).x(), hs.get(0).y(), hs.get(1).x(), hs.get(1).y());
        if (r.law().isEmpty()) {
            message.set(String.join(" ", r.problems()));
            return false;
        }
        state.edit(d.mapAlgorithm(id, a -> a.withLaw(r.law().get())));
        handles.set(List.copyOf(hs));
        PowerLaw p = (PowerLaw) r.law().get();
        message.set("L = " + Numbers.parameter(p.e()) + " + " + Numbers.parameter(p.a()) + " C^" + Numbers.parameter(p.alpha()));
        return true;
    }

    /** Ends drawing: the law stays in the dataset, the handles go. */
    public void finishDrawing() {
        editing.set(null);
        handles.set(List.of());
        message.set("");
    }

    /** Checks the form; the law it describes, or the reasons it is refused. */
    public static Result check(Form f) {
        List<String> problems = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) problems.add("Give the algorithm a name.");
        double e = number(f.e(), "E", problems);
        double a = number(f.a(), "A", problems);
        double alpha = number(f.alpha(), "alpha", problems);
        if (!Double.isNaN(e) && e < 0) problems.add("E (the irreducible loss) must be >= 0, got " + f.e() + ".");
        if (!Double.isNaN(a) && a <= 0) problems.add("A must be > 0, got " + f.a() + ": with A <= 0 the loss never falls.");
        if (f.kind() == LawKind.POWER) {
            if (!Double.isNaN(alpha) && alpha >= 0) {
                problems.add("alpha must be negative, got " + f.alpha() + ": with alpha >= 0 the loss never falls as compute grows.");
            }
            if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
            return new Result(Optional.of(new PowerLaw(e, a, alpha)), problems);
        }
        double b = number(f.b(), "B", problems);
        double beta = number(f.beta(), "beta", problems);
        if (!Double.isNaN(b) && b <= 0) problems.add("B must be > 0, got " + f.b() + ".");
        if (!Double.isNaN(alpha) && alpha <= 0) problems.add("alpha must be > 0 in L = E + A/N^alpha + B/D^beta, got " + f.alpha() + ".");
        if (!Double.isNaN(beta) && beta <= 0) problems.add("beta must be > 0 in L = E + A/N^alpha + B/D^beta, got " + f.beta() + ".");
        if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
        Allocation allocation = f.kind() == LawKind.PARAMETRIC_OPTIMAL ? new Allocation.ComputeOptimal() : Allocation.PowerRule.kaplan();
        return new Result(Optional.of(new ParametricLaw(e, a, b, alpha, beta, allocation, Optional.empty())), problems);
    }

    public record Result(Optional<ScalingLaw> law, List<String> problems) {
    }

    /** Adds the what-if algorithm; returns its id, or the problems and changes nothing. */
    public Result add(Form f) {
        Result r = check(f);
        if (r.law().isEmpty()) return r;
        addAlgorithm(n -> f.name().trim(), "A what-if algorithm added in Scaling Explorer", r.law().get());
        return r;
    }

    /** Adds a what-if with the next free id ("what-if-N") and colour, named from N. */
    private Algorithm addAlgorithm(IntFunction<String> name, String description, ScalingLaw law) {
        Dataset d = state.dataset();
        int n = 1;
        while (d.findAlgorithm("what-if-" + n).isPresent()) n++;
        // the name counts its own kind ("Drawn what-if 1" first), whatever ids the dataset's what-ifs hold
        Set<String> names = d.algorithms().stream().map(Algorithm::name).collect(Collectors.toSet());
        int k = 1;
        while (names.contains(name.apply(k))) k++;
        String color = Palette.nextFree(d);
        // a what-if is a law on the reference's loss scale: it is drawn and typed against the reference
        String scale = d.findAlgorithm(state.view().reference()).map(Algorithm::lossScale).orElse("");
        Algorithm a = new Algorithm("what-if-" + n, name.apply(k), color, description, law,
                List.of(), Set.of(), true, scale);
        List<Algorithm> all = new ArrayList<>(d.algorithms());
        all.add(a);
        state.edit(d.withAlgorithms(all));
        return a;
    }

    /** Removes a what-if algorithm (dataset algorithms stay); if it was the reference, the first algorithm takes over. */
    public void remove(String id) {
        Dataset d = state.dataset();
        if (d.findAlgorithm(id).map(Algorithm::whatIf).orElse(false)) {
            state.edit(d.withAlgorithms(d.algorithms().stream().filter(a -> !a.id().equals(id)).toList()));
        }
    }

    private static double number(String text, String name, List<String> problems) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(name + " must be a number, got '" + (text == null ? "" : text) + "'.");
        return Double.NaN;
    }
}
