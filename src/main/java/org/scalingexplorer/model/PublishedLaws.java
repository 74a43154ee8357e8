package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The library of published scaling laws (docs/laws-format.md): the loss scales they were measured on, and the laws. */
public record PublishedLaws(int version, List<LossScale> lossScales, List<PublishedLaw> laws) {
    public PublishedLaws {
        lossScales = List.copyOf(lossScales);
        laws = List.copyOf(laws);
    }

    public Optional<PublishedLaw> find(String id) {
        return laws.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public LossScale scale(String id) {
        return lossScales.stream().filter(s -> s.id().equals(id)).findFirst().orElse(new LossScale(id, id, "", "", ""));
    }

    public LossScale scaleOf(PublishedLaw law) {
        return scale(law.lossScale());
    }

    /** The laws whose text holds every word of {@code query}, in the library's order (all of them for a blank query). */
    public List<PublishedLaw> search(String query) {
        return laws.stream().filter(l -> l.matches(query == null ? "" : query, scaleOf(l))).toList();
    }

    /**
     * {@code d} with the law {@code id} added as an algorithm on the law's own loss scale (the scale added to the
     * dataset when it lacks it), named with its allocation where it has one. Refused, with the reason, for an unknown
     * id, a law the explorer cannot draw, or one already added.
     */
    public Dataset addTo(Dataset d, String id) {
        PublishedLaw law = find(id).orElseThrow(() -> new IllegalArgumentException("no published law '" + id + "'; known: "
                + laws.stream().map(PublishedLaw::id).toList()));
        ScalingLaw drawn = law.lawOfCompute().orElseThrow(() -> new IllegalArgumentException(
                law.id() + " cannot be an algorithm: " + law.whyNotALawOfCompute().orElse("")));
        if (d.findAlgorithm(law.id()).isPresent()) throw new IllegalArgumentException(law.id() + " is already in the dataset");
        LossScale scale = scaleOf(law);
        String allocation = drawn instanceof ParametricLaw ? ", compute-optimal allocation" : "";
        String description = law.name() + ": " + law.form().text + allocation + ". " + law.authors() + " (" + law.year() + "). " + law.source()
                + ", " + law.where() + ". Loss: " + scale.name() + ", " + scale.loss() + "." + (law.note().isEmpty() ? "" : " " + law.note());
        Algorithm a = new Algorithm(law.id(), law.name() + (allocation.isEmpty() ? "" : ", compute-optimal"), "", description, drawn, List.of(),
                Set.of(), false, scale.id());
        List<Algorithm> all = new ArrayList<>(d.algorithms());
        all.add(a);
        return d.withLossScale(scale).withAlgorithms(all);
    }
}
