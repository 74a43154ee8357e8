package org.scalingexplorer.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Palette;

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

    private final AppState state;

    public WhatIfViewModel(AppState state) {
        this.state = state;
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
        Dataset d = state.dataset();
        int n = 1;
        while (d.findAlgorithm("what-if-" + n).isPresent()) n++;
        String color = Palette.OKABE_ITO.get((d.algorithms().size()) % Palette.OKABE_ITO.size());
        Algorithm a = new Algorithm("what-if-" + n, f.name().trim(), color, "A what-if algorithm added in Scaling Explorer",
                r.law().get(), List.of(), Set.of(), true);
        List<Algorithm> all = new ArrayList<>(d.algorithms());
        all.add(a);
        state.datasetProperty().set(d.withAlgorithms(all));
        return r;
    }

    /** Removes a what-if algorithm (dataset algorithms stay); if it was the reference, the first algorithm takes over. */
    public void remove(String id) {
        Dataset d = state.dataset();
        if (d.findAlgorithm(id).map(Algorithm::whatIf).orElse(false)) {
            state.datasetProperty().set(d.withAlgorithms(d.algorithms().stream().filter(a -> !a.id().equals(id)).toList()));
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
