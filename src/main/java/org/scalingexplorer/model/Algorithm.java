package org.scalingexplorer.model;

import java.util.List;
import java.util.Set;

/**
 * A training algorithm: its scaling law, observed runs, and the innovations it embodies (which decide the
 * frontier's CEG against it when it is the reference frame).
 *
 * @param color  a CSS hex colour such as {@code #0072B2}, or empty to let the palette choose
 * @param whatIf    whether a user made it up rather than a dataset measuring it
 * @param lossScale the id of the dataset's loss scale its loss is measured on; empty when not declared
 * @param style     its line's dash and width
 */
public record Algorithm(String id, String name, String color, String description, ScalingLaw law, List<Run> runs,
                        Set<String> embodies, boolean whatIf, String lossScale, LineStyle style) {
    public Algorithm(String id, String name, String color, String description, ScalingLaw law, List<Run> runs, Set<String> embodies,
                     boolean whatIf, String lossScale) {
        this(id, name, color, description, law, runs, embodies, whatIf, lossScale, LineStyle.DEFAULT);
    }

    public Algorithm(String id, String name, String color, String description, ScalingLaw law, List<Run> runs, Set<String> embodies,
                     boolean whatIf) {
        this(id, name, color, description, law, runs, embodies, whatIf, "");
    }

    public Algorithm {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("an algorithm needs an id");
        if (law == null) throw new IllegalArgumentException("algorithm " + id + " needs a law");
        name = Names.visible(name == null || name.isBlank() ? id : name);
        color = color == null ? "" : color;
        description = description == null ? "" : Names.visibleLines(description);
        runs = List.copyOf(runs);
        embodies = Set.copyOf(embodies);
        lossScale = lossScale == null ? "" : lossScale;
        style = style == null ? LineStyle.DEFAULT : style;
    }

    public Algorithm withLaw(ScalingLaw other) {
        return new Algorithm(id, name, color, description, other, runs, embodies, whatIf, lossScale, style);
    }

    public Algorithm withRuns(List<Run> other) {
        return new Algorithm(id, name, color, description, law, other, embodies, whatIf, lossScale, style);
    }

    public Algorithm withDescription(String text) {
        return new Algorithm(id, name, color, text, law, runs, embodies, whatIf, lossScale, style);
    }

    public Algorithm withLossScale(String scale) {
        return new Algorithm(id, name, color, description, law, runs, embodies, whatIf, scale, style);
    }

    /** The same algorithm under another name, colour and line style (what Rename, Recolour or Restyle Series does). */
    public Algorithm withIdentity(String newName, String newColor, LineStyle newStyle) {
        return new Algorithm(id, newName, newColor, description, law, runs, embodies, whatIf, lossScale, newStyle);
    }
}
