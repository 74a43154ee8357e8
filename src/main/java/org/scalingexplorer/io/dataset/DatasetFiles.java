package org.scalingexplorer.io.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.io.json.JsonChecks;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Run;

/** Opens what a user drops on the window or picks in File > Open: a dataset, or a CSV of runs for the current one. */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * Writes {@code d} in the dataset format: to a temporary file in the same folder, then moved over the target in
     * one step, so a failure never leaves a half-written file where the old one was.
     */
    public static void write(Path file, Dataset d) throws IOException {
        AtomicFiles.writeString(file, DatasetWriter.toJson(d));
    }

    public static boolean isRunsCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * The dataset to show after opening {@code file}: the file's own dataset, or {@code current} with the runs of a
     * CSV attached to the algorithms they name (replacing their runs). Nothing changes unless all of it is valid.
     */
    public static Dataset open(Path file, Dataset current) throws InputException {
        return open(file, current, p -> { });
    }

    /** The same, telling {@code progress} (0 to 1) how far through a runs CSV reading has got. */
    public static Dataset open(Path file, Dataset current, DoubleConsumer progress) throws InputException {
        if (!isRunsCsv(file)) return DatasetReader.read(file);
        Map<String, List<Run>> runs = RunsCsvReader.read(file, progress);
        List<Problem> unknown = new ArrayList<>();
        for (String id : runs.keySet()) {
            if (current.findAlgorithm(id).isEmpty()) {
                unknown.add(new Problem(file.toString(), 0, 0, "algorithm", "no algorithm \"" + id + "\" in the dataset on screen"
                        + JsonChecks.hint(id, new LinkedHashSet<>(current.algorithms().stream().map(Algorithm::id).toList()))));
            }
        }
        if (!unknown.isEmpty()) throw new InputException(file.toString(), unknown);
        Dataset d = current;
        for (Map.Entry<String, List<Run>> e : runs.entrySet()) d = d.mapAlgorithm(e.getKey(), a -> a.withRuns(e.getValue()));
        return d;
    }
}
