package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Curve;

/**
 * The training runs imported in this session, shared by the runs window's view models: the import puts them here;
 * the frontier, ablation and scale-dependence views read them. Not saved: what the runs gave the dataset is (as
 * fits and innovations with their provenance).
 */
public final class RunsSession {
    /** What an import read, in which columns, from which files (to read again in other columns). */
    public record Imported(CurvesReader.Result result, CurveLayout layout, List<CurvesReader.RunFile> files) {
        public Imported {
            files = List.copyOf(files);
        }

        /** The files of one algorithm's runs. */
        public List<CurvesReader.RunFile> files(String algorithm) {
            return files.stream().filter(f -> f.algorithm().equals(algorithm)).toList();
        }

        /** The runs by algorithm, in the order first seen. */
        public Map<String, List<Curve>> byAlgorithm() {
            Map<String, List<Curve>> out = new LinkedHashMap<>();
            for (Curve c : result.curves()) out.computeIfAbsent(c.algorithm(), k -> new ArrayList<>()).add(c);
            return out;
        }

        /** The sizes among the runs, ascending (0, no size, left out). */
        public List<Integer> sizes() {
            TreeSet<Integer> s = new TreeSet<>();
            for (Curve c : result.curves()) if (c.size() > 0) s.add(c.size());
            return List.copyOf(s);
        }

        /** The columns the files were read by, in words, for provenance (the names they have, not a preset's alternatives). */
        public String columns() {
            return result.columns(layout);
        }

        /**
         * The compute window a fit starts from, and how it was chosen: the paper's (1e16 to 5e17) when the runs span
         * it; otherwise from 2% of the shortest run's compute, which leaves out the learning-rate warm-up of every run
         * (commonly the first 1-2% of steps; the envelope's low end is the shortest run's start), to the runs' last
         * logged compute.
         */
        public Window window() {
            double lo = result.curves().stream().mapToDouble(c -> c.compute()[0]).min().orElse(1);
            double hi = result.curves().stream().mapToDouble(c -> c.compute()[c.points() - 1]).max().orElse(10);
            if (lo <= 1e16 && hi >= 5e17) return new Window("1e16", "5e17", "The paper's window, which the runs span.");
            double shortest = result.curves().stream().mapToDouble(c -> c.compute()[c.points() - 1]).min().orElse(hi);
            double start = WARM_UP * shortest;
            if (!(start > lo && start < hi)) {
                return new Window(Numbers.format(lo), Numbers.format(hi), "The runs' whole range: too short to leave a warm-up out.");
            }
            return new Window(Numbers.format(start), Numbers.format(hi), "Starts at 2% of the shortest run's compute ("
                    + Numbers.format(shortest) + " FLOP), leaving out every run's warm-up; ends at the runs' last logged compute.");
        }
    }

    /** A fit's starting compute window as typed text, and how it was chosen. */
    public record Window(String low, String high, String how) {
    }

    /** The share of the shortest run's compute a default window leaves out at its start (the learning-rate warm-up). */
    static final double WARM_UP = 0.02;

    private final ObjectProperty<Imported> imported = new SimpleObjectProperty<>(this, "imported");

    public ObjectProperty<Imported> importedProperty() {
        return imported;
    }

    public Imported imported() {
        return imported.get();
    }
}
