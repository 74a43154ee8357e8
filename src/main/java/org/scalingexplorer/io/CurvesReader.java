package org.scalingexplorer.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    /**
     * @param skipped by algorithm (a file's folder or group; "" when its name matched no group), the files not used
     *                and the rows dropped from files that were, by reason
     */
    public record Result(List<Curve> curves, Map<String, Map<String, Integer>> skipped, int filesSeen) {
        /** Everything skipped, summed over algorithms. */
        public Map<String, Integer> skippedTotal() {
            Map<String, Integer> all = new TreeMap<>();
            skipped.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
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
    public static Result read(List<Path> paths, LossColumn loss, ComputeColumn compute, Pattern group) throws InputException {
        return read(plan(paths, group), CurveLayout.paper(loss, compute), null, null);
    }

    /**
     * The files under {@code paths} (see {@link #files}), each with the algorithm, size and seed its name and folder
     * give: grouped by folder, or by {@code group}'s first group on the file name (without {@code .csv}).
     */
    public static List<RunFile> plan(List<Path> paths, Pattern group) throws InputException {
        List<RunFile> out = new ArrayList<>();
        for (Path f : files(paths)) out.add(runFile(f, group));
        return out;
    }

    /** What one file's folder or name says: its algorithm (by folder, or {@code group}'s first group; "" when it does not match), size and seed. */
    public static RunFile runFile(Path f, Pattern group) {
        String stem = f.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        String algorithm;
        if (group != null) {
            Matcher m = group.matcher(stem);
            algorithm = m.find() && m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
        } else {
            Path parent = f.toAbsolutePath().getParent();
            algorithm = parent == null || parent.getFileName() == null ? "runs" : parent.getFileName().toString();
        }
        Matcher size = SIZE.matcher(stem);
        Matcher seed = SEED.matcher(stem);
        return new RunFile(f, algorithm, size.find() ? parseInt(size.group(1)) : 0, seed.find() ? parseLong(seed.group(1)) : -1);
    }

    /**
     * Reads the planned files in {@code layout}; files without an algorithm are skipped.
     *
     * @param progress told the number of files read so far (may be null)
     * @param cancel   set it to stop: the call then throws {@link java.util.concurrent.CancellationException} (may be null)
     */
    public static Result read(List<RunFile> files, CurveLayout layout, java.util.function.IntConsumer progress,
                              java.util.concurrent.atomic.AtomicBoolean cancel) throws InputException {
        if (files.size() > MAX_FILES) {
            throw new InputException(files.get(0).path().toString(), String.format(Locale.ROOT, "is one of more than %,d CSV files; import fewer at a time", MAX_FILES));
        }
        Map<String, Map<String, Integer>> skipped = new TreeMap<>();
        List<Curve> curves = new ArrayList<>();
        long points = 0;
        int done = 0;
        for (RunFile f : files) {
            if (cancel != null && cancel.get()) throw new java.util.concurrent.CancellationException("import cancelled");
            Curve c = curve(f, layout, skipped);
            if (progress != null) progress.accept(++done);
            if (c == null) continue;
            points += c.points();
            if (points > MAX_POINTS) {
                throw new InputException(f.path().toString(), String.format(Locale.ROOT, "brings the import over %,d logged points; import fewer runs", MAX_POINTS));
            }
            curves.add(c);
        }
        return new Result(curves, skipped, files.size());
    }

    /** The CSV files named, or found (sorted) in the folders named. */
    static List<Path> files(List<Path> paths) throws InputException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p, MAX_DEPTH)) {
                    s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                            .limit(MAX_FILES + 1L).sorted().forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(p.toString(), "cannot be read as a folder of runs: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new InputException(p.toString(), "does not exist; expected a CSV of a training run or a folder of them");
            }
            if (out.size() > MAX_FILES) {
                throw new InputException(p.toString(), String.format(Locale.ROOT, "holds more than %,d CSV files; import fewer at a time", MAX_FILES));
            }
        }
        return out;
    }

    private static Curve curve(RunFile run, CurveLayout layout, Map<String, Map<String, Integer>> skippedBy) throws InputException {
        Path f = run.path();
        if (run.algorithm().isEmpty()) {
            skippedBy.computeIfAbsent("", k -> new TreeMap<>()).merge("name does not match the grouping pattern", 1, Integer::sum);
            return null;
        }
        Map<String, Integer> skipped = skippedBy.computeIfAbsent(run.algorithm(), k -> new TreeMap<>());
        List<double[]> rows = new ArrayList<>();
        Map<String, Integer> fileDropped = new LinkedHashMap<>();
        try (Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                InputFiles.openText(f, MAX_FILE_BYTES, "a CSV of a training run"), StandardCharsets.UTF_8), 1 << 16);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).build())) {
            CurveLayout.Columns cols = layout.locate(p.getHeaderMap());
            if (cols.step() < 0 || cols.loss() < 0) {
                skipped.merge("another schema (no " + layout.expected() + " columns)", 1, Integer::sum);
                return null;
            }
            if (!layout.computable(cols)) {
                skipped.merge("no compute (" + (layout.compute().isEmpty() ? "" : "no " + layout.compute().replace("|", " or ") + " column; ")
                        + "give the FLOPs per step)", 1, Integer::sum);
                return null;
            }
            for (CSVRecord rec : p) {
                double c = cols.compute() >= 0 ? number(rec, cols.compute()) : number(rec, cols.step()) * layout.flopsPerStep();
                double l = number(rec, cols.loss());
                if (Double.isNaN(c) || Double.isNaN(l)) {
                    fileDropped.merge("rows with nan or missing values", 1, Integer::sum);
                } else if (!(c > 0) || !(l > 0)) {
                    fileDropped.merge("rows with a loss or compute not above 0", 1, Integer::sum);
                } else {
                    rows.add(new double[] {c, l});
                }
            }
        } catch (InputException e) {
            skipped.merge("unreadable (" + e.problems().get(0).message() + ")", 1, Integer::sum);
            return null;
        } catch (IOException | RuntimeException e) {
            // not UTF-8 or too big (under the CSV parser, wrapped), or broken quoting: the file is skipped with what was wrong
            Throwable t = e;
            while (t != null && !(t instanceof InputFiles.NotUtf8) && !(t instanceof InputFiles.TooBig)) t = t.getCause();
            String reason = t == null ? "not a well-formed CSV"
                    : "unreadable (" + InputFiles.problem(f.toString(), new UncheckedIOException((IOException) t)).problems().get(0).message() + ")";
            skipped.merge(reason, 1, Integer::sum);
            return null;
        }
        if (rows.isEmpty()) {
            skipped.merge(fileDropped.isEmpty() ? "no logged rows (header only)" : "no usable rows (all nan or missing)", 1, Integer::sum);
            return null;
        }
        fileDropped.forEach((k, v) -> skipped.merge(k, v, Integer::sum));
        return new Curve(f.toString(), run.algorithm(), run.size(), run.seed(),
                rows.stream().mapToDouble(x -> x[0]).toArray(), rows.stream().mapToDouble(x -> x[1]).toArray());
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
