package org.scalingexplorer.io.runs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.files.InputFiles;
import org.scalingexplorer.io.files.LineLimit;
import org.scalingexplorer.model.fit.NotableModel;

/**
 * Epoch AI's CSV of ML systems as exported (quoted multi-line fields, commas inside fields, empty cells). Uses the
 * columns {@code Model}, {@code Publication date}, {@code Training compute (FLOP)}, {@code Parameters} and
 * {@code Domain}; a row that cannot be used is counted under its reason, never dropped silently.
 */
public final class EpochCsvReader {
    static final String MODEL = "Model";
    static final String DATE = "Publication date";
    static final String COMPUTE = "Training compute (FLOP)";
    static final String PARAMS = "Parameters";
    static final String DOMAIN = "Domain";
    /** Epoch AI's own selection: a model is notable by their criteria when this cell is filled. */
    static final String NOTABILITY = "Notability criteria";

    /** The usable models, and the rest counted by reason. */
    public record Result(List<NotableModel> models, Map<String, Integer> skipped, int records) {
    }

    private EpochCsvReader() {
    }

    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Records read at most: Epoch AI's database has about 2,000; the models kept take about 200 bytes each. */
    static final int MAX_RECORDS = 200_000;

    public static Result read(Path file) throws InputException {
        // its quoted notes run over lines; a physical line of 1 Mi characters is past any, and bounds a record
        try (Reader r = new LineLimit(InputFiles.openReader(file, MAX_BYTES, "Epoch AI's CSV of ML systems", null), 1 << 20)) {
            return read(file.toString(), r);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LineLimit.TooLong t) {
                throw new InputException(file.toString(), List.of(new Problem(file.toString(), (int) Math.min(Integer.MAX_VALUE, t.line), t.limit + 1, "", t.getMessage())));
            }
            throw InputFiles.problem(file.toString(), e);
        } catch (LineLimit.TooLong t) {
            throw new InputException(file.toString(), List.of(new Problem(file.toString(), (int) Math.min(Integer.MAX_VALUE, t.line), t.limit + 1, "", t.getMessage())));
        } catch (IOException e) {
            throw InputFiles.problem(file.toString(), e);
        }
    }

    public static Result read(String name, String text) throws InputException {
        try {
            return read(name, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result read(String name, Reader reader) throws IOException, InputException {
        List<NotableModel> models = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int records = 0;
        // FastCSV: a cold parse of Epoch AI's 4 MB export in a fraction of Commons CSV's time, which `trend` is mostly made of;
        // every record must have the header's cells (an unclosed quote swallows the rows after it: that is refused)
        Picked picked = new Picked();
        try (CsvReader<String[]> csv = CsvReader.builder().skipEmptyLines(true).maxBufferSize(1 << 22).build(picked, reader)) {
            Iterator<String[]> rows = csv.iterator();
            if (!rows.hasNext()) throw new InputException(name, List.of(new Problem(name, 1, 0, "", "empty; expected Epoch AI's export with a header row")));
            Map<String, Integer> header = new HashMap<>();
            String[] names = rows.next();
            for (int i = 0; i < names.length; i++) header.putIfAbsent(names[i].trim(), i);
            List<Problem> missing = new ArrayList<>();
            for (String c : List.of(MODEL, DATE, COMPUTE)) {
                if (!header.containsKey(c)) missing.add(new Problem(name, 1, 0, c, "missing column '" + c + "'; expected Epoch AI's export with "
                        + MODEL + ", " + DATE + " and " + COMPUTE));
            }
            if (!missing.isEmpty()) throw new InputException(name, missing);
            picked.keep(header, USED);
            while (rows.hasNext()) {
                String[] rec = rows.next();
                if (++records > MAX_RECORDS) {
                    throw new InputException(name, List.of(new Problem(name, (int) Math.min(Integer.MAX_VALUE, picked.line()), 1, "",
                            String.format(Locale.ROOT, "more than %,d records; Epoch AI's database has a few thousand", MAX_RECORDS))));
                }
                String model = rec[0];
                String date = rec[1];
                String compute = rec[2];
                String reason = null;
                double c = Double.NaN;
                LocalDate d = null;
                if (compute.isEmpty()) {
                    reason = "no training compute";
                } else {
                    c = number(compute);
                    if (!(c > 0) || Double.isInfinite(c)) reason = "training compute not a positive number";
                }
                if (reason == null) {
                    if (date.isEmpty()) {
                        reason = "no publication date";
                    } else {
                        d = isoDate(date);
                        if (d == null) reason = "publication date not a date (YYYY-MM-DD)";
                    }
                }
                if (reason == null && model.isEmpty()) reason = "no model name";
                if (reason != null) {
                    skipped.merge(reason, 1, Integer::sum);
                    continue;
                }
                double params = number(rec[3]);
                models.add(new NotableModel(model, d, c, params > 0 ? params : Double.NaN, rec[4], !rec[5].isEmpty()));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof InputFiles.NotUtf8 || e.getCause() instanceof InputFiles.TooBig) throw InputFiles.problem(name, e);
            throw new InputException(name, List.of(RunsCsvReader.csvProblem(name, e.getCause())));
        } catch (CsvParseException e) {
            throw new InputException(name, List.of(parseProblem(name, e)));
        }
        return new Result(models, skipped, records);
    }

    /**
     * An ISO date, YYYY-MM-DD, as {@link LocalDate#parse} reads it (null where that refuses it), without the formatter
     * machinery: its first use costs a cold {@code trend} about a tenth of its time. {@link LocalDate#of} checks the day.
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static final Pattern AT_LINE = Pattern.compile("(?:starting at|started at|started in|in) line (\\d+)");
    private static final Pattern CELLS = Pattern.compile("has (\\d+) fields, but first record had (\\d+) fields");

    /** FastCSV names the line a bad record starts on in its message; the problem says it in words, at that line. */
    private static Problem parseProblem(String name, CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LineLimit.TooLong) return RunsCsvReader.csvProblem(name, t);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) if (t.getMessage() != null) m = m + ": " + t.getMessage();
        Matcher at = AT_LINE.matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1)) : 0;
        Matcher cells = CELLS.matcher(m);
        String what = cells.find()
                ? "this row has " + cells.group(1) + " cell(s) where the header has " + cells.group(2)
                  + " (a quoted cell whose closing quote never comes takes in the rows after it)"
                : m.replaceFirst("^Exception when reading record that started in line \\d+: ", "");
        return new Problem(name, Math.max(line, 1), line > 0 ? 1 : 0, "", "not valid CSV: " + what);
    }

    /** The columns used, in the order {@link Picked} gives their cells. */
    private static final List<String> USED = List.of(MODEL, DATE, COMPUTE, PARAMS, DOMAIN, NOTABILITY);

    /**
     * The header's cells, then only the used columns' cells of each record, trimmed ("" where the column or the cell
     * is missing): FastCSV makes no string of the others, most of the export's 4 MB (notes, sources, abstracts).
     * FastCSV still counts every record's cells against the header's.
     */
    private static final class Picked extends AbstractBaseCsvCallbackHandler<String[]> {
        private List<String> all = new ArrayList<>();
        /** For each column, its place among the used ones, or -1; null while the header is read. */
        private int[] slot;
        private int used;
        private String[] cells;

        void keep(Map<String, Integer> header, List<String> columns) {
            slot = new int[header.values().stream().mapToInt(i -> i + 1).max().orElse(0)];
            Arrays.fill(slot, -1);
            for (int k = 0; k < columns.size(); k++) {
                Integer i = header.get(columns.get(k));
                if (i != null) slot[i] = k;
            }
            used = columns.size();
            all = null;
        }

        long line() {
            return getStartingLineNumber();
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            if (slot == null) {
                all = new ArrayList<>();
            } else {
                cells = new String[used];
                Arrays.fill(cells, "");
            }
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
            if (slot == null) {
                all.add(new String(buf, offset, length));
            } else if (index < slot.length && slot[index] >= 0) {
                cells[slot[index]] = new String(buf, offset, length).trim();
            }
        }

        @Override
        protected String[] buildRecord() {
            return slot == null ? all.toArray(new String[0]) : cells;
        }
    }

    private static double number(String text) {
        if (text.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
