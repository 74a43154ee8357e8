package org.scalingexplorer.io.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.Problems;
import org.scalingexplorer.io.files.InputFiles;

/**
 * How the strict readers of JSON documents (datasets, the library of laws) read one: parsed within the size and depth
 * limits, built by a reading that reports every problem with its place, the problems in the order a reader meets them,
 * and nothing half-read ever returned.
 */
public final class JsonDocuments {
    private JsonDocuments() {
    }

    /** Builds what {@code build} makes of the document (given the root, null when it did not parse, and the checks). */
    public static <T> T read(String name, InputStream in, BiFunction<JsonTree.Node, JsonChecks, T> build) throws InputException {
        List<Problem> problems = new Problems();
        JsonTree.Node root = JsonTree.parse(name, in, problems);
        T built = build.apply(root, new JsonChecks(name, problems));
        // report in the order a reader meets them in the file (the sort is stable for problems at one place)
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (!problems.isEmpty() || built == null) throw new InputException(name, problems);
        return built;
    }

    public static <T> T read(String name, String json, BiFunction<JsonTree.Node, JsonChecks, T> build) throws InputException {
        return read(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), build);
    }

    /** The same from a file, opened as text of at most {@link JsonTree#MAX_DOCUMENT_BYTES} ({@code what} names it in messages). */
    public static <T> T read(Path file, String what, BiFunction<JsonTree.Node, JsonChecks, T> build) throws InputException {
        String name = file.toString();
        try (InputStream in = InputFiles.openText(file, JsonTree.MAX_DOCUMENT_BYTES, what)) {
            return read(name, in, build);
        } catch (IOException e) {
            throw InputFiles.problem(name, e);
        }
    }
}
