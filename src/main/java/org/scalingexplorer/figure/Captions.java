package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.fit.FromRuns;

/**
 * Where an exported chart's numbers come from, when some came from training runs: one line per law fitted to runs
 * and per innovation measured from them among those the chart shows, with its provenance (files, columns, window,
 * method, seeds). Laws and innovations from the dataset itself need none: the dataset's citation covers them.
 */
public final class Captions {
    /** At most this many items are spelt out; the rest are counted. */
    static final int SHOWN = 3;

    private Captions() {
    }

    /** The caption lines of a chart of {@code kind}; empty when nothing in it came from runs. */
    public static List<String> of(Figures.Kind kind, FigureState s, Figures.View view) {
        Dataset d = s.dataset();
        Set<String> items = new LinkedHashSet<>();
        switch (kind) {
            case LOGLOG, CEG, ALLOCATION -> {
                Set<String> hidden = kind == Figures.Kind.CEG ? view.hiddenCeg() : view.hiddenLoss();
                for (Algorithm a : d.algorithms()) {
                    if (!hidden.contains(a.id()) && FromRuns.fromRuns(a.description())) items.add(line(a.name(), a.description()));
                }
            }
            default -> {
                // the attribution's charts: the innovations stacked, and the laws the scale-dependent ones compare
                for (Innovation i : d.innovations()) {
                    if (s.excluded().contains(i.id())) continue;
                    if (FromRuns.fromRuns(i.source())) items.add(line(i.name(), i.source()));
                    if (i instanceof Innovation.ScaleDependent sd) {
                        for (String id : List.of(sd.candidate(), sd.reference())) {
                            d.findAlgorithm(id).filter(a -> FromRuns.fromRuns(a.description())).ifPresent(a -> items.add(line(a.name(), a.description())));
                        }
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(items.stream().limit(SHOWN).toList());
        if (items.size() > SHOWN) out.add("... and " + (items.size() - SHOWN) + " more from runs (Algorithms > Where Numbers Come From).");
        return out;
    }

    /**
     * The source line: the dataset's first citation, how many more it has, and the tool; empty when the dataset cites
     * nothing.
     */
    public static Optional<String> source(Dataset d) {
        var citations = d.metadata().citations();
        if (citations.isEmpty()) return Optional.empty();
        String first = citations.get(0).text().strip().replaceFirst("\\.$", "");
        String more = citations.size() > 1 ? "; and " + (citations.size() - 1) + " more (Help > How to Cite)" : "";
        return Optional.of("Source: " + first + more + ". Chart: Scaling Explorer.");
    }

    private static String line(String name, String provenance) {
        return name + ": " + provenance;
    }
}
