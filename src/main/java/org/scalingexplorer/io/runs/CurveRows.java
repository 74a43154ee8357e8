package org.scalingexplorer.io.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scalingexplorer.model.Numbers;

/**
 * The rows of one run as they are read: rows with a value missing or not above 0 are left out and counted; a step
 * logged again with the same values is left out, with other values it is flagged and the first kept; where the
 * compute or the step falls (a restarted log, a counter reset) the run is cut, and that is said with the line.
 */
final class CurveRows {
    static final String NAN = "rows with nan or missing values";
    static final String NOT_POSITIVE = "rows with a loss or compute not above 0";
    final String file;
    final List<Double> step = new ArrayList<>();
    final List<Double> compute = new ArrayList<>();
    final List<Double> loss = new ArrayList<>();
    final Map<String, Integer> left = new LinkedHashMap<>();
    final List<CurvesReader.Note> notes = new ArrayList<>();
    long lastLine;
    /** The model's parameter count as the file gives it (its last row); NaN when it does not. */
    double parameters = Double.NaN;
    String parametersFrom = "";

    CurveRows(String file) {
        this.file = file;
    }

    /** Takes one row; false when the run is cut here and no more rows are to be read. */
    boolean add(long line, double s, double c, double l) {
        if (Double.isNaN(c) || Double.isNaN(l)) {
            left.merge(NAN, 1, Integer::sum);
            return true;
        }
        if (!(c > 0) || !(l > 0)) {
            left.merge(NOT_POSITIVE, 1, Integer::sum);
            return true;
        }
        int n = compute.size();
        if (n > 0) {
            double ps = step.get(n - 1);
            double pc = compute.get(n - 1);
            if (!Double.isNaN(s) && s == ps) {
                if (c == pc && l == loss.get(n - 1)) {
                    left.merge("repeated rows", 1, Integer::sum);
                } else {
                    notes.add(new CurvesReader.Note(file, line, String.format(Locale.ROOT, "step %s logged again with other values (first at line %d): the first is kept",
                            trim(s), lastLine)));
                    left.merge("steps logged twice with other values", 1, Integer::sum);
                }
                return true;
            }
            if (c < pc || (!Double.isNaN(s) && !Double.isNaN(ps) && s < ps)) {
                notes.add(new CurvesReader.Note(file, line, c < pc
                        ? String.format(Locale.ROOT, "the compute falls here (from %s to %s FLOP): the run is cut before this line",
                        Numbers.format(pc), Numbers.format(c))
                        : String.format(Locale.ROOT, "the step falls here (from %s to %s): the run is cut before this line", trim(ps), trim(s))));
                return false;
            }
        }
        step.add(s);
        compute.add(c);
        loss.add(l);
        lastLine = line;
        return true;
    }

    /**
     * Takes a row's model size: its parameters column ({@code column} its name, NaN when the file has none), else its
     * theoretical FLOPs over 6 x tokens (NaN when it cannot be had); the last row that gives one wins.
     */
    void size(double params, String column, double fromFlops) {
        if (params > 0 && Double.isFinite(params)) {
            parameters = params;
            parametersFrom = "the " + column + " column";
        } else if (column.isEmpty() && fromFlops > 0 && Double.isFinite(fromFlops)) {
            parameters = fromFlops;
            parametersFrom = "theoretical FLOPs / (6 x tokens)";
        }
    }

    /** Why a file whose every row was left out gives no run. */
    String unusable() {
        boolean nan = left.containsKey(NAN);
        boolean nonPositive = left.containsKey(NOT_POSITIVE);
        if (nan && !nonPositive) return "no usable rows (all nan or missing)";
        if (nonPositive && !nan) return "no usable rows (no row has a loss and a compute above 0)";
        return "no usable rows (each is nan, missing or not above 0)";
    }

    double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
