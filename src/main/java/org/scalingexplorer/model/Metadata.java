package org.scalingexplorer.model;

import java.util.List;

/** What a dataset is, where it comes from and how to cite it. Compute is always in FLOP. */
public record Metadata(String title, String description, String lossUnit, String license, List<Citation> citations,
                       List<LossScale> lossScales, List<List<String>> comparableScales) {
    public Metadata(String title, String description, String lossUnit, String license, List<Citation> citations) {
        this(title, description, lossUnit, license, citations, List.of(), List.of());
    }

    public Metadata {
        title = title == null ? "" : Names.visible(title);
        description = description == null ? "" : Names.visibleLines(description);
        lossUnit = lossUnit == null || lossUnit.isBlank() ? "nats" : lossUnit;
        license = license == null ? "" : license;
        citations = List.copyOf(citations);
        lossScales = lossScales == null ? List.of() : List.copyOf(lossScales);
        comparableScales = comparableScales == null ? List.of() : comparableScales.stream().map(List::copyOf).toList();
    }
}
