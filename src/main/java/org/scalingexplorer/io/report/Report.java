package org.scalingexplorer.io.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.scalingexplorer.io.Printable;
import org.scalingexplorer.model.Numbers;

/**
 * A result ready to print: a table (for text, CSV and Markdown) and a JSON document with the same content. Cells are
 * {@link String}, {@link Boolean}, {@link Double} or {@code null}; each column says how numbers read in text, while
 * CSV keeps full precision.
 */
public record Report(String title, List<Column> columns, List<List<Object>> rows, JsonNode document, List<String> notes) {
    /** Made on first JSON output only: text and CSV never build a mapper (a short command's startup matters). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public enum Kind { TEXT, COMPUTE, MULTIPLIER, LOSS, FRACTION, YEAR, FLAG, NUMBER }

    /** A cell naming something: its name in text and Markdown (for people), its id in CSV (for programs). */
    public record Named(String id, String name) {
        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * @param empty what a null cell reads as in text (e.g. "unreachable")
     * @param label the header text and Markdown show (a name for people); CSV's header is {@code name} (an id)
     */
    public record Column(String name, Kind kind, String empty, String label) {
        public Column(String name, Kind kind) {
            this(name, kind, "-");
        }

        public Column(String name, Kind kind, String empty) {
            this(name, kind, empty, name);
        }
    }

    /**
     * @param notes lines text and Markdown print under the table (what was skipped, verdicts in words); CSV, being
     *              the table, leaves them out, and JSON holds the same in its fields
     */
    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public Report(String title, List<Column> columns, List<List<Object>> rows, JsonNode document) {
        this(title, columns, rows, document, List.of());
    }

    /** The same report with {@code more} lines under its table. */
    public Report withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Report(title, columns, rows, document, all);
    }

    public enum Format {
        TEXT, CSV, JSON, MARKDOWN;

        public static Format parse(String s) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(s)) return f;
            throw new IllegalArgumentException("format must be text, csv, json or markdown, got '" + s + "'");
        }
    }

    public String render(Format format) {
        return switch (format) {
            case TEXT -> text();
            case CSV -> csv();
            case JSON -> jsonText();
            case MARKDOWN -> markdown();
        };
    }

    public String jsonText() {
        try {
            return Json.MAPPER.writeValueAsString(finite(document.deepCopy())) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON has no Infinity or NaN (Jackson would write them as strings): a quantity that cannot be computed is
     * written as {@code null}, and in an object a field {@code <name>Reason} beside it says why.
     */
    static JsonNode finite(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isNumber() && !Double.isFinite(v.doubleValue())) {
                    o.putNull(name);
                    if (!o.has(name + "Reason")) {
                        o.put(name + "Reason", Double.isNaN(v.doubleValue()) ? "undefined here" : "too large to compute (beyond the range of numbers)");
                    }
                } else {
                    finite(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isNumber() && !Double.isFinite(a.get(i).doubleValue())) a.setNull(i);
                else finite(a.get(i));
            }
        }
        return node;
    }

    public String csv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator(System.lineSeparator()).build())) {
            p.printRecord(columns.stream().map(Column::name).toList());
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>();
                for (Object v : row) cells.add(v == null || v instanceof Double d && !Double.isFinite(d) ? ""
                        : v instanceof Double d ? Double.toString(d) : v.toString());
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public String text() {
        List<List<String>> cells = formatted();
        int[] width = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) width[c] = columns.get(c).label().length();
        for (List<String> row : cells) for (int c = 0; c < row.size(); c++) width[c] = Math.max(width[c], row.get(c).length());
        StringBuilder b = new StringBuilder();
        if (!title.isEmpty()) b.append(Printable.escape(title)).append(System.lineSeparator());
        appendRow(b, columns.stream().map(Column::label).toList(), width);
        for (List<String> row : cells) appendRow(b, row, width);
        if (!notes.isEmpty()) {
            b.append(System.lineSeparator());
            for (String n : notes) b.append(Printable.escape(n)).append(System.lineSeparator());
        }
        return b.toString();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        if (!title.isEmpty()) b.append("**").append(Printable.escape(title)).append("**").append(System.lineSeparator()).append(System.lineSeparator());
        b.append("| ").append(String.join(" | ", columns.stream().map(c -> c.label().replace("|", "\\|")).toList())).append(" |").append(System.lineSeparator());
        b.append("|").append(columns.stream().map(c -> c.kind() == Kind.TEXT ? "---|" : "---:|").reduce("", String::concat)).append(System.lineSeparator());
        for (List<String> row : formatted()) {
            b.append("| ").append(String.join(" | ", row.stream().map(s -> s.replace("|", "\\|")).toList())).append(" |").append(System.lineSeparator());
        }
        if (!notes.isEmpty()) {
            b.append(System.lineSeparator());
            for (String n : notes) b.append(Printable.escape(n.startsWith("  ") ? "  - " + n.strip() : "- " + n)).append(System.lineSeparator());
        }
        return b.toString();
    }

    private List<List<String>> formatted() {
        List<List<String>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            // names and file names reach a terminal: their control characters escaped (CSV keeps them, JSON escapes them)
            for (int c = 0; c < row.size(); c++) cells.add(Printable.escape(format(columns.get(c), row.get(c))));
            out.add(cells);
        }
        return out;
    }

    private static String format(Column column, Object v) {
        if (v == null) return column.empty();
        if (v instanceof Boolean bool) return bool ? "yes" : "";
        if (v instanceof Named n) return n.name();
        if (!(v instanceof Double d)) return v.toString();
        // never "Infinity" or "NaN" on screen or in a table: JSON says why beside a null
        if (!Double.isFinite(d)) return "n/a";
        return switch (column.kind()) {
            case COMPUTE, MULTIPLIER -> Numbers.format(d);
            case LOSS -> String.format(Locale.ROOT, "%.4f", d);
            case NUMBER -> Numbers.parameter(d);
            case FRACTION -> String.format(Locale.ROOT, "%.1f%%", 100 * d);
            case YEAR -> d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
            case FLAG, TEXT -> d.toString();
        };
    }

    private void appendRow(StringBuilder b, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) line.append("  ");
            String s = cells.get(c);
            // names and text left-aligned, numbers right-aligned
            boolean text = c == 0 || columns.get(c).kind() == Kind.TEXT;
            line.append(pad(s, width[c], !text));
        }
        b.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return left ? fill + s : s + fill;
    }
}
