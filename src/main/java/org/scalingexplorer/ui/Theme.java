package org.scalingexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.render.ChartStyle;

/** The window's themes: a stylesheet laid over the base one, and the colours the charts draw with. */
public enum Theme {
    LIGHT("light", null),
    DARK("dark", "dark.css"),
    HIGH_CONTRAST("high-contrast", "high-contrast.css");

    private final String id;
    private final String stylesheet;

    Theme(String id, String stylesheet) {
        this.id = id;
        this.stylesheet = stylesheet;
    }

    public String id() {
        return id;
    }

    /** The stylesheet laid over base.css (a resource beside it), or null for the light theme. */
    public String stylesheet() {
        return stylesheet;
    }

    public ChartStyle chartStyle() {
        return ChartStyle.ofTheme(id);
    }

    @Override
    public String toString() {
        return switch (this) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case HIGH_CONTRAST -> "High contrast";
        };
    }

    /** The window's stylesheets, in order: base, this theme's overlay, present mode's larger type. */
    public List<String> stylesheets(boolean presenting) {
        List<String> sheets = new ArrayList<>();
        sheets.add(Theme.class.getResource("theme/base.css").toExternalForm());
        if (stylesheet != null) sheets.add(Theme.class.getResource("theme/" + stylesheet).toExternalForm());
        if (presenting) sheets.add(Theme.class.getResource("theme/present.css").toExternalForm());
        return sheets;
    }

    public static Theme parse(String text) {
        for (Theme t : values()) if (t.id.equals(text.trim().toLowerCase(Locale.ROOT))) return t;
        throw new IllegalArgumentException("unknown theme '" + text + "'; expected light, dark or high-contrast");
    }
}
