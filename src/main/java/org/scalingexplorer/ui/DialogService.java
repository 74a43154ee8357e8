package org.scalingexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.scalingexplorer.io.InputException;

/**
 * Every dialog the shell shows, behind one interface: file choosers (each kind remembers the folder last used),
 * alerts, questions. Views call it; tests hand the shell a fake that answers without a window.
 */
public interface DialogService {
    /** A file type for a chooser, e.g. {@code new Filter("CSV", "*.csv")}. */
    record Filter(String description, List<String> patterns) {
        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    /**
     * A file to open, or empty when cancelled.
     *
     * @param kind which chooser this is ("dataset", "workspace", "epoch", ...): each starts in the folder it was last used in
     */
    Optional<Path> openFile(String kind, String title, List<Filter> filters);

    /** Files to open (one or more), or none when cancelled. */
    default List<Path> openFiles(String kind, String title, List<Filter> filters) {
        return openFile(kind, title, filters).map(List::of).orElse(List.of());
    }

    /** A folder to open, or empty when cancelled. */
    default Optional<Path> openFolder(String kind, String title) {
        return Optional.empty();
    }

    /** Starts a kind of chooser in {@code folder} until one of its kind is used (e.g. the folder of the last file opened). */
    default void rememberFolder(String kind, Path folder) {
    }

    /** A file to write, or empty when cancelled. */
    Optional<Path> saveFile(String kind, String title, String initialName, List<Filter> filters);

    /** Every problem of a file, each with its place; says the work on screen is unchanged. */
    void showProblems(InputException e);

    void showError(String header, String text);

    void showInformation(String title, String header, String text);

    /** A question with the given answers (the first is the default); empty when the dialog is closed. */
    Optional<String> ask(String header, String text, List<String> answers);

    /** A line of text, e.g. a sweep range; empty when cancelled. */
    Optional<String> askText(String title, String header, String initial);

    /** One of {@code choices}, starting at {@code initial}; empty when cancelled. */
    <T> Optional<T> choose(String title, String header, T initial, List<T> choices);
}
