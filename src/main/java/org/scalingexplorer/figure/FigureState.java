package org.scalingexplorer.figure;

import java.util.List;
import java.util.Set;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * Everything a figure is drawn from, as one immutable value: the window snapshots its state into one of these, the
 * command line builds one from its arguments, and the same figure functions turn it into what a renderer draws.
 *
 * @param referenceId       the explorer's reference (falls back to the first algorithm when absent)
 * @param compute           the compute cursor, FLOP
 * @param year              the year cursor
 * @param framesReferenceId what the frames chart measures the frontier against (falls back to the baseline)
 * @param scaleComputes     the fixed computes of the By scale chart
 */
public record FigureState(Dataset dataset, String referenceId, Anchor anchor, double compute, double year, Attribution.Mode mode,
                          Set<String> excluded, Uncertainty uncertainty, List<NotableModel> notable, boolean colorBlindSafe,
                          String framesReferenceId, List<Double> scaleComputes) {
    public static final List<Double> DEFAULT_SCALE_COMPUTES = List.of(1e16, 1e18, 1e20, 1e22, 1e24);

    public FigureState {
        excluded = Set.copyOf(excluded);
        notable = List.copyOf(notable);
        scaleComputes = List.copyOf(scaleComputes);
        uncertainty = uncertainty == null ? Uncertainty.none() : uncertainty;
    }

    /** The dataset's defaults: its first algorithm as reference, anchored at the reference, 1e22 FLOP, 2025, frontier mode. */
    public static FigureState of(Dataset d) {
        return new FigureState(d, d.algorithms().get(0).id(), Anchor.REFERENCE, 1e22, 2025, Attribution.Mode.FRONTIER, Set.of(),
                Uncertainty.none(), List.of(), false, null, DEFAULT_SCALE_COMPUTES);
    }

    public FigureState withReference(String id) {
        return new FigureState(dataset, id, anchor, compute, year, mode, excluded, uncertainty, notable, colorBlindSafe, framesReferenceId, scaleComputes);
    }

    public FigureState withAnchor(Anchor a) {
        return new FigureState(dataset, referenceId, a, compute, year, mode, excluded, uncertainty, notable, colorBlindSafe, framesReferenceId, scaleComputes);
    }

    public FigureState withCompute(double c) {
        return new FigureState(dataset, referenceId, anchor, c, year, mode, excluded, uncertainty, notable, colorBlindSafe, framesReferenceId, scaleComputes);
    }

    public FigureState withYear(double y) {
        return new FigureState(dataset, referenceId, anchor, compute, y, mode, excluded, uncertainty, notable, colorBlindSafe, framesReferenceId, scaleComputes);
    }

    public FigureState withMode(Attribution.Mode m) {
        return new FigureState(dataset, referenceId, anchor, compute, year, m, excluded, uncertainty, notable, colorBlindSafe, framesReferenceId, scaleComputes);
    }

    public FigureState withFramesReference(String id) {
        return new FigureState(dataset, referenceId, anchor, compute, year, mode, excluded, uncertainty, notable, colorBlindSafe, id, scaleComputes);
    }

    /** The explorer's reference algorithm. */
    public Algorithm reference() {
        return dataset.findAlgorithm(referenceId == null ? "" : referenceId).orElse(dataset.algorithms().get(0));
    }

    /** What the frames chart measures against: the chosen algorithm, else the baseline where the frontier starts. */
    public String framesReference() {
        if (framesReferenceId != null && dataset.findAlgorithm(framesReferenceId).isPresent()) return framesReferenceId;
        return baseline(dataset);
    }

    /** The first algorithm that embodies no innovation (the LSTM in the paper's dataset), else the first. */
    public static String baseline(Dataset d) {
        return d.algorithms().stream().filter(a -> a.embodies().isEmpty()).findFirst().orElse(d.algorithms().get(0)).id();
    }

    public String colorOf(Algorithm a) {
        return Palette.colorOf(dataset, a, colorBlindSafe);
    }

    public Attribution attribution() {
        return new Attribution(dataset, excluded);
    }

    /** Frontier mode with a trend to follow. */
    public boolean frontier() {
        return mode == Attribution.Mode.FRONTIER && dataset.trend().isPresent();
    }
}
