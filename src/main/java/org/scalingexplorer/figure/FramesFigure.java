package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.CegMatrix;
import org.scalingexplorer.model.CegResult;
import org.scalingexplorer.model.Comparability;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ReferenceFrames;
import org.scalingexplorer.render.YearData;

/**
 * The reference frames: the frontier sequence's CEG against each reference over the years, with its growth; and the
 * pairwise CEG matrix at the compute cursor with its transitivity defects.
 */
public final class FramesFigure {
    /** A defect further than this from 1 (as |ln d|, about 1%) is highlighted. */
    public static final double DEFECT_TOLERANCE = Math.log(1.01);
    /** The matrix is for reading, not scrolling: beyond this many algorithms it is not drawn. */
    public static final int MATRIX_LIMIT = 12;
    /**
     * The last year the frames chart shows: the attribution's, so the two charts a talk shows side by side end
     * together (the frames command's table goes on to 2028 by default).
     */
    public static final double CHART_TO = AttributionFigure.TO;

    /** One reference in the table: where the frontier stands against it and how fast it moves away. */
    public record FrameRow(String id, String name, String color, String cegLastYear, String averageGrowth, String growthLastYear,
                           double averageGrowthValue) {
    }

    /**
     * The pairwise matrix: {@code cells[r][c]} is the CEG of algorithm c against reference r; {@code defects[r][c]}
     * the largest |ln defect| over the triples r -> b -> c (0 when CEGs compose), {@code notes[r][c]} says which.
     */
    public record Matrix(List<String> names, String[][] cells, double[][] defects, String[][] notes, String summary) {
        public boolean highlighted(int r, int c) {
            return defects[r][c] > DEFECT_TOLERANCE;
        }

        /**
         * The cell's defect on a graded scale by the factor it is off, max(d, 1/d): 0 within 1% (composes), 1 up to
         * x1.5, 2 up to x10, 3 beyond.
         */
        public int grade(int r, int c) {
            double off = Math.exp(defects[r][c]);
            return !highlighted(r, c) ? 0 : off <= 1.5 ? 1 : off <= 10 ? 2 : 3;
        }
    }

    private FramesFigure() {
    }

    /** The frames chart and its table; the plot is null when the dataset has no compute trend. */
    public record Frames(YearData.Plot plot, List<FrameRow> rows) {
    }

    /**
     * The frontier models of each year measured against every algorithm, the chosen one bold, over 2012-2025; the
     * table's row per reference with its CEG in 2025 and its growth.
     */
    public static Frames frames(FigureState s) {
        Dataset d = s.dataset();
        if (d.trend().isEmpty()) return new Frames(null, List.of());
        ReferenceFrames f = frames(s, d);
        String chosenId = s.framesReference();
        double[] years = AttributionFigure.years(CHART_TO);
        int n = years.length;
        List<YearData.Line> lines = new ArrayList<>();
        List<FrameRow> newRows = new ArrayList<>();
        double lo = 1;
        double hi = 1;
        YearData.Line chosen = null;
        int last = (int) AttributionFigure.TO;
        int first = (int) AttributionFigure.FROM;
        for (int i = 0; i < d.algorithms().size(); i++) {
            Algorithm a = d.algorithms().get(i);
            double[] cegs = new double[n];
            for (int k = 0; k < n; k++) {
                cegs[k] = f.frontier(a.id(), years[k]).ceg().orElse(Double.NaN);
                if (Double.isFinite(cegs[k])) {
                    lo = Math.min(lo, cegs[k]);
                    hi = Math.max(hi, cegs[k]);
                }
            }
            boolean isChosen = a.id().equals(chosenId);
            // placed through the baseline on scales only assumed comparable: every number of this frame says so
            String assumed = f.assumption(a.id()).isPresent() ? " (scales assumed comparable)" : "";
            YearData.Line line = new YearData.Line(a.id(), "against " + a.name() + (a.whatIf() ? " (what-if)" : "") + assumed, s.colorOf(a), cegs,
                    !isChosen, isChosen ? 3 : 1.2);
            if (isChosen) chosen = line;
            else lines.add(line);
            ReferenceFrames.Point end = f.frontier(a.id(), last);
            OptionalDouble start = f.frontier(a.id(), first).ceg();
            double average = end.ceg().isPresent() && start.isPresent()
                    ? Math.pow(end.ceg().getAsDouble() / start.getAsDouble(), 1.0 / (last - first)) : Double.NaN;
            newRows.add(new FrameRow(a.id(), a.name() + (a.whatIf() ? " (what-if)" : "") + assumed, s.colorOf(a),
                    end.ceg().isPresent() ? Numbers.times(end.ceg().getAsDouble()) : "unreachable",
                    Double.isFinite(average) ? Numbers.format(average) + "×/yr" : "-",
                    end.annualGrowth().isPresent() ? Numbers.format(end.annualGrowth().getAsDouble()) + "×/yr" : "-",
                    average));
        }
        // the chosen reference is drawn last, on top
        if (chosen != null) lines.add(chosen);
        String name = d.findAlgorithm(chosenId).map(Algorithm::name).orElse("?");
        ComputeTrend trend = d.requireTrend();
        // the chosen reference's values that rest on laws beyond their runs
        boolean[] extrapolated = new boolean[n];
        if (d.findAlgorithm(chosenId).isPresent()) {
            for (int k = 0; k < n; k++) extrapolated[k] = Extrapolation.beyond(f.extrapolation(chosenId, years[k]));
        }
        return new Frames(new YearData.Plot("The frontier models of each year, measured against " + name + " (bold) and every other reference",
                "CEG of the frontier model (×, log scale)", years, List.of(), lines, List.of(), Math.max(lo / 2, 1e-8), hi * 2,
                y -> Numbers.format(trend.compute(y)), null, List.of(), extrapolated)
                // the top axis at round computes (10^15, 10^16, ...), as the attribution chart's
                .withTopYear(k -> trend.year(Math.pow(10, k))), newRows);
    }

    private static ReferenceFrames frames(FigureState s, Dataset d) {
        return new ReferenceFrames(d, s.excluded(), s.anchor());
    }

    /** "2022.8 (1.00e22 FLOP): the frontier model's CEG against LSTM is 6585×, growing 1.67×/yr between innovations". */
    public static String readout(FigureState s) {
        Dataset d = s.dataset();
        if (d.trend().isEmpty()) return "This dataset has no compute trend: the frontier sequence, and so its reference frames, are undefined.";
        double year = s.year();
        String id = s.framesReference();
        ReferenceFrames.Point p = frames(s, d).frontier(id, year);
        String name = d.findAlgorithm(id).map(Algorithm::name).orElse("?");
        String ceg = p.ceg().isPresent() ? Numbers.times(p.ceg().getAsDouble()) : "unreachable";
        String growth = p.annualGrowth().isPresent()
                ? "growing " + Numbers.format(p.annualGrowth().getAsDouble()) + "×/yr between innovations"
                : "growth undefined";
        return String.format(Locale.ROOT, "%.1f (%s FLOP): the frontier model's CEG against %s is %s, %s", year,
                Numbers.format(p.compute()), name, ceg, growth);
    }

    /** The pairwise CEG matrix at the compute cursor, with its transitivity defects; null cells beyond {@link #MATRIX_LIMIT}. */
    public static Matrix matrix(FigureState s) {
        Dataset dataset = s.dataset();
        List<Algorithm> all = dataset.algorithms();
        if (all.size() > MATRIX_LIMIT) {
            return new Matrix(List.of(), new String[0][0], new double[0][0], new String[0][0],
                    all.size() + " algorithms: the matrix shows at most " + MATRIX_LIMIT + ".");
        }
        double c = s.compute();
        CegMatrix m = new CegMatrix(dataset, all, s.anchor(), c);
        int n = all.size();
        String[][] cells = new String[n][n];
        double[][] defects = new double[n][n];
        String[][] notes = new String[n][n];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < n; k++) {
                CegResult cell = m.cell(r, k);
                // losses on different scales: no CEG, and the hover says why
                Comparability same = dataset.comparability(all.get(r), all.get(k));
                cells[r][k] = cell == null ? "—" : (cell.unreachable() ? "unreachable" : Numbers.times(cell.value()))
                        + (same.assumed() ? " *" : "");
                notes[r][k] = m.notComparable(r, k).orElse("");
            }
        }
        double worst = 0;
        String worstText = "";
        for (CegMatrix.Defect x : m.defects()) {
            if (x.value().isEmpty()) continue;
            double ln = Math.abs(Math.log(x.value().getAsDouble()));
            int a = index(all, x.a());
            int cc = index(all, x.c());
            if (ln > defects[a][cc]) {
                defects[a][cc] = ln;
                notes[a][cc] = String.format(Locale.ROOT, "via %s: CEG(%s→%s) × CEG(%s→%s) / CEG(%s→%s) = %s, off ×%s",
                        name(all, x.b()), name(all, x.a()), name(all, x.b()), name(all, x.b()), name(all, x.c()), name(all, x.a()), name(all, x.c()),
                        Numbers.format(x.value().getAsDouble()), Numbers.format(Math.exp(ln)));
            }
            if (ln > worst) {
                worst = ln;
                worstText = String.format(Locale.ROOT, "%s → %s → %s, off ×%s", name(all, x.a()), name(all, x.b()), name(all, x.c()),
                        Numbers.format(Math.exp(ln)));
            }
        }
        // a cell resting on scales only assumed comparable says so first in its hover
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < n; k++) {
                Comparability same = dataset.comparability(all.get(r), all.get(k));
                if (same.assumed()) notes[r][k] = "* " + same.reason() + (notes[r][k].isEmpty() ? "" : "\n" + notes[r][k]);
            }
        }
        String summary = "Row = reference, column = candidate, at " + Numbers.format(c) + " FLOP, anchored at the "
                + s.anchor().id() + ". "
                + (worst > DEFECT_TOLERANCE ? "Highlighted cells do not compose through a third algorithm at this one compute (shaded by how far"
                + " off); the largest is " + worstText + ". Chained through matched computes instead, CEGs compose exactly: they differ only"
                + " because every pair is evaluated at the same compute."
                : "Every CEG composes (defects within 1%).") + " A dash: losses on different scales, no CEG."
                + (all.stream().anyMatch(x -> all.stream().anyMatch(y -> dataset.comparability(x, y).assumed()))
                ? " *: loss scales assumed comparable (a what-if, Algorithms > Loss Scales)." : "");
        return new Matrix(all.stream().map(Algorithm::name).toList(), cells, defects, notes, summary);
    }

    private static int index(List<Algorithm> all, String id) {
        for (int i = 0; i < all.size(); i++) if (all.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException(id);
    }

    private static String name(List<Algorithm> all, String id) {
        return all.get(index(all, id)).name();
    }
}
