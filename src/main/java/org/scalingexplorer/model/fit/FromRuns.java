package org.scalingexplorer.model.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;

/**
 * What training runs give the dataset, with where each came from: a frontier fit becomes an algorithm (put in as an
 * {@link AppliedFit}, so that its bootstrap carries into the attribution's intervals and the workspace keeps it);
 * an ablation's multiplier becomes a scale-invariant innovation. The provenance (the files, the columns, the
 * method, the window, the seeds) is written in words into the fit's source, the algorithm's description and the
 * innovation's source, which the dataset and the workspace save and the window and the exports show.
 */
public final class FromRuns {
    /** How the source of every innovation measured from runs begins. */
    public static final String MEASURED = "Measured from these runs";

    /** How the description of a law fitted in the window's frontier fit begins. */
    public static final String FITTED_FROM = "Fitted from ";

    /** How the description of a law fitted to a runs CSV (Fit Laws to Runs) begins. */
    public static final String FITTED_TO = "Fitted to ";

    /** Whether a description or source says it came from runs (and so is the provenance to show). */
    public static boolean fromRuns(String text) {
        return text.startsWith(FITTED_FROM) || text.startsWith(FITTED_TO) || text.startsWith(MEASURED);
    }

    /** How many file names a provenance lists before it says how many more there are. */
    static final int NAMES_SHOWN = 4;

    private FromRuns() {
    }

    /**
     * The runs' files in words: how many, the first few names, the folder they share by its name. Never a local path:
     * provenance goes into captions, and captions onto slides.
     */
    public static String files(List<Curve> curves) {
        List<String> names = curves.stream().map(c -> fileName(c.file())).toList();
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
                + (names.size() > NAMES_SHOWN ? String.format(Locale.ROOT, " and %,d more", names.size() - NAMES_SHOWN) : "");
        String folder = commonFolder(curves.stream().map(Curve::file).toList());
        return String.format(Locale.ROOT, "%,d run%s (%s)%s", curves.size(), curves.size() == 1 ? "" : "s", shown,
                folder.isEmpty() ? "" : " in " + folder);
    }

    /** The sizes and seeds of the runs, e.g. "sizes 32, 64, 128; seeds 40, 456". */
    public static String sizesAndSeeds(List<Curve> curves) {
        TreeSet<Integer> sizes = new TreeSet<>();
        TreeSet<Long> seeds = new TreeSet<>();
        for (Curve c : curves) {
            if (c.size() > 0) sizes.add(c.size());
            if (c.seed() >= 0) seeds.add(c.seed());
        }
        List<String> parts = new ArrayList<>();
        if (!sizes.isEmpty()) parts.add("size" + (sizes.size() == 1 ? " " : "s ") + join(sizes));
        if (!seeds.isEmpty()) parts.add("seed" + (seeds.size() == 1 ? " " : "s ") + join(seeds));
        return String.join("; ", parts);
    }

    /** Where a frontier fit comes from, in one paragraph. */
    public static String frontierProvenance(List<Curve> curves, Frontier.Options o, String columns, Frontier.Result r, long seed) {
        StringBuilder b = new StringBuilder(FITTED_FROM).append(files(curves));
        String ss = sizesAndSeeds(curves);
        if (!ss.isEmpty()) b.append("; ").append(ss);
        b.append(". ").append(columns).append(". ");
        b.append(o.method() == Frontier.Method.ENVELOPE ? "Lower envelope of every logged point" : "Each run's last logged point")
                .append(" in ").append(Numbers.format(o.window().min())).append(" to ").append(Numbers.format(o.window().max()))
                .append(" FLOP: ").append(r.points().size()).append(" points from ").append(r.points().runs()).append(" run")
                .append(r.points().runs() == 1 ? "" : "s").append(", spanning ").append(Numbers.format(r.points().compute()[0])).append(" to ")
                .append(Numbers.format(r.points().compute()[r.points().size() - 1])).append(String.format(Locale.ROOT, " FLOP (%.2f decades)", r.decades()))
                .append("; L = E + A C^alpha with ")
                .append(Double.isNaN(o.fixedE()) ? "E fitted" : String.format(Locale.ROOT, "E fixed at %s", trim(o.fixedE()))).append('.');
        if (r.resamples() > 0) {
            b.append(String.format(Locale.ROOT, " %,d bootstrap resamples over runs (seed %d)%s", r.resamples(), seed,
                    r.bootstrapFailed() > 0 ? ", " + r.bootstrapFailed() + " of them unfittable" : ""));
            b.append(r.ciReason().map(why -> "; no interval: " + why).orElse("")).append('.');
        }
        for (FitWarning w : r.warnings()) {
            if (w.code().equals("e-not-identified")) b.append(" E NOT IDENTIFIED: ").append(w.message()).append('.');
        }
        b.append(' ').append(projection(curves, r));
        return b.toString();
    }

    /**
     * Where the law stops resting on runs: beyond the largest compute any of them reached it is a projection, which no
     * run checks; between the end of the points fitted and there, runs it was not fitted to can check it as
     * predictions (Training Runs > Backtest measures how far off they are).
     */
    public static String projection(List<Curve> curves, Frontier.Result r) {
        double fitted = r.points().compute()[r.points().size() - 1];
        double reached = curves.stream().mapToDouble(c -> c.compute()[c.points() - 1]).max().orElse(fitted);
        String beyond = "Beyond " + Numbers.format(Math.max(reached, fitted)) + " FLOP, the largest compute of these runs, the law is a projection: no run checks it.";
        return reached > fitted * 1.0001
                ? "Between " + Numbers.format(fitted) + " FLOP, where the points fitted end, and " + Numbers.format(reached)
                + " FLOP the runs can check it as a prediction (Training Runs > Backtest). " + beyond
                : beyond;
    }

    /**
     * The fit as an algorithm put into the dataset: the frontier's law (over the compute the frontier spans), the
     * frontier points as its runs, on loss scale {@code lossScale}, with the bootstrap's laws for the intervals.
     */
    public static AppliedFit algorithm(String id, String name, String lossScale, Frontier.Result r, Frontier.Options o, String provenance,
                                       long seed) {
        Map<String, Double> p = r.parameters();
        PowerLaw law = r.law();
        double[] residuals = new double[r.points().size()];
        double ss = 0;
        double mean = 0;
        for (double l : r.points().loss()) mean += Math.log(l);
        mean /= Math.max(1, residuals.length);
        double tot = 0;
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < residuals.length; i++) {
            double c = r.points().compute()[i];
            double l = r.points().loss()[i];
            residuals[i] = Math.log(law.loss(c)) - Math.log(l);
            ss += residuals[i] * residuals[i];
            tot += (Math.log(l) - mean) * (Math.log(l) - mean);
            runs.add(new Run(c, l, Double.NaN, Double.NaN));
        }
        double r2 = tot > 0 ? 1 - ss / tot : Double.NaN;
        FitResult fit = new FitResult(LawKind.SATURATING, p, law, residuals.length, 0, r2, Math.sqrt(ss / Math.max(1, residuals.length)), residuals);
        Bootstrap.Result boot = null;
        List<ScalingLaw> laws = List.of();
        if (!r.samples().isEmpty()) {
            boot = new Bootstrap.Result(fit, new LinkedHashMap<>(r.intervals()), r.samples(), r.bootstrapFailed(), Bootstrap.DEFAULT_LEVEL, seed);
            laws = Uncertainty.laws(boot, law.fittedRange());
        }
        FitOptions options = FitOptions.defaults().withComputeRange(o.window().min(), o.window().max());
        Algorithm a = new Algorithm(id, name, "", provenance, law, runs, Set.of(), false, lossScale);
        return new AppliedFit(id, provenance, options, fit, boot, null, a, laws, true);
    }

    /** Where an ablation's multiplier comes from, in one paragraph, with its interval, n and flags. */
    public static String ablationProvenance(Ablation.Result r, Ablation.Method method, double target) {
        List<Curve> baselines = r.pairs().stream().map(Ablation.Pair::baseline).distinct().toList();
        List<Curve> variants = r.pairs().stream().map(Ablation.Pair::variant).distinct().toList();
        StringBuilder b = new StringBuilder(MEASURED + ": ").append(files(variants)).append(" against the baseline's ")
                .append(files(baselines)).append(". ");
        b.append("C_baseline(L*) / C_variant(L*) at ").append(Double.isNaN(target) ? "L* the higher of each pair's final losses" : "L* = " + trim(target))
                .append(", the compute ").append(method == Ablation.Method.INTERPOLATE ? "interpolated in log compute where both runs cross it"
                        : "of the logged row closest to it, reached or not (the paper's rule)")
                .append(String.format(Locale.ROOT, "; %d of %d run pair%s cross it within their rows; n = %d independent", r.reached(), r.pairs().size(),
                        r.pairs().size() == 1 ? "" : "s", r.n()));
        if (!Double.isNaN(r.low())) b.append("; 95% interval " + Numbers.format(r.low()) + "× to " + Numbers.format(r.high()) + "× (t over seed pairs)");
        else r.ciReason().ifPresent(why -> b.append("; no interval: ").append(why));
        if (!r.flags().isEmpty()) b.append("; flags: ").append(String.join(", ", r.flags()));
        return b.append('.').toString();
    }

    /**
     * A measured multiplier as a scale-invariant innovation active from {@code year}; empty when no pair reached the
     * target.
     *
     * @param baselineHasIt the baseline is the newer form and the variant swaps the innovation back (the paper's
     *                      ablations): the innovation's gain is then {@code C_variant / C_baseline}, the inverse
     */
    public static Optional<Innovation.ScaleInvariant> innovation(String id, String name, int year, Ablation.Result r, String provenance,
                                                                 boolean baselineHasIt) {
        OptionalDouble m = r.multiplier();
        if (m.isEmpty()) return Optional.empty();
        double gain = baselineHasIt ? 1 / m.getAsDouble() : m.getAsDouble();
        String how = baselineHasIt ? " The baseline has the innovation and the variant swaps it back: its gain is the inverse, C_variant / C_baseline."
                : " The variant adds the innovation to the baseline: its gain is C_baseline / C_variant.";
        return Optional.of(new Innovation.ScaleInvariant(id, name, year, OptionalDouble.of(gain), gain, provenance + how));
    }

    /** The name of the folder every file is in (not its path), or "" when they share none but the root. */
    static String commonFolder(List<String> files) {
        if (files.isEmpty()) return "";
        Path common = Path.of(files.get(0)).toAbsolutePath().getParent();
        for (String f : files) {
            Path p = Path.of(f).toAbsolutePath().getParent();
            while (common != null && (p == null || !p.startsWith(common))) common = common.getParent();
        }
        return common == null || common.getNameCount() == 0 ? "" : common.getFileName().toString();
    }

    private static String fileName(String file) {
        Path p = Path.of(file).getFileName();
        return p == null ? file : p.toString();
    }

    private static String join(TreeSet<? extends Number> values) {
        List<String> s = values.stream().map(String::valueOf).toList();
        return s.size() <= 8 ? String.join(", ", s) : String.join(", ", s.subList(0, 8)) + String.format(Locale.ROOT, " and %d more", s.size() - 8);
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("\\.?0+$", "");
    }
}
