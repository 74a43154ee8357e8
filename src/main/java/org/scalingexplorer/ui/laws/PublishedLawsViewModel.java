package org.scalingexplorer.ui.laws;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.PublishedLaw;
import org.scalingexplorer.model.PublishedLaws;
import org.scalingexplorer.ui.AppState;

/**
 * Algorithms > Add Published Law: the library searched by author, year, form or data; the chosen law in full (its
 * parameters as published, source, loss scale, and what a CEG against the current reference will be); adding it
 * as an algorithm on its own loss scale, to be the reference or a candidate.
 */
public final class PublishedLawsViewModel {
    /** A law as the list shows it. */
    public record Row(String id, String name, String by, String form, String scale, boolean usable) {
    }

    private final AppState state;
    private final PublishedLaws library;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public PublishedLawsViewModel(AppState state, PublishedLaws library) {
        this.state = state;
        this.library = library;
        query.addListener((o, was, now) -> filter());
        selected.addListener((o, was, now) -> describe());
        // what the chosen law's CEG will be depends on the dataset and the reference, not on the cursor
        state.stateProperty().addListener((o, was, now) -> {
            if (was.dataset() != now.dataset() || !Objects.equals(was.view().reference(), now.view().reference())) describe();
        });
        filter();
    }

    private void filter() {
        List<Row> out = new ArrayList<>();
        for (PublishedLaw l : library.search(query.get())) {
            LossScale s = library.scaleOf(l);
            out.add(new Row(l.id(), l.name(), l.byline(), l.form().text, s.name() + ", " + s.loss(), l.lawOfCompute().isPresent()));
        }
        rows.set(List.copyOf(out));
        message.set(out.isEmpty() ? "No published law matches \"" + query.get().trim() + "\"." : "");
        describe();
    }

    private void describe() {
        Optional<PublishedLaw> law = Optional.ofNullable(selected.get()).flatMap(library::find);
        if (law.isEmpty()) {
            details.set("");
            canAdd.set(false);
            return;
        }
        PublishedLaw l = law.get();
        LossScale scale = library.scaleOf(l);
        StringBuilder b = new StringBuilder();
        b.append(l.name()).append('\n').append(l.form().text).append('\n');
        for (var p : l.ordered()) {
            b.append("  ").append(p.getKey()).append(" = ").append(p.getValue().value());
            if (p.getValue().hasSe()) b.append("  (standard error ").append(p.getValue().se()).append(')');
            p.getValue().interval().ifPresent(i -> b.append("  (").append(i.describe(String::valueOf)).append(')'));
            b.append('\n');
        }
        if (!l.computeUnit().equals("FLOP")) b.append("  C in ").append(l.computeUnit()).append(" (8.64e19 FLOP each)\n");
        b.append(l.authors()).append(" (").append(l.year()).append("). ").append(l.source()).append(".\nFrom: ").append(l.where()).append(".\n");
        b.append("Loss: ").append(scale.name()).append(": ").append(scale.data()).append("; ").append(scale.tokenizer()).append("; ")
                .append(scale.loss()).append(".\n");
        if (!l.allocation().isEmpty()) b.append("Allocation: ").append(l.allocation()).append(".\n");
        if (!l.note().isEmpty()) b.append(l.note()).append('\n');
        Dataset d = state.dataset();
        Optional<String> why = l.whyNotALawOfCompute();
        if (why.isPresent()) {
            b.append("Cannot be an algorithm: ").append(why.get()).append('.');
        } else if (d.findAlgorithm(l.id()).isPresent()) {
            b.append("Already in the dataset.");
        } else {
            Algorithm reference = d.findAlgorithm(state.view().reference()).orElse(d.algorithms().get(0));
            boolean same = reference.lossScale().equals(l.lossScale()) || d.declaredComparable(reference.lossScale(), l.lossScale());
            b.append(same ? "On the reference's loss scale: its CEG against " + reference.name() + " will be shown."
                    : "On another loss scale than the reference's (" + d.lossScale(reference.lossScale()).name() + "): its CEG against "
                    + reference.name() + " will be refused, as between any two scales, unless they are declared comparable (Algorithms > Loss Scales).");
        }
        details.set(b.toString());
        canAdd.set(why.isEmpty() && d.findAlgorithm(l.id()).isEmpty());
    }

    /** Adds the chosen law as an algorithm; false, with the reason in {@link #messageProperty}, when it cannot be. */
    public boolean add() {
        String id = selected.get();
        if (id == null) return false;
        try {
            state.edit(library.addTo(state.dataset(), id));
            message.set("");
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The id of the law chosen in the list; null for none. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
