package org.scalingexplorer.io.runs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Printable;
import org.scalingexplorer.io.files.InputFiles;
import org.scalingexplorer.io.files.LineLimit;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Curve;

/**
 * Training curves, one CSV per run and one row per logged step, in the layout of the paper's repository
 * ({@code step, training_loss, validation_loss, total_flops_profiler, theoretical_flops, tokens}). Files, or folders
 * read recursively (only {@code *.csv} in them). Runs are grouped into algorithms by folder, or by a name pattern's
 * first group; size and seed come from names like {@code 128_modern_40.csv} or {@code 64d_swiglu_456.csv}. What
 * cannot be used is counted by reason, never fatal: header-only files, files of another schema (a summary among the
 * curves), rows with {@code nan} or missing values; extra columns are ignored. Only a path that does not exist, or
 * more than the limits, stops the import.
 */
public final class CurvesReader {
    public static final int MAX_FILES = 20_000;
    public static final int MAX_DEPTH = 16;
    public static final long MAX_POINTS = 5_000_000;
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** A row of a training curve is a few numbers: a line of 64 Ki characters is far beyond any, and bounds a record's cells. */
    static final int MAX_LINE = 64 * 1024;
    private static final Pattern SIZE = Pattern.compile("^(\\d+)d?_");
    private static final Pattern SEED = Pattern.compile("^[^_]+_.+_(\\d+)$");

    public enum LossColumn {
        VALIDATION("validation_loss"), TRAINING("training_loss");

        public final String header;

        LossColumn(String header) {
            this.header = header;
        }

        public static LossColumn parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "validation" -> VALIDATION;
                case "training" -> TRAINING;
                default -> throw new IllegalArgumentException("--loss must be validation or training, got '" + s + "'");
            };
        }
    }

    public enum ComputeColumn {
        PROFILER("total_flops_profiler"), THEORETICAL("theoretical_flops");

        public final String header;

        ComputeColumn(String header) {
            this.header = header;
        }

        public static ComputeColumn parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "profiler" -> PROFILER;
                case "theoretical" -> THEORETICAL;
                default -> throw new IllegalArgumentException("--compute must be profiler or theoretical, got '" + s + "'");
            };
        }
    }

    /** A file given or found that is not read as a run, with why. */
    public record Skip(String file, String algorithm, String reason) {
    }

    /** Something changed in a file that was read: rows left out, a run cut where its compute falls, a step logged twice. */
    public record Note(String file, long line, String message) {
    }

    /** The files to read, and those found but not to be read (links, folders too deep, not regular, not CSV, given twice). */
    public record Plan(List<RunFile> files, List<Skip> skipped) {
        public Plan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * @param skipped  every file given or found that gave no run, with its path and reason, in the order met
     * @param notes    what was changed in the files that were read
     * @param rowsLeft by algorithm, the rows left out of files that were read, by reason
     */
    public record Result(List<Curve> curves, List<Skip> skipped, List<Note> notes, Map<String, Map<String, Integer>> rowsLeft, int filesSeen,
                         Set<String> columnsUsed) {
        public Result {
            curves = List.copyOf(curves);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
            columnsUsed = Collections.unmodifiableSet(new TreeSet<>(columnsUsed));
        }

        /**
         * The columns read, as the files name them ("run-7 - val/loss vs run-7 - flops (wandb layout)"), for provenance:
         * what was used, not the first of a preset's alternatives; {@code layout}'s own words when nothing was read.
         */
        public String columns(CurveLayout layout) {
            return columnsUsed.isEmpty() ? layout.describe() : String.join("; ", columnsUsed) + " (" + layout.preset() + " layout)";
        }

        /** The files skipped, by reason, in the order met. */
        public Map<String, List<String>> skippedByReason() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Skip k : skipped) out.computeIfAbsent(k.reason(), x -> new ArrayList<>()).add(k.file());
            return out;
        }

        /** Files skipped and rows left out, counted by reason, for one algorithm ("" for files no algorithm claimed). */
        public Map<String, Integer> counts(String algorithm) {
            Map<String, Integer> out = new TreeMap<>();
            for (Skip k : skipped) if (k.algorithm().equals(algorithm)) out.merge(k.reason(), 1, Integer::sum);
            rowsLeft.getOrDefault(algorithm, Map.of()).forEach((k, v) -> out.merge(k, v, Integer::sum));
            return out;
        }

        /** Everything skipped and left out, counted by reason over all algorithms. */
        public Map<String, Integer> skippedTotal() {
            Map<String, Integer> all = new TreeMap<>();
            for (Skip k : skipped) all.merge(k.reason(), 1, Integer::sum);
            rowsLeft.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
            return all;
        }
    }

    private CurvesReader() {
    }

    /**
     * One file to import as a run, with what its name says: the algorithm it belongs to ("" when the grouping
     * pattern did not match), its size (0 when none) and seed (-1 when none). The import table edits these.
     */
    public record RunFile(Path path, String algorithm, int size, long seed) {
        public RunFile {
            algorithm = algorithm == null ? "" : algorithm.trim();
        }

        public RunFile withAlgorithm(String a) {
            return new RunFile(path, a, size, seed);
        }

        public RunFile withSize(int s) {
            return new RunFile(path, algorithm, s, seed);
        }

        public RunFile withSeed(long s) {
            return new RunFile(path, algorithm, size, s);
        }
    }

    /** @param group a pattern whose first group names a file's algorithm; null to group by folder */
    public static Result read(List<Path> paths, LossColumn loss, ComputeColumn compute, NamePattern group) throws InputException {
        return read(plan(paths, group), CurveLayout.paper(loss, compute), null, null);
    }

    /**
     * The files under {@code paths}, each with the algorithm, size and seed its name and folder give (grouped by
     * folder, or by {@code group}'s first group on the file name without {@code .csv}), and the files met that are
     * not to be read, each with its reason. A path named directly is read whatever its name, through a link if it is
     * one; inside a folder only regular {@code .csv} files are, and links are not followed (a link is listed: name
     * its target to read it). A file reached twice (named twice, or a folder and a file in it) is read once.
     */
    public static Plan plan(List<Path> paths, NamePattern group) throws InputException {
        List<RunFile> out = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        Map<Path, Path> seen = new LinkedHashMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputException(p.toString(), Files.isSymbolicLink(p) ? "is a link to nothing; expected a CSV of a training run or a folder of them"
                        : "does not exist; expected a CSV of a training run or a folder of them");
            }
            if (Files.isDirectory(p)) {
                RunFinder.walk(p, group, out, skipped, seen);
            } else if (Files.isRegularFile(p)) {
                RunFinder.add(p, group, out, skipped, seen);
            } else {
                skipped.add(new Skip(p.toString(), "", "not a regular file (" + InputFiles.kind(p) + ")"));
            }
            if (out.size() > MAX_FILES) {
                throw new InputException(p.toString(), String.format(Locale.ROOT, "holds more than %,d CSV files; import fewer at a time", MAX_FILES));
            }
        }
        return new Plan(out, skipped);
    }

    /** What one file's folder or name says: its algorithm (by folder, or {@code group}'s first group; "" when it does not match), size and seed. */
    public static RunFile runFile(Path f, NamePattern group) {
        String stem = f.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        String algorithm;
        if (group != null) {
            algorithm = group.group(stem);
        } else {
            Path parent = f.toAbsolutePath().getParent();
            algorithm = parent == null || parent.getFileName() == null ? "runs" : parent.getFileName().toString();
        }
        Matcher size = SIZE.matcher(stem);
        Matcher seed = SEED.matcher(stem);
        return new RunFile(f, algorithm, size.find() ? parseInt(size.group(1)) : 0, seed.find() ? parseLong(seed.group(1)) : -1);
    }

    /** Reads a plan: its files in {@code layout}, its skipped files listed with those that give no run. */
    public static Result read(Plan plan, CurveLayout layout, IntConsumer progress, AtomicBoolean cancel)
            throws InputException {
        Result r = read(plan.files(), layout, progress, cancel);
        List<Skip> skipped = new ArrayList<>(plan.skipped());
        skipped.addAll(r.skipped());
        return new Result(r.curves(), skipped, r.notes(), r.rowsLeft(), r.filesSeen() + plan.skipped().size(), r.columnsUsed());
    }

    /**
     * Reads the planned files in {@code layout}; files without an algorithm are skipped.
     *
     * @param progress told the number of files read so far (may be null)
     * @param cancel   set it to stop: the call then throws {@link CancellationException} (may be null)
     */
    public static Result read(List<RunFile> files, CurveLayout layout, IntConsumer progress,
                              AtomicBoolean cancel) throws InputException {
        if (files.size() > MAX_FILES) {
            throw new InputException(files.get(0).path().toString(), String.format(Locale.ROOT, "is one of more than %,d CSV files; import fewer at a time", MAX_FILES));
        }
        List<Skip> skipped = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<String, Map<String, Integer>> rowsLeft = new TreeMap<>();
        List<Curve> curves = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        long points = 0;
        int done = 0;
        for (RunFile f : files) {
            if (cancel != null && cancel.get()) throw new CancellationException("import cancelled");
            Curve c = curve(f, layout, skipped, notes, rowsLeft, used);
            if (progress != null) progress.accept(++done);
            if (c == null) continue;
            points += c.points();
            if (points > MAX_POINTS) {
                throw new InputException(f.path().toString(), String.format(Locale.ROOT, "brings the import over %,d logged points; import fewer runs", MAX_POINTS));
            }
            curves.add(c);
        }
        return new Result(curves, skipped, notes, rowsLeft, files.size(), used);
    }

    private static Curve curve(RunFile run, CurveLayout layout, List<Skip> skipped, List<Note> notes, Map<String, Map<String, Integer>> rowsLeft,
                               Set<String> used) throws InputException {
        Path f = run.path();
        String file = f.toString();
        if (run.algorithm().isEmpty()) {
            skipped.add(new Skip(file, "", "name does not match the grouping pattern"));
            return null;
        }
        CurveRows rows = new CurveRows(file);
        String[] usedColumns = {""};
        try (Reader r = new LineLimit(InputFiles.openReader(f, MAX_FILE_BYTES, "a CSV of a training run", null), MAX_LINE);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).build())) {
            CurveLayout.Columns cols = layout.locate(p.getHeaderMap());
            if (cols.step() < 0 || cols.loss() < 0) {
                skipped.add(new Skip(file, run.algorithm(), "another schema (no " + layout.expected() + " columns)"));
                return null;
            }
            if (!layout.computable(cols)) {
                skipped.add(new Skip(file, run.algorithm(), "no compute (" + (layout.compute().isEmpty() ? "" : "no " + layout.compute().replace("|", " or ") + " column; ")
                        + "give the FLOPs per step)"));
                return null;
            }
            List<String> names = p.getHeaderNames();
            int width = names.size();
            String columns = names.get(cols.loss()) + " vs " + (cols.compute() >= 0 ? names.get(cols.compute())
                    : "step x " + Numbers.format(layout.flopsPerStep()) + " FLOP");
            usedColumns[0] = columns;
            // the model's size in parameters, where the file says it: a parameters column, or theoretical FLOPs and tokens (N = C / 6D)
            int paramsCol = CurveLayout.find(p.getHeaderMap(), "parameters|params|n_params|num_params");
            int flopsCol = CurveLayout.find(p.getHeaderMap(), "theoretical_flops");
            int tokensCol = CurveLayout.find(p.getHeaderMap(), "tokens");
            for (CSVRecord rec : p) {
                if (rec.size() > width) {
                    // which cell is which is no longer known: the row is left out, and counted
                    rows.left.merge("rows with more cells than the header", 1, Integer::sum);
                    continue;
                }
                double step = number(rec, cols.step());
                double c = cols.compute() >= 0 ? number(rec, cols.compute()) : step * layout.flopsPerStep();
                if (!rows.add(p.getCurrentLineNumber(), step, c, number(rec, cols.loss()))) break;
                rows.size(paramsCol < 0 ? Double.NaN : number(rec, paramsCol), paramsCol < 0 ? "" : names.get(paramsCol),
                        flopsCol < 0 || tokensCol < 0 ? Double.NaN : number(rec, flopsCol) / (6 * number(rec, tokensCol)));
            }
        } catch (InputException e) {
            skipped.add(new Skip(file, run.algorithm(), "unreadable (" + e.problems().get(0).message() + ")"));
            return null;
        } catch (IOException | RuntimeException e) {
            // not UTF-8 or too big (under the CSV parser, wrapped), or broken quoting: the file is skipped with what was wrong
            Throwable t = e;
            while (t != null && !(t instanceof InputFiles.NotUtf8) && !(t instanceof InputFiles.TooBig) && !(t instanceof LineLimit.TooLong)) t = t.getCause();
            String reason = t instanceof LineLimit.TooLong long_ ? "not a CSV of curves (" + long_.getMessage() + ")"
                    : t == null ? "not a well-formed CSV" + (e.getMessage() == null ? "" : " (" + Printable.escape(firstLine(e.getMessage())) + ")")
                    : "unreadable (" + InputFiles.problem(file, new UncheckedIOException((IOException) t)).problems().get(0).message() + ")";
            skipped.add(new Skip(file, run.algorithm(), reason));
            return null;
        }
        if (rows.compute.isEmpty()) {
            skipped.add(new Skip(file, run.algorithm(), rows.left.isEmpty() ? "no logged rows (header only)" : rows.unusable()));
            return null;
        }
        Map<String, Integer> left = rowsLeft.computeIfAbsent(run.algorithm(), k -> new TreeMap<>());
        rows.left.forEach((k, v) -> left.merge(k, v, Integer::sum));
        used.add(usedColumns[0]);
        notes.addAll(rows.notes);
        return new Curve(file, run.algorithm(), run.size(), run.seed(), rows.array(rows.compute), rows.array(rows.loss), rows.array(rows.step),
                rows.parameters, rows.parametersFrom);
    }


    /**
     * Why nothing could be read from {@code paths}, naming them, the files found and what became of each (at most a
     * few named), and the depth a folder is read to.
     */
    public static String nothingRead(List<Path> paths, Result read) {
        StringBuilder b = new StringBuilder("no training curves in ");
        b.append(String.join(", ", paths.stream().limit(3).map(Path::toString).toList())).append(paths.size() > 3 ? " and " + (paths.size() - 3) + " more" : "");
        b.append(String.format(Locale.ROOT, " (folders read %d levels deep): %s", MAX_DEPTH,
                read.skipped().isEmpty() ? "no files found" : "nothing there is a training curve"));
        int shown = 0;
        for (Skip k : read.skipped()) {
            if (shown++ == 5) {
                b.append(String.format(Locale.ROOT, "; and %d more", read.skipped().size() - 5));
                break;
            }
            b.append("; ").append(k.file()).append(": ").append(k.reason());
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** A cell as a number; NaN for {@code nan}, empty, missing or not a number. */
    private static double number(CSVRecord rec, int column) {
        if (column >= rec.size()) return Double.NaN;
        String s = rec.get(column);
        if (s.isEmpty()) return Double.NaN;
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
