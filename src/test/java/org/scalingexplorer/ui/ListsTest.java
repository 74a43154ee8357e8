package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;

class ListsTest {
    /** Each change the list reports: "+added", "-removed", or "replaced" for a wholesale replacement. */
    private static List<String> changes(ObservableList<String> list, List<String> now) {
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) seen.add("replaced");
                else if (c.wasAdded()) seen.add("+" + c.getAddedSubList());
                else if (c.wasRemoved()) seen.add("-" + c.getRemoved());
            }
        });
        Lists.update(list, now);
        assertEquals(now, list);
        return seen;
    }

    @Test
    void appendsRemovalsAndEqualListsAreNotReplacements() {
        assertEquals(List.of(), changes(FXCollections.observableArrayList("a", "b"), List.of("a", "b")));
        assertEquals(List.of("+[c]"), changes(FXCollections.observableArrayList("a", "b"), List.of("a", "b", "c")));
        assertEquals(List.of("-[b]"), changes(FXCollections.observableArrayList("a", "b", "c"), List.of("a", "c")));
        assertEquals(List.of("replaced"), changes(FXCollections.observableArrayList("a", "b"), List.of("b", "a")));
        assertEquals(List.of("replaced"), changes(FXCollections.observableArrayList("a", "b"), List.of("a", "x")));
    }
}
