package org.scalingexplorer.ui;

import java.util.List;

import javafx.collections.ObservableList;

/** Updating the lists that selection controls show, so that their selection survives. */
public final class Lists {
    private Lists() {
    }

    /**
     * Makes {@code list} equal to {@code now} with the smallest change: nothing when equal, appends when {@code now}
     * extends it, removals when {@code now} is it with elements taken out, otherwise a replacement. A combo box
     * loses its selection when its items are replaced wholesale, even by a list that still holds the selected item.
     */
    public static <T> void update(ObservableList<T> list, List<T> now) {
        if (list.equals(now)) return;
        if (now.size() > list.size() && now.subList(0, list.size()).equals(list)) {
            list.addAll(now.subList(list.size(), now.size()));
            return;
        }
        if (now.size() < list.size() && list.stream().filter(now::contains).toList().equals(now)) {
            list.removeIf(x -> !now.contains(x));
            return;
        }
        list.setAll(now);
    }
}
