package org.scalingexplorer.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.files.InputFiles;

/**
 * A JSON document read by Jackson's streaming parser into a tree that remembers where each value stood, so that
 * validation can report line and column for every problem rather than stopping at the first.
 */
public final class JsonTree {
    /** Input limits: nested documents and huge files are refused by the parser, never held in memory. */
    public static final int MAX_DEPTH = 64;
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /**
     * Values (objects, arrays, numbers, strings...) one document may hold: each is kept in memory with its place, so
     * this, not the byte size, bounds the memory a document takes (about 150 bytes a value: some 300 MB at most).
     */
    public static final int MAX_VALUES = 2_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(400)
                    .build())
            .build();

    public record Location(int line, int column) {
        public static Location of(JsonLocation l) {
            return new Location(l.getLineNr(), l.getColumnNr());
        }
    }

    public sealed interface Node permits Obj, Arr, Num, Str, Bool, Null {
        Location location();

        /** How the value reads in a message: {@code 0.3}, {@code "abc"}, {@code an object}. */
        String describe();
    }

    public record Field(String name, Location keyLocation, Node value) {
    }

    public record Obj(Location location, Map<String, Field> fields) implements Node {
        @Override
        public String describe() {
            return "an object";
        }
    }

    public record Arr(Location location, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "an array";
        }
    }

    public record Num(Location location, double value, String text, boolean integral) implements Node {
        @Override
        public String describe() {
            return text;
        }
    }

    public record Str(Location location, String value) implements Node {
        @Override
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
            return "\"" + shown + "\"";
        }
    }

    public record Bool(Location location, boolean value) implements Node {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    public record Null(Location location) implements Node {
        @Override
        public String describe() {
            return "null";
        }
    }

    private JsonTree() {
    }

    /**
     * Parses a whole document. Duplicate keys are reported to {@code problems} (the first one wins); a syntax error
     * ends the parse with an {@link InputException} naming its place.
     */
    public static Node parse(String file, InputStream in, List<Problem> problems) throws InputException {
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(in)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(file, List.of(new Problem(file, 1, 1, "", "the file is empty; expected a JSON object")));
            }
            Node root = read(file, p, problems, "", new int[1]);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                Location l = Location.of(p.currentTokenLocation());
                throw new InputException(file, List.of(new Problem(file, l.line(), l.column(), "",
                        "unexpected content after the end of the JSON document")));
            }
            return root;
        } catch (JsonProcessingException e) {
            // limits (nesting depth, number length) are reported without a place: the parser knows where it stopped
            JsonLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            int line = l == null ? 1 : Math.max(l.getLineNr(), 1);
            int col = l == null ? 1 : Math.max(l.getColumnNr(), 1);
            String path = parser != null ? pathOf(parser.getParsingContext()) : "";
            throw new InputException(file, List.of(new Problem(file, line, col, path,
                    "not valid JSON: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw InputFiles.problem(file, e);
        }
    }

    /** {@code algorithms[2].runs[5]}: where the parser is, for problems the parser itself reports. */
    private static String pathOf(JsonStreamContext ctx) {
        StringBuilder b = new StringBuilder();
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (var c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            else if (c.getCurrentName() != null) parts.push((c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
        }
        parts.forEach(b::append);
        return b.toString();
    }

    private static Node read(String file, JsonParser p, List<Problem> problems, String path, int[] values) throws IOException, InputException {
        Location at = Location.of(p.currentTokenLocation());
        if (++values[0] > MAX_VALUES) {
            throw new InputException(file, List.of(new Problem(file, at.line(), at.column(), path, String.format(Locale.ROOT,
                    "more than %,d values in one document; that is the limit (split the runs into a CSV of runs)", MAX_VALUES))));
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Field> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Location keyAt = Location.of(p.currentTokenLocation());
                    p.nextToken();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    Node value = read(file, p, problems, childPath, values);
                    Field previous = fields.putIfAbsent(name, new Field(name, keyAt, value));
                    if (previous != null) {
                        problems.add(new Problem(file, keyAt.line(), keyAt.column(), childPath,
                                "duplicate field; it was already given at line " + previous.keyLocation().line()));
                    }
                }
                return new Obj(at, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(file, p, problems, path + "[" + items.size() + "]", values));
                }
                return new Arr(at, items);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Num(at, p.getDoubleValue(), p.getText(), t == JsonToken.VALUE_NUMBER_INT);
            }
            case VALUE_STRING -> {
                return new Str(at, p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(at, t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Null(at);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable input";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
