package org.scalingexplorer.ui;

/** An item of a choice box: an id the view model uses and the name the user reads. */
public record Choice(String id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
