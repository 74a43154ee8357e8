package org.scalingexplorer.io;

/**
 * One thing wrong with an input file, with where it is. Line and column are 1-based; 0 means "the file as a whole".
 *
 * @param path the JSON path ({@code algorithms[2].law.alpha}) or CSV column name; empty for the whole file
 */
public record Problem(String file, int line, int column, String path, String message) {
    public Problem {
        file = file == null ? "" : file;
        path = path == null ? "" : path;
    }

    /** {@code algorithms[2].law.alpha: expected a negative number, got 0.3 (line 41, column 18)}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!path.isEmpty()) b.append(path).append(": ");
        b.append(message);
        if (line > 0) {
            b.append(" (line ").append(line);
            if (column > 0) b.append(", column ").append(column);
            b.append(')');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return file.isEmpty() ? describe() : file + ": " + describe();
    }
}
