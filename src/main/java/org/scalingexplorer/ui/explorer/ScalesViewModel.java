package org.scalingexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.ui.AppState;

/**
 * The what-if of declaring two loss scales comparable, from the window: each pair of scales the dataset's algorithms
 * use can be assumed comparable or not. The dataset carries the declaration (so it is undone, saved in workspaces
 * and exported datasets), and every CEG resting on it says so.
 */
public final class ScalesViewModel {
    /** Two scales (ids) and how a menu names the pair. */
    public record Pair(String a, String b, String label) {
    }

    private final AppState state;

    public ScalesViewModel(AppState state) {
        this.state = state;
    }

    /** Every pair of distinct scales the algorithms use; empty when they share one. */
    public List<Pair> pairs() {
        Dataset d = state.dataset();
        List<String> scales = d.usedScales();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            for (int k = i + 1; k < scales.size(); k++) {
                pairs.add(new Pair(scales.get(i), scales.get(k), "Assume " + d.lossScale(scales.get(i)).name() + " and "
                        + d.lossScale(scales.get(k)).name() + " Comparable"));
            }
        }
        return pairs;
    }

    public boolean declared(Pair p) {
        return state.dataset().declaredComparable(p.a(), p.b());
    }

    public void setDeclared(Pair p, boolean on) {
        if (declared(p) == on) return;
        state.edit(state.dataset().declaringComparable(p.a(), p.b(), on));
    }
}
