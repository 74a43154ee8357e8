package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.CegResult;
import org.scalingexplorer.model.Comparability;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.render.ChartData;

/**
 * The explorer's figures: loss against compute (each law solid over its runs, dashed beyond, with its bootstrap band),
 * the CEG against the reference across compute, and what the compute cursor adds to both, with the CEG table.
 */
public final class ExplorerFigure {
    /** Samples per curve: smooth at any window width, cheap to draw. */
    public static final int SAMPLES = 240;

    private ExplorerFigure() {
    }

    /** The compute range, as whole decades {lo, hi}: 1e12 to 1e28 at least, widened to every run. */
    public static double[] decades(Dataset d) {
        double lo = 12;
        double hi = 28;
        for (Algorithm a : d.algorithms()) {
            for (Run r : a.runs()) {
                lo = Math.min(lo, Math.floor(Math.log10(r.compute())));
                hi = Math.max(hi, Math.ceil(Math.log10(r.compute())));
            }
        }
        return new double[] {lo, hi};
    }

    /** Every algorithm's loss across the compute range, with its runs and (for fitted laws) its bootstrap band. */
    public static ChartData.Plot loss(FigureState s) {
        Dataset d = s.dataset();
        double[] range = decades(d);
        double lo = range[0];
        double hi = range[1];
        double[] grid = CegCurves.logGrid(Math.pow(10, lo), Math.pow(10, hi), SAMPLES);
        List<ChartData.Series> series = new ArrayList<>();
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = 0;
        for (Algorithm a : d.algorithms()) {
            double[] ys = CegCurves.losses(a.law(), grid);
            ChartData.Band band = s.uncertainty().lossBand(a.id(), grid).map(b -> new ChartData.Band(grid, b[0], b[1])).orElse(null);
            // a law on another loss scale than the reference's shares the axis but not its meaning: dotted (unless the user
            // styled it), and its legend says on what data its loss was measured
            boolean otherScale = !d.comparability(s.reference(), a).comparable();
            String scale = d.lossScale(a.lossScale()).name();
            String badge = otherScale ? (scale.contains(" (") ? scale.substring(0, scale.indexOf(" (")) : scale) + " scale"
                    : a.whatIf() ? "what-if" : band != null ? "fit" : "";
            LineStyle style = otherScale && a.style().dash() == LineStyle.Dash.SOLID
                    ? new LineStyle(LineStyle.Dash.DOTTED, a.style().width()) : a.style();
            series.add(new ChartData.Series(a.id(), a.name(), s.colorOf(a), splitByRange(a.law(), grid, ys),
                    a.runs().stream().mapToDouble(Run::compute).toArray(), a.runs().stream().mapToDouble(Run::loss).toArray(),
                    badge, band, style));
            double top = a.law().runsRange().or(() -> a.law().fittedRange()).map(r -> a.law().loss(r.min())).orElse(a.law().loss(Math.pow(10, lo)));
            yMax = Math.max(yMax, top);
            for (double y : ys) yMin = Math.min(yMin, y);
            for (Run r : a.runs()) {
                yMin = Math.min(yMin, r.loss());
                yMax = Math.max(yMax, r.loss());
            }
        }
        return new ChartData.Plot(lossTitle(s.reference(), s.anchor()), "Training compute (FLOP)", "Loss (" + d.metadata().lossUnit() + ")", series,
                Math.pow(10, lo), Math.pow(10, hi), yMin / 1.04, yMax * 1.04, List.of(), Double.NaN);
    }

    /** Solid over the fitted range, dashed outside it. */
    private static List<ChartData.Line> splitByRange(ScalingLaw law, double[] xs, double[] ys) {
        boolean[] outside = new boolean[xs.length];
        for (int i = 0; i < xs.length; i++) outside[i] = law.isExtrapolated(xs[i]);
        return ChartData.splitByFlag(xs, ys, outside);
    }

    /** The CEG of every comparable algorithm against the reference across the loss chart's compute range, with crossovers. */
    public static ChartData.Plot ceg(FigureState s, ChartData.Plot loss) {
        Dataset d = s.dataset();
        Algorithm ref = s.reference();
        Anchor anchor = s.anchor();
        double[] grid = CegCurves.logGrid(loss.xMin(), loss.xMax(), SAMPLES);
        List<ChartData.Series> series = new ArrayList<>();
        double yMin = 1;
        double yMax = 1;
        for (Algorithm a : d.algorithms()) {
            // a law on another loss scale has no CEG against the reference: its loss curve is drawn, no CEG curve
            if (a == ref || !d.comparability(ref, a).comparable()) continue;
            double[] ys = CegCurves.cegs(ref.law(), a.law(), anchor, grid);
            boolean[] extrapolated = CegCurves.cegExtrapolated(ref.law(), a.law(), anchor, grid);
            // a CEG between scales only assumed comparable says so in its legend
            String name = a.name() + (d.comparability(ref, a).assumed() ? " (scales assumed comparable)" : "");
            series.add(new ChartData.Series(a.id(), name, s.colorOf(a), ChartData.splitByFlag(grid, ys, extrapolated), new double[0], new double[0],
                    a.whatIf() ? "what-if" : "").styled(a.style()));
            for (double y : ys) {
                if (y > 0 && Double.isFinite(y)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        yMin = Math.max(yMin, 1e-8);
        yMax = Math.min(yMax, 1e14);
        List<ChartData.Marker> markers = new ArrayList<>();
        List<Algorithm> comparable = d.algorithms().stream().filter(a -> d.comparability(ref, a).comparable()).toList();
        for (CegCurves.Crossover x : CegCurves.crossovers(comparable, ref, anchor, loss.xMin(), loss.xMax())) {
            String other = x.first().equals(ref.id()) ? x.second() : x.second().equals(ref.id()) ? x.first() : null;
            String label = other != null
                    ? d.algorithm(other).name() + " overtakes " + ref.name() + " at " + Numbers.format(x.compute())
                    : "crossover at " + Numbers.format(x.compute());
            markers.add(new ChartData.Marker(x.compute(), Double.isFinite(x.ceg()) ? x.ceg() : 1, Palette.MUTED, label));
        }
        return new ChartData.Plot("CEG against " + ref.name() + " across compute, anchored at the " + anchor.id()
                + " (flat = scale-invariant, rising = scale-dependent)", "Training compute (FLOP)", "CEG against " + ref.name() + " (×)", series,
                loss.xMin(), loss.xMax(), yMin / 1.5, yMax * 1.5, markers, 1.0);
    }

    /** The loss chart's title; its parenthesis wraps as one piece (a line of its own rather than an orphaned "C)"). */
    public static String lossTitle(Algorithm ref, Anchor anchor) {
        return "Loss vs compute. Reference: " + ref.name() + "; anchored at the " + anchor.id() + " "
                + unbroken(anchor == Anchor.REFERENCE ? "(" + ref.name() + " trains with C)" : "(each candidate trains with C)");
    }

    /** {@code text} with no-break spaces, so a wrapped title keeps it on one line. */
    static String unbroken(String text) {
        return text.replace(' ', '\u00a0');
    }

    /**
     * What depends on the compute cursor: the table's rows (reference first), the loss chart's construction (matched
     * compute segments, markers, labels), the CEG chart's markers, the sentences a screen reader speaks and the
     * one-line readout.
     */
    public record Cursor(List<CegRow> rows, ChartData.Overlay loss, ChartData.Overlay ceg, String summary, String readout) {
    }

    public static Cursor cursor(FigureState s) {
        return cursor(s, true);
    }

    /**
     * The cursor's parts; with {@code intervals} false the rows' bootstrap intervals are left empty, for a caller that
     * computes them apart ({@link #intervals}), e.g. off a window's UI thread: 1,000 draws per fitted row.
     */
    public static Cursor cursor(FigureState s, boolean intervals) {
        Dataset d = s.dataset();
        Algorithm ref = s.reference();
        Anchor anchor = s.anchor();
        double c = s.compute();
        List<CegRow> newRows = new ArrayList<>();
        List<ChartData.Segment> segments = new ArrayList<>();
        List<ChartData.Marker> markers = new ArrayList<>();
        List<ChartData.Label> labels = new ArrayList<>();
        List<ChartData.Marker> cegMarkers = new ArrayList<>();
        StringBuilder sentences = new StringBuilder();
        // CEG spelled out once on the main screen, where the table's numbers are read
        List<String> compact = new ArrayList<>();
        boolean anyAssumed = false;
        double refLoss = ref.law().loss(c);
        if (anchor == Anchor.REFERENCE) markers.add(new ChartData.Marker(c, refLoss, s.colorOf(ref), ""));
        for (Algorithm a : d.algorithms()) {
            String color = s.colorOf(a);
            Comparability same = d.comparability(ref, a);
            if (!same.comparable()) {
                // drawn, never matched: the loss is shown, the CEG refused with the reason
                String scale = d.lossScale(a.lossScale()).name();
                newRows.add(new CegRow(a.id(), a.name(), color, String.format(Locale.ROOT, "%.4f", a.law().loss(c)), "—", "not comparable", "",
                        Double.NaN, "other loss scale", a.name() + ": " + same.reason() + ".", false));
                labels.add(new ChartData.Label(c, a.law().loss(c), color, a.name() + ": other loss scale, no CEG"));
                compact.add(a.name() + " not comparable");
                continue;
            }
            CegResult r = Ceg.between(ref.law(), a.law(), anchor, c);
            boolean isRef = a == ref;
            // two scales declared comparable by the user: every number resting on it says so
            String assumed = same.assumed() ? " *" : "";
            anyAssumed |= same.assumed() && !isRef;
            Map<String, Double> beyond = Extrapolation.ofCeg(ref, a, anchor, c);
            String sentence = sentence(a, ref, r, c) + (isRef || beyond.isEmpty() ? "" : " " + Extrapolation.describe(d, beyond) + ".")
                    + (same.assumed() ? " (" + same.reason() + ")" : "");
            newRows.add(new CegRow(a.id(), a.name(), color, String.format(Locale.ROOT, "%.4f", a.law().loss(c)),
                    r.matchedCompute().isPresent() ? Numbers.format(r.matchedCompute().getAsDouble()) : "unreachable",
                    (r.ceg().isPresent() ? Numbers.times(r.value()) : "unreachable") + assumed,
                    isRef || !intervals ? "" : interval(s, a), r.ceg().orElse(Double.NaN),
                    // the mark is explained once, in the readout above the table: in every row's flags it took the
                    // names' room at 1280 x 800 ("Transform...")
                    flags(r, beyond),
                    sentence, isRef));
            if (isRef) continue;
            if (sentences.length() > 0) sentences.append(' ');
            sentences.append(sentence);
            compact.add(a.name() + ' ' + (r.ceg().isPresent() ? Numbers.times(r.value()) : "unreachable") + assumed);
            double target = r.targetLoss();
            if (anchor == Anchor.CANDIDATE) markers.add(new ChartData.Marker(c, target, color, ""));
            if (r.unreachable()) {
                labels.add(new ChartData.Label(c, target, color, a.name() + ": never reaches this loss"));
                continue;
            }
            double matched = r.matchedCompute().getAsDouble();
            segments.add(new ChartData.Segment(c, target, matched, target, color, true));
            markers.add(new ChartData.Marker(matched, target, anchor == Anchor.REFERENCE ? color : s.colorOf(ref), ""));
            labels.add(new ChartData.Label(anchor == Anchor.REFERENCE ? matched : c, target, color, a.name() + ": " + gainText(r.value()) + (same.assumed() ? " (scales assumed comparable)" : "")));
            cegMarkers.add(new ChartData.Marker(c, r.value(), color, ""));
        }
        return new Cursor(newRows, new ChartData.Overlay(c, segments, markers, labels), new ChartData.Overlay(c, List.of(), cegMarkers, List.of()),
                sentences.toString(), readout(c, ref, compact) + (anyAssumed ? ASSUMED_NOTE : ""));
    }

    /**
     * The rows' bootstrap intervals at the cursor, by algorithm id, as {@link #cursor(FigureState)} gives them; only
     * the rows that have one (a fitted law with its resamples on either side, the CEG comparable).
     */
    public static Map<String, String> intervals(FigureState s) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (s.uncertainty().isEmpty()) return texts;
        for (Algorithm a : s.dataset().algorithms()) {
            if (a == s.reference() || !s.dataset().comparability(s.reference(), a).comparable()) continue;
            String text = interval(s, a);
            if (!text.isEmpty()) texts.put(a.id(), text);
        }
        return texts;
    }

    private static String interval(FigureState s, Algorithm a) {
        return s.uncertainty().ceg(s.reference(), a, s.anchor(), s.compute()).map(ExplorerFigure::intervalText).orElse("");
    }

    /** What the readout adds when a CEG (marked "*") rests on loss scales the user declared comparable. */
    static final String ASSUMED_NOTE = " (*: loss scales assumed comparable, a what-if: Algorithms > Loss Scales)";

    /** The most candidates the one-line readout names; beyond, it says how many more the table has. */
    static final int READOUT_NAMES = 8;

    /**
     * "At 1.00×10²² FLOP, compute-equivalent gains (CEG) against LSTM: Transformer (2017) 259×, ...", naming at most
     * {@link #READOUT_NAMES} candidates: fifty would fill a paragraph above the table that lists them anyway.
     */
    private static String readout(double c, Algorithm ref, List<String> entries) {
        String head = "At " + Numbers.format(c) + " FLOP, compute-equivalent gains (CEG) against " + ref.name() + ":";
        if (entries.isEmpty()) return head;
        if (entries.size() <= READOUT_NAMES) return head + " " + String.join(", ", entries);
        int more = entries.size() - (READOUT_NAMES - 1);
        return head + " " + String.join(", ", entries.subList(0, READOUT_NAMES - 1)) + " and " + more + " more in the table";
    }

    /** {@code 180× to 330×}. */
    public static String intervalText(Bootstrap.Interval i) {
        return Numbers.format(i.low()) + "× to " + Numbers.times(i.high());
    }

    /** {@code 259× less compute}, or {@code 3.1× more compute} when the candidate is less efficient. */
    public static String gainText(double ceg) {
        if (Math.abs(ceg - 1) < 5e-4) return "same compute";
        return ceg >= 1 ? Numbers.format(ceg) + "× less compute" : Numbers.format(1 / ceg) + "× more compute";
    }

    /** "At 1.00e22 FLOP, Transformer (2017) needs 259 times less compute than LSTM." */
    public static String sentence(Algorithm a, Algorithm ref, CegResult r, double c) {
        String at = "At " + Numbers.format(c) + " FLOP, ";
        if (a == ref) return at + a.name() + " is the reference.";
        if (r.unreachable()) {
            return at + (r.anchor() == Anchor.REFERENCE ? a.name() + " can never reach the loss " + ref.name() + " reaches."
                    : ref.name() + " can never reach the loss " + a.name() + " reaches.");
        }
        double v = r.value();
        String how = v >= 1 ? Numbers.format(v) + " times less" : Numbers.format(1 / v) + " times more";
        return at + a.name() + " needs " + how + " compute than " + ref.name() + (r.extrapolated() ? " (extrapolated)." : ".");
    }

    /** "unreachable", "extrapolated 4.0 dec" (the farthest of its laws beyond their fitted ranges), "range unknown". */
    private static String flags(CegResult r, Map<String, Double> beyond) {
        List<String> f = new ArrayList<>();
        if (r.unreachable()) f.add("unreachable");
        if (Extrapolation.beyond(beyond)) {
            f.add(String.format(Locale.ROOT, "extrap. %.1f dec", Extrapolation.max(beyond)));
        } else if (r.extrapolated()) {
            f.add("extrapolated");
        }
        if (!Extrapolation.unknown(beyond).isEmpty()) f.add("range unknown");
        return String.join(", ", f);
    }
}
