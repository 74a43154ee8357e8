package org.scalingexplorer.model.fit;

import java.time.LocalDate;

/** A published model: when, and with how much training compute. {@code params} is NaN when unknown. */
/** @param notable whether Epoch AI counts it notable (its "Notability criteria" column is filled) */
public record NotableModel(String name, LocalDate published, double compute, double params, String domain, boolean notable) {
    public NotableModel(String name, LocalDate published, double compute, double params, String domain) {
        this(name, published, compute, params, domain, false);
    }

    /** The publication date as a fractional year: 2023-07-02 is about 2023.50. */
    public double year() {
        return published.getYear() + (published.getDayOfYear() - 1) / (double) published.lengthOfYear();
    }
}
