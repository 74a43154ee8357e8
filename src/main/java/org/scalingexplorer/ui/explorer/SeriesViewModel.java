package org.scalingexplorer.ui.explorer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.Palette;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Choice;

/**
 * A series' identity: the name it carries in legends, tables and exports, its colour and its line (dash, width). Editing them
 * edit the dataset (so the workspace keeps them and undo takes them back); a colour left empty is the palette's.
 */
public final class SeriesViewModel {
    static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final int MAX_NAME = 120;

    private final AppState state;
    private final ObservableList<Choice> series = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty color = new SimpleStringProperty(this, "color", "");
    private final ObjectProperty<LineStyle.Dash> dash = new SimpleObjectProperty<>(this, "dash", LineStyle.Dash.SOLID);
    /** The line width as a multiple of the theme's: one of {@link #WIDTHS}. */
    private final ObjectProperty<Double> width = new SimpleObjectProperty<>(this, "width", 1.0);
    /** The widths offered. */
    public static final List<Double> WIDTHS = List.of(0.5, 1.0, 1.5, 2.0, 3.0, 4.0);

    public SeriesViewModel(AppState state) {
        this.state = state;
        state.stateProperty().addListener((o, was, now) -> {
            if (was.dataset() != now.dataset()) rebuild();
        });
        selected.addListener((o, was, now) -> load());
        rebuild();
    }

    public ObservableList<Choice> series() {
        return series;
    }

    /** The id of the series being edited. */
    public StringProperty selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** {@code #RRGGBB}; the colour the series is drawn in now when first shown. */
    public StringProperty colorProperty() {
        return color;
    }

    public ObjectProperty<LineStyle.Dash> dashProperty() {
        return dash;
    }

    public ObjectProperty<Double> widthProperty() {
        return width;
    }

    /** Renames, recolours and restyles the selected series; returns why not when the name or colour is refused. */
    public Optional<String> apply() {
        Dataset d = state.dataset();
        String id = selected.get();
        if (id == null || d.findAlgorithm(id).isEmpty()) return Optional.of("choose a series");
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) return Optional.of("a series needs a name");
        if (n.length() > MAX_NAME) return Optional.of("a name of at most " + MAX_NAME + " characters, got " + n.length());
        String c = color.get() == null ? "" : color.get().strip();
        if (!c.isEmpty() && !HEX.matcher(c).matches()) return Optional.of("a colour such as #0072B2, got '" + c + "'");
        Double w = width.get();
        if (w == null || !(w >= LineStyle.MIN_WIDTH && w <= LineStyle.MAX_WIDTH)) return Optional.of("a line width from 0.5 to 4, got " + w);
        LineStyle style = new LineStyle(dash.get(), w);
        state.edit(d.mapAlgorithm(id, a -> a.withIdentity(n, c.toUpperCase(Locale.ROOT), style)));
        return Optional.empty();
    }

    private void rebuild() {
        Dataset d = state.dataset();
        series.setAll(d.algorithms().stream().map(a -> new Choice(a.id(), a.name())).toList());
        if (selected.get() == null || d.findAlgorithm(selected.get()).isEmpty()) selected.set(series.isEmpty() ? null : series.get(0).id());
        else load();
    }

    private void load() {
        Dataset d = state.dataset();
        Algorithm a = selected.get() == null ? null : d.findAlgorithm(selected.get()).orElse(null);
        if (a == null) return;
        name.set(a.name());
        String shown = Palette.colorOf(d, a, false);
        color.set(HEX.matcher(shown).matches() ? shown.toUpperCase(Locale.ROOT) : "");
        dash.set(a.style().dash());
        width.set(a.style().width());
    }
}
