package org.scalingexplorer.ui.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.WindowState;

/**
 * The innovation table: switch innovations on and off, edit a year, a multiplier or an anchor; every chart follows
 * because the edits change the shared dataset. Invalid values are refused with the reason and change nothing.
 */
public final class InnovationsViewModel {
    private final AppState state;
    private final ObservableList<InnovationRow> rows = FXCollections.observableArrayList();

    public InnovationsViewModel(AppState state) {
        this.state = state;
        state.stateProperty().addListener((o, was, now) -> {
            if (was.work() != now.work()) refresh();
        });
        refresh();
    }

    public ObservableList<InnovationRow> rows() {
        return rows;
    }

    public void setEnabled(String id, boolean enabled) {
        state.update(s -> s.enable(id, enabled));
    }

    public Optional<String> setYear(String id, String text) {
        int year;
        try {
            year = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return Optional.of("'" + text + "' is not a year; expected a whole number such as 2019");
        }
        if (year < 1900 || year > 2200) return Optional.of("the year must lie between 1900 and 2200, got " + year);
        change(id, i -> i.withYear(year));
        return Optional.empty();
    }

    public Optional<String> setMultiplier(String id, String text) {
        Innovation i = state.dataset().innovation(id);
        if (!(i instanceof Innovation.ScaleInvariant si)) {
            return Optional.of(i.name() + " is scale-dependent: its gain comes from two scaling laws, not a constant");
        }
        double m;
        try {
            m = Double.parseDouble(text.trim().replace("\u00d7", "").replace("x", "").trim());
        } catch (NumberFormatException e) {
            return Optional.of("'" + text + "' is not a multiplier; expected a positive number such as 1.15");
        }
        if (!(m > 0) || Double.isInfinite(m)) return Optional.of("the multiplier must be a positive, finite number, got " + text);
        change(id, x -> si.withMultiplier(m));
        return Optional.empty();
    }

    public Optional<String> setAnchor(String id, Anchor anchor) {
        Innovation i = state.dataset().innovation(id);
        if (!(i instanceof Innovation.ScaleDependent sd)) return Optional.of(i.name() + " is scale-invariant: it has no anchor");
        change(id, x -> sd.withAnchor(anchor));
        return Optional.empty();
    }

    /** Restores every innovation as the dataset had it and switches them all on; what-if algorithms stay. */
    public void reset() {
        state.update(WindowState::resetInnovations);
    }

    private void change(String id, UnaryOperator<Innovation> edit) {
        Dataset d = state.dataset();
        state.edit(d.withInnovations(d.innovations().stream().map(i -> i.id().equals(id) ? edit.apply(i) : i).toList()));
    }

    /** What a scale-dependent innovation shows for its multiplier: it is no constant, it moves with compute. */
    static final String FROM_LAWS = "with compute";

    /** How a scale-dependent innovation's gain is found, in names: "The CEG of Transformer (2017) over LSTM, ...". */
    private String how(Innovation.ScaleDependent sd) {
        Dataset d = state.dataset();
        String net = sd.netOf().stream().map(id -> d.findInnovation(id).map(Innovation::name).orElse(id)).collect(Collectors.joining(", "));
        return "The CEG of " + d.findAlgorithm(sd.candidate()).map(Algorithm::name).orElse(sd.candidate()) + " over "
                + d.findAlgorithm(sd.reference()).map(Algorithm::name).orElse(sd.reference()) + ", at the compute the chart is read at"
                + (net.isEmpty() ? "" : ", net of " + net);
    }

    /** Up to five significant digits without trailing zeros: 1.0304, 4, 1.1505. */
    static String trimmed(double v) {
        return new BigDecimal(v).round(new MathContext(5)).stripTrailingZeros().toPlainString();
    }

    private void refresh() {
        Dataset loaded = state.get().loaded();
        Set<String> excluded = state.get().excluded();
        rows.setAll(state.dataset().innovations().stream().map(i -> {
            boolean enabled = !excluded.contains(i.id());
            boolean edited = !enabled || loaded == null || !loaded.findInnovation(i.id()).map(i::equals).orElse(false);
            if (i instanceof Innovation.ScaleDependent sd) {
                return new InnovationRow(i.id(), i.name(), i.year(), true, FROM_LAWS, sd.anchor().id(), enabled, edited, how(sd));
            }
            Innovation.ScaleInvariant si = (Innovation.ScaleInvariant) i;
            return new InnovationRow(i.id(), i.name(), i.year(), false, trimmed(si.multiplier()) + "\u00d7", "", enabled, edited,
                    "The same multiplier at every compute");
        }).toList());
    }
}
