package org.scalingexplorer.ui;

import java.util.List;

import org.scalingexplorer.model.Algorithm;

/** Colour-blind-safe series colours (Okabe and Ito 2008), used where a dataset names none. */
public final class Palette {
    public static final List<String> OKABE_ITO = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#F0E442", "#000000");

    private Palette() {
    }

    /** The dataset's colour for the algorithm at {@code index}, or the palette's. */
    public static String colorOf(Algorithm a, int index) {
        return a.color().isEmpty() ? OKABE_ITO.get(index % OKABE_ITO.size()) : a.color();
    }
}
