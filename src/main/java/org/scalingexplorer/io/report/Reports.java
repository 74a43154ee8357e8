package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.COMPUTE;
import static org.scalingexplorer.io.report.Report.Kind.FRACTION;
import static org.scalingexplorer.io.report.Report.Kind.MULTIPLIER;
import static org.scalingexplorer.io.report.Report.Kind.NUMBER;
import static org.scalingexplorer.io.report.Report.Kind.TEXT;
import static org.scalingexplorer.io.report.Report.Kind.YEAR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.json.IntervalFields;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.CegMatrix;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ReferenceFrames;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitResult;
import org.scalingexplorer.model.fit.TrendFit;
import org.scalingexplorer.model.fit.Uncertainty;

/** The tables the command line prints and the app exports, each as a {@link Report}. */
public final class Reports {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Reports() {
    }

        public static Report attribution(Dataset d, Attribution.Mode mode, double fixedCompute, double from, double to, double step) {
        return attribution(d, Set.of(), Uncertainty.none(), mode, fixedCompute, from, to, step);
    }

    /**
     * The attribution by year with {@code excluded} innovations switched off; when {@code u} draws laws that enter
     * it, each row's total and scale-dependent share get their interval over the draws ({@code "totalInterval"},
     * {@code "shareInterval"}: {@code {"level", "low", "high"}}, null with a reason where no draw gives one).
     */
    public static Report attribution(Dataset d, Set<String> excluded, Uncertainty u, Attribution.Mode mode, double fixedCompute,
                                     double from, double to, double step) {
        Attribution attribution = new Attribution(d, excluded);
        List<AttributionRow> table = attribution.table(mode, fixedCompute, from, to, step);
        ObjectNode root = JSON.objectNode();
        root.put("mode", mode.id());
        if (mode == Attribution.Mode.FIXED) root.put("compute", fixedCompute);
        if (!excluded.isEmpty()) {
            ArrayNode off = root.putArray("excluded");
            excluded.stream().sorted().forEach(off::add);
        }
        boolean intervals = u.reachesAttribution(d);
        String level = Math.round(u.level() * 100) + "%";
        if (intervals) IntervalFields.describe(root, u);
        ArrayNode jrows = root.putArray("rows");
        List<Report.Column> columns = new ArrayList<>(List.of(new Report.Column("year", YEAR), new Report.Column("compute", COMPUTE)));
        for (Innovation i : d.innovations()) columns.add(new Report.Column(i.id(), MULTIPLIER, "", i.name())); 
        columns.add(new Report.Column("total", MULTIPLIER, "unreachable"));
        columns.add(new Report.Column("scale-dependent share", FRACTION, "-"));
        if (intervals) {
            columns.add(new Report.Column("total low (" + level + ")", MULTIPLIER, "-"));
            columns.add(new Report.Column("total high (" + level + ")", MULTIPLIER, "-"));
            columns.add(new Report.Column("share low (" + level + ")", FRACTION, "-"));
            columns.add(new Report.Column("share high (" + level + ")", FRACTION, "-"));
        }
        columns.add(new Report.Column("extrapolated", TEXT));
        columns.add(new Report.Column("note", TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (AttributionRow r : table) {
            ObjectNode j = jrows.addObject();
            j.put("year", r.year());
            j.put("compute", r.compute());
            put(j, "total", r.total());
            if (r.total().isEmpty()) j.put("totalReason", totalReason(r.unreachable()));
            ObjectNode m = j.putObject("multipliers");
            ObjectNode shares = j.putObject("shares");
            for (Map.Entry<String, Double> e : r.multipliers().entrySet()) {
                m.put(e.getKey(), e.getValue());
                put(shares, e.getKey(), r.share(e.getKey()));
            }
            r.shareUndefined().ifPresent(why -> j.put("sharesUndefinedReason", why));
            put(j, "scaleDependentShare", r.scaleDependentShare());
            r.scaleDependentShareUndefined().ifPresent(why -> j.put("shareUndefinedReason", why));
            ArrayNode un = j.putArray("unreachable");
            r.unreachable().forEach(un::add);
            Map<String, Double> beyond = Extrapolation.ofRow(d, r);
            extrapolation(j, beyond);
            List<Object> cells = new ArrayList<>(List.of(r.year(), r.compute()));
            for (Innovation i : d.innovations()) cells.add(r.multipliers().get(i.id()));
            cells.add(box(r.total()));
            cells.add(box(r.scaleDependentShare()));
            if (intervals) {
                Uncertainty.AttributionIntervals iv = u.attribution(d, excluded, r.year(), r.compute());
                IntervalFields.put(j, "totalInterval", iv.total(), u.level(), IntervalFields.NO_TOTAL);
                // a share interval only where the share itself is defined
                Optional<Bootstrap.Interval> share = r.scaleDependentShare().isPresent() ? iv.share() : Optional.empty();
                IntervalFields.put(j, "shareInterval", share, u.level(), r.scaleDependentShare().isPresent()
                        ? IntervalFields.NO_SHARE : IntervalFields.SHARE_UNDEFINED);
                cells.add(iv.total().map(Bootstrap.Interval::low).orElse(null));
                cells.add(iv.total().map(Bootstrap.Interval::high).orElse(null));
                cells.add(share.map(Bootstrap.Interval::low).orElse(null));
                cells.add(share.map(Bootstrap.Interval::high).orElse(null));
            }
            cells.add(Extrapolation.describe(d, beyond));
            cells.add(r.scaleDependentShareUndefined().map(why -> "share undefined: " + why).orElse(""));
            rows.add(cells);
        }
        String growth = "";
        if (mode == Attribution.Mode.FRONTIER) {
            // the paper's annualised growth of its stack, beside Ho et al.'s rates
            Attribution a = attribution;
            ObjectNode g = root.putObject("annualGrowth");
            double g1 = annualGrowth(a, 2012, 2023);
            double g2 = annualGrowth(a, 2013, 2025);
            g.put("2012-2023", g1);
            g.put("2013-2025", g2);
            g.put("hoEtAl8MonthHalving", Math.pow(2, 12.0 / 8));
            g.put("hoEtAlAsQuoted22000x", Math.pow(22_000, 1.0 / 11));
            growth = "; annualised " + Numbers.format(g1) + "×/yr 2012-2023, " + Numbers.format(g2) + "×/yr 2013-2025 (Ho et al. 2024: "
                    + Numbers.format(Math.pow(2, 12.0 / 8)) + "×/yr for an 8-month halving, " + Numbers.format(Math.pow(22_000, 1.0 / 11))
                    + "×/yr for the 22,000× the paper quotes)";
        }
        String title = (mode == Attribution.Mode.FRONTIER
                ? "Efficiency gain by innovation, frontier compute (compute follows the trend)" + growth
                : "Efficiency gain by innovation at a fixed " + Numbers.format(fixedCompute) + " FLOP")
                + (intervals ? "; " + IntervalFields.words(d, u, "intervals") : "");
        return new Report(title, columns, rows, root);
    }

    /** (total at {@code to} / total at {@code from})^(1 / years) on the frontier; NaN when either is unreachable. */
    static double annualGrowth(Attribution a, double from, double to) {
        OptionalDouble start = a.frontier(from).total();
        OptionalDouble end = a.frontier(to).total();
        return start.isPresent() && end.isPresent() ? Math.pow(end.getAsDouble() / start.getAsDouble(), 1 / (to - from)) : Double.NaN;
    }

    public static Report frames(Dataset d, String referenceId, double from, double to) {
        ReferenceFrames frames = new ReferenceFrames(d);
        Algorithm reference = d.algorithm(referenceId);
        ObjectNode root = JSON.objectNode();
        root.put("reference", reference.id());
        ArrayNode jrows = root.putArray("rows");
        List<List<Object>> rows = new ArrayList<>();
        for (double y = from; y <= to + 1e-9; y += 1) {
            ReferenceFrames.Point p = frames.frontier(reference.id(), y);
            ObjectNode j = jrows.addObject();
            j.put("year", y);
            j.put("compute", p.compute());
            put(j, "ceg", p.ceg());
            put(j, "annualGrowth", p.annualGrowth());
            Map<String, Double> beyond = frames.extrapolation(reference.id(), y);
            extrapolation(j, beyond);
            rows.add(row(y, p.compute(), box(p.ceg()), box(p.annualGrowth()), Extrapolation.describe(d, beyond)));
        }
        Optional<String> assumption = frames.assumption(reference.id());
        assumption.ifPresent(a -> root.put("assumption", a));
        return new Report("The frontier model's CEG against " + reference.name() + " (annual growth: a factor per year, exp(d ln CEG / d year) "
                + "between innovations, as the attribution's annual growth)"
                + assumption.map(a -> "; " + a).orElse(""),
                List.of(new Report.Column("year", YEAR), new Report.Column("compute", COMPUTE),
                        new Report.Column("CEG", MULTIPLIER, "unreachable"), new Report.Column("annual growth (×/yr)", MULTIPLIER),
                        new Report.Column("extrapolated", TEXT)), rows, root);
    }

    /**
     * {@code "extrapolation": {"lstm": 4.0, "whatif": null, "whatifReason": "range unknown"}} on a row: the laws it evaluates
     * outside the range they were fitted over, in decades; null with a reason for a law whose range is not known.
     */
    private static void extrapolation(ObjectNode row, Map<String, Double> decades) {
        ObjectNode e = row.putObject("extrapolation");
        decades.forEach((id, v) -> {
            if (Double.isNaN(v)) {
                e.putNull(id);
                e.put(id + "Reason", "range unknown");
            } else {
                e.put(id, v);
            }
        });
    }

    /** A fit's parameters with their bootstrap intervals (when there is a bootstrap), and how it was made. */
    public static Report fit(FitResult f, Bootstrap.Result boot, String method) {
        ObjectNode root = JSON.objectNode();
        root.put("law", f.kind().id());
        root.put("used", f.used());
        root.put("dropped", f.dropped());
        ObjectNode params = root.putObject("parameters");
        List<List<Object>> rows = new ArrayList<>();
        for (var e : f.parameters().entrySet()) {
            ObjectNode p = params.putObject(e.getKey());
            p.put("value", e.getValue());
            var ci = boot == null ? null : boot.intervals().get(e.getKey());
            if (ci != null) {
                ArrayNode a = p.putArray("ci");
                a.add(ci.low());
                a.add(ci.high());
            } else {
                p.putNull("ci");
            }
            rows.add(row(e.getKey(), e.getValue(), ci == null ? null : ci.low(), ci == null ? null : ci.high()));
        }
        root.put("rSquared", f.rSquared());
        root.put("rmse", f.rmse());
        root.put("method", method);
        if (boot != null) {
            root.put("resamples", boot.samples().size() + boot.failed());
            root.put("failedResamples", boot.failed());
            root.put("seed", boot.seed());
            root.put("level", boot.level());
        }
        String title = String.format(Locale.ROOT, "%s fit: %d runs used, %d dropped; R^2 %.4f, RMSE %.4g on log loss; %s",
                f.kind().id(), f.used(), f.dropped(), f.rSquared(), f.rmse(), method)
                + (boot == null ? "" : String.format(Locale.ROOT, "; %.0f%% bootstrap intervals from %d resamples (seed %d)",
                100 * boot.level(), boot.samples().size() + boot.failed(), boot.seed()));
        return new Report(title, List.of(new Report.Column("parameter", TEXT), new Report.Column("value", Report.Kind.NUMBER),
                new Report.Column("low", Report.Kind.NUMBER), new Report.Column("high", Report.Kind.NUMBER)), rows, root);
    }

    /** The frontier compute trend fitted to notable models. */
    public static Report trend(TrendFit.Result t, Map<String, Integer> skipped, String selection) {
        ObjectNode root = JSON.objectNode();
        ObjectNode g = root.putObject("growthPerYear");
        g.put("value", t.growth());
        ArrayNode ci = g.putArray("ci");
        ci.add(t.growthLow());
        ci.add(t.growthHigh());
        root.put("year0", t.year0());
        root.put("compute0", t.compute0());
        root.put("used", t.used().size());
        root.put("selection", selection);
        ObjectNode sk = root.putObject("skipped");
        Map<String, Integer> all = new LinkedHashMap<>(skipped);
        t.excluded().forEach((k, v) -> all.merge(k, v, Integer::sum));
        all.forEach(sk::put);
        List<List<Object>> rows = new ArrayList<>();
        for (int y = 2012; y <= 2025; y++) rows.add(row((double) y, t.trend().compute(y)));
        String title = String.format(Locale.ROOT, "Frontier compute trend (%s): %.2fx per year (90%% CI %.2f-%.2f), C(year) = %s * %.2f^(year - %.0f); %d models used; skipped: %s",
                selection, t.growth(), t.growthLow(), t.growthHigh(), Numbers.format(t.compute0()), t.growth(), t.year0(), t.used().size(), all);
        return new Report(title, List.of(new Report.Column("year", YEAR), new Report.Column("fitted compute", COMPUTE)), rows, root);
    }

    /** Defects listed by the matrix command: the largest departures from 1. */
    static final int MAX_DEFECTS = 100;

    /** The pairwise matrix (rows: reference, columns: candidate) and, in JSON, the largest transitivity defects. */
    public static Report matrix(Dataset d, Anchor anchor, double compute) {
        CegMatrix m = new CegMatrix(d, d.algorithms(), anchor, compute);
        ObjectNode root = JSON.objectNode();
        root.put("compute", compute);
        root.put("anchor", anchor.id());
        ArrayNode ids = root.putArray("algorithms");
        List<Report.Column> columns = new ArrayList<>(List.of(new Report.Column("reference \\ candidate", TEXT)));
        for (Algorithm a : m.algorithms()) {
            ids.add(a.id());
            columns.add(new Report.Column(a.id(), MULTIPLIER, "unreachable"));
        }
        ArrayNode cells = root.putArray("ceg");
        ArrayNode comparable = root.putArray("comparable");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < m.algorithms().size(); r++) {
            ArrayNode jr = cells.addArray();
            ArrayNode jc = comparable.addArray();
            List<Object> row = new ArrayList<>(List.of(m.algorithms().get(r).id()));
            for (int c = 0; c < m.algorithms().size(); c++) {
                jc.add(m.notComparable(r, c).isEmpty());
                if (m.notComparable(r, c).isPresent()) {
                    jr.addNull();
                    row.add("not comparable");
                    continue;
                }
                OptionalDouble v = m.cell(r, c).ceg();
                if (v.isPresent()) jr.add(v.getAsDouble()); else jr.addNull();
                row.add(box(v));
            }
            rows.add(row);
        }
        // the largest departures from 1: 100 algorithms have 970,200 triples
        List<CegMatrix.Defect> largest = m.largestDefects(MAX_DEFECTS);
        root.put("defectsTotal", m.defectCount());
        root.put("defectsListed", largest.size());
        ArrayNode defects = root.putArray("defects");
        for (CegMatrix.Defect x : largest) {
            ObjectNode j = defects.addObject();
            j.put("a", x.a());
            j.put("b", x.b());
            j.put("c", x.c());
            put(j, "defect", x.value());
            if (x.value().isEmpty()) j.put("defectReason", x.whyNot());
        }
        return new Report("CEG of each candidate (column) against each reference (row) at " + Numbers.format(compute)
                + " FLOP, anchored at the " + anchor.id(), columns, rows, root);
    }

    /** Transitivity defects, largest departure from 1 first. */
    public static Report defects(Dataset d, Anchor anchor, double compute) {
        CegMatrix m = new CegMatrix(d, d.algorithms(), anchor, compute);
        List<CegMatrix.Defect> defects = m.largestDefects(MAX_DEFECTS);
        List<List<Object>> rows = new ArrayList<>();
        for (CegMatrix.Defect x : defects) rows.add(row(x.a() + " -> " + x.b() + " -> " + x.c(), box(x.value()), x.whyNot()));
        String more = m.defectCount() > defects.size()
                ? String.format(Locale.ROOT, "; the %d largest of %,d triples", defects.size(), m.defectCount()) : "";
        return new Report("Transitivity defects CEG(A->B) * CEG(B->C) / CEG(A->C) (1 = the gains compose)" + more,
                List.of(new Report.Column("A -> B -> C", TEXT), new Report.Column("defect", MULTIPLIER, "-"), new Report.Column("why none", TEXT)), rows,
                JSON.objectNode());
    }

    /** The outcome of validating several files: each file with its problems. */
    public static Report validation(Map<String, List<Problem>> results) {
        ObjectNode root = JSON.objectNode();
        ArrayNode files = root.putArray("files");
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Problem>> e : results.entrySet()) {
            ObjectNode f = files.addObject();
            f.put("file", e.getKey());
            f.put("valid", e.getValue().isEmpty());
            ArrayNode ps = f.putArray("problems");
            if (e.getValue().isEmpty()) rows.add(row(e.getKey(), null, null, "", "valid"));
            for (Problem p : e.getValue()) {
                ObjectNode j = ps.addObject();
                j.put("line", p.line());
                j.put("column", p.column());
                j.put("path", p.path());
                j.put("message", p.message());
                rows.add(row(e.getKey(), (double) p.line(), (double) p.column(), p.path(), p.message()));
            }
        }
        return new Report("", List.of(new Report.Column("file", TEXT), new Report.Column("line", YEAR, ""),
                new Report.Column("column", YEAR, ""), new Report.Column("path", TEXT), new Report.Column("problem", TEXT)), rows, root);
    }

    /** Why a total is null: the innovations whose CEG cannot be reached at the compute. */
    static String totalReason(Collection<String> unreachable) {
        return unreachable.isEmpty() ? "undefined here"
                : "unreachable: the CEG of " + String.join(", ", unreachable) + " cannot be reached at this compute (one law never gets to the other's loss)";
    }

    static void put(ObjectNode o, String field, OptionalDouble v) {
        if (v.isPresent()) o.put(field, v.getAsDouble()); else o.putNull(field);
    }

    static Double box(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
