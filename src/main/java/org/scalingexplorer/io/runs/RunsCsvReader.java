package org.scalingexplorer.io.runs;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.Problems;
import org.scalingexplorer.io.files.InputFiles;
import org.scalingexplorer.io.files.LineLimit;
import org.scalingexplorer.io.json.JsonChecks;
import org.scalingexplorer.model.Run;

/**
 * Reads observed training runs from CSV: columns {@code algorithm,compute,loss} and optionally {@code params,tokens},
 * in any order, with a header row. Every bad cell is reported with its line and column.
 */
public final class RunsCsvReader {
    static final Set<String> REQUIRED = Set.of("algorithm", "compute", "loss");
    static final Set<String> OPTIONAL = Set.of("params", "tokens");
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Runs one file may hold: 2,000,000 take about 100 MB in memory. */
    static final int MAX_ROWS = 2_000_000;
    static final int MAX_COLUMNS = 1_000;
    /** Decimal literals only, as a spreadsheet writes them: no hexadecimal, no type suffixes, no NaN or Infinity. */
    static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,4})?");

    private RunsCsvReader() {
    }

    /**
     * Other names of the columns, as published data spells them: Epoch AI's extraction of Chinchilla's runs says
     * {@code Model Size} and {@code Training FLOP}.
     */
    static final Map<String, String> ALIASES = Map.of(
            "training flop", "compute", "training compute (flop)", "compute", "flop", "compute",
            "model size", "params", "parameters", "params", "n", "params",
            "training tokens", "tokens", "d", "tokens");
    /** The algorithm id given to runs read for a fit from a file without an algorithm column. */
    public static final String UNNAMED = "runs";

    /** Runs by algorithm id, in file order. */
    public static Map<String, List<Run>> read(Path file) throws InputException {
        return read(file, false);
    }

    /**
     * Runs to fit: the algorithm column is optional (without it every run is under {@link #UNNAMED}) and columns
     * the fit does not use (pixel positions, colours) are ignored rather than refused.
     */
    public static Map<String, List<Run>> readForFit(Path file) throws InputException {
        return read(file, true, Map.of());
    }

    /**
     * The same, with the columns named by the user: {@code mapping} takes a role (compute, loss, params, tokens,
     * algorithm) to a header of the file, matched without regard to case.
     */
    public static Map<String, List<Run>> readForFit(Path file, Map<String, String> mapping) throws InputException {
        return read(file, true, mapping);
    }

    private static Map<String, List<Run>> read(Path file, boolean lenient) throws InputException {
        return read(file, lenient, Map.of());
    }

    private static Map<String, List<Run>> read(Path file, boolean lenient, Map<String, String> mapping) throws InputException {
        return read(file, lenient, mapping, p -> { });
    }

    /** Runs by algorithm id, telling {@code progress} (0 to 1) how far through the file reading has got. */
    public static Map<String, List<Run>> read(Path file, DoubleConsumer progress) throws InputException {
        return read(file, false, Map.of(), progress);
    }

    private static Map<String, List<Run>> read(Path file, boolean lenient, Map<String, String> mapping, DoubleConsumer progress)
            throws InputException {
        String name = file.toString();
        try (Reader r = new LineLimit(InputFiles.openReader(file, MAX_BYTES, "a CSV of runs", progress), MAX_LINE)) {
            return read(name, r, lenient, mapping);
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof LineLimit.TooLong t ? tooLong(name, t) : InputFiles.problem(name, e);
        } catch (LineLimit.TooLong e) {
            throw tooLong(name, e);
        } catch (IOException e) {
            throw InputFiles.problem(name, e);
        }
    }

    /** A run's row is a name and a few numbers; a line past this bounds the cells a record can hold. */
    static final int MAX_LINE = 64 * 1024;

    private static InputException tooLong(String name, LineLimit.TooLong t) {
        return new InputException(name, List.of(new Problem(name, (int) Math.min(Integer.MAX_VALUE, t.line), t.limit + 1, "", t.getMessage()
                + "; a row of runs is a name and a few numbers (is this a CSV of runs?)")));
    }

    public static Map<String, List<Run>> read(String name, String text) throws InputException {
        try {
            return read(name, new StringReader(text), false, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, List<Run>> readForFit(String name, String text) throws InputException {
        try {
            return read(name, new StringReader(text), true, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<Run>> readForFit(String name, String text, Map<String, String> mapping) throws InputException {
        try {
            return read(name, new StringReader(text), true, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Run>> read(String name, Reader reader, boolean lenient, Map<String, String> mapping)
            throws IOException, InputException {
        List<Problem> problems = new Problems();
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        // duplicate names are checked below, with their place
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).build();
        try (CSVParser parser = CSVParser.parse(stripBom(reader), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() > MAX_COLUMNS) {
                throw new InputException(name, List.of(new Problem(name, 1, MAX_COLUMNS + 1, "", String.format(Locale.ROOT,
                        "the header has %,d columns; at most %,d are read (a CSV of runs needs algorithm, compute and loss)", header.size(), MAX_COLUMNS))));
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim().toLowerCase();
                Integer before = h.isEmpty() ? null : seen.putIfAbsent(h, i);
                if (before != null) {
                    problems.add(new Problem(name, 1, i + 1, header.get(i), "duplicate column; it is also column " + (before + 1)
                            + " (which one holds the values?)"));
                }
                columns.putIfAbsent(ALIASES.getOrDefault(h, h), i);
            }
            Set<String> known = new LinkedHashSet<>(List.of("algorithm", "compute", "loss", "params", "tokens"));
            for (Map.Entry<String, String> m : mapping.entrySet()) {
                String role = m.getKey().trim().toLowerCase();
                if (!known.contains(role)) {
                    problems.add(new Problem(name, 0, 0, m.getKey(), "--columns names an unknown role" + JsonChecks.hint(role, known)
                            + "; expected one of " + String.join(", ", known)));
                    continue;
                }
                int index = -1;
                for (int i = 0; i < header.size(); i++) if (header.get(i).trim().equalsIgnoreCase(m.getValue().trim())) index = i;
                if (index < 0) {
                    problems.add(new Problem(name, 1, 0, role, "--columns maps " + role + " to '" + m.getValue()
                            + "', which is not a column; the header has: " + String.join(", ", header)));
                } else {
                    columns.values().remove(index);
                    columns.put(role, index);
                }
            }
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim().toLowerCase();
                if (!lenient && !known.contains(ALIASES.getOrDefault(h, h))) {
                    problems.add(new Problem(name, 1, i + 1, header.get(i), "unknown column" + JsonChecks.hint(h, known)));
                }
            }
            for (String r : lenient ? List.of("compute", "loss") : List.of("algorithm", "compute", "loss")) {
                if (!columns.containsKey(r)) problems.add(new Problem(name, 1, 0, r, "missing column; expected a header with algorithm,compute,loss"));
            }
            if (!problems.isEmpty()) throw new InputException(name, problems);
            long line = 1;
            long rows = 0;
            for (CSVRecord rec : parser) {
                // the record ends on the parser's current line; a record with quoted line breaks starts earlier
                long end = parser.getCurrentLineNumber();
                long start = line + 1;
                line = end;
                String algorithm = lenient && !columns.containsKey("algorithm") ? UNNAMED : cell(rec, columns.get("algorithm"));
                double compute = number(name, problems, rec, start, columns, "compute", true, "a positive compute in FLOP");
                double loss = number(name, problems, rec, start, columns, "loss", true, "a positive loss");
                double params = number(name, problems, rec, start, columns, "params", false, "a positive number of parameters");
                double tokens = number(name, problems, rec, start, columns, "tokens", false, "a positive number of tokens");
                if (algorithm.isEmpty()) {
                    problems.add(new Problem(name, (int) start, columns.get("algorithm") + 1, "algorithm", "expected an algorithm id, got an empty cell"));
                }
                if (++rows > MAX_ROWS) {
                    problems.add(new Problem(name, (int) start, 1, "", String.format(Locale.ROOT,
                            "more than %,d runs; that is the limit for one file (split it)", MAX_ROWS)));
                    break;
                }
                // once a problem is found the runs are not used: keep reading only to find (and count) the others
                if (problems.isEmpty() && !algorithm.isEmpty() && compute > 0 && loss > 0 && !Double.isNaN(params + 1) && !Double.isNaN(tokens + 1)) {
                    runs.computeIfAbsent(algorithm, k -> new ArrayList<>()).add(new Run(compute, loss,
                            params == 0 ? Double.NaN : params, tokens == 0 ? Double.NaN : tokens));
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof InputFiles.NotUtf8 || e.getCause() instanceof InputFiles.TooBig) throw InputFiles.problem(name, e);
            problems.add(csvProblem(name, e.getCause()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(csvProblem(name, e));
        }
        if (!problems.isEmpty()) throw new InputException(name, problems);
        if (runs.isEmpty()) {
            throw new InputException(name, List.of(new Problem(name, 1, 1, "", "has no runs; expected a header algorithm,compute,loss and at least one row")));
        }
        return runs;
    }

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    /**
     * Commons CSV reports malformed quoting as an exception whose message holds "(startline N)": that line is the
     * place, and the message is said in words.
     */
    static Problem csvProblem(String file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LineLimit.TooLong tl) {
                return new Problem(file, (int) Math.min(Integer.MAX_VALUE, tl.line), tl.limit + 1, "", tl.getMessage()
                        + "; a row of runs is a name and a few numbers (is this a CSV of runs?)");
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher at = START_LINE.matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1)) : 0;
        String what = m.contains("EOF reached before encapsulated token finished")
                ? "a quoted cell starts here and its closing quote never comes"
                : m.contains("invalid char between encapsulated token and delimiter")
                ? "text after a quoted cell's closing quote (a quote inside a quoted cell is written twice: \"\")"
                : m.replaceFirst("^(java\\.io\\.)?\\w*Exception: ", "").replaceAll("\\(line \\d+\\) |\\(startline \\d+\\) ", "");
        return new Problem(file, Math.max(line, 1), line > 0 ? 1 : 0, "", "not valid CSV: " + what);
    }

    private static String cell(CSVRecord rec, Integer column) {
        return column == null || column >= rec.size() ? "" : rec.get(column);
    }

    /**
     * The cell as a positive number: 0 when an optional cell is empty, NaN (and a problem) when it is wrong.
     */
    private static double number(String file, List<Problem> problems, CSVRecord rec, long line, Map<String, Integer> columns,
                                 String column, boolean required, String expected) {
        Integer index = columns.get(column);
        String text = cell(rec, index);
        if (text.isEmpty()) {
            if (!required) return 0;
            problems.add(new Problem(file, (int) line, index + 1, column, "expected " + expected + ", got an empty cell"));
            return Double.NaN;
        }
        double v = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (!(v > 0) || Double.isInfinite(v)) {
            problems.add(new Problem(file, (int) line, index + 1, column, "expected " + expected + ", got '" + text + "'"));
            return Double.NaN;
        }
        return v;
    }

    private static Reader stripBom(Reader r) throws IOException {
        PushbackReader p = new PushbackReader(r, 1);
        int first = p.read();
        if (first != -1 && first != '\uFEFF') p.unread(first);
        return p;
    }
}
