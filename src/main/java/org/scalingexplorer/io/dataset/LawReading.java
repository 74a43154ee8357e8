package org.scalingexplorer.io.dataset;

import static org.scalingexplorer.io.dataset.DatasetLimits.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.scalingexplorer.io.json.JsonChecks;
import org.scalingexplorer.io.json.JsonTree;
import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.ScalingLaw;

/** A dataset's scaling laws, with their allocations and compute ranges, read for {@link DatasetReader}. */
final class LawReading {
    private final JsonChecks c;

    LawReading(JsonChecks c) {
        this.c = c;
    }

    Optional<ScalingLaw> law(JsonTree.Node n, String path) {
        String type = typeOf(n);
        if ("parametric".equals(type)) {
            var o = c.object(n, path, "type", "E", "A", "B", "alpha", "beta", "allocation", "fittedRange", "measuredRange", "runsRange");
            if (o.isEmpty()) return Optional.empty();
            var v = o.get();
            OptionalDouble e = v.number("E", true, x -> x >= 0 && x <= MAX_LOSS, "an irreducible loss from 0 to " + (int) MAX_LOSS);
            OptionalDouble a = v.number("A", true, x -> x > 0 && x <= MAX_COEFFICIENT, "a positive number up to 1e15");
            OptionalDouble b = v.number("B", true, x -> x > 0 && x <= MAX_COEFFICIENT, "a positive number up to 1e15");
            OptionalDouble alpha = v.number("alpha", true, x -> x > 0 && x <= MAX_EXPONENT, "a number above 0, at most " + (int) MAX_EXPONENT + " (L = E + A/N^alpha + B/D^beta)");
            OptionalDouble beta = v.number("beta", true, x -> x > 0 && x <= MAX_EXPONENT, "a number above 0, at most " + (int) MAX_EXPONENT + " (L = E + A/N^alpha + B/D^beta)");
            Optional<Allocation> allocation = v.required("allocation", "an allocation object").flatMap(x -> allocation(x, v.childPath("allocation")));
            Optional<ComputeRange> range = fitted(v);
            Optional<ComputeRange> runs = v.optional("runsRange").flatMap(x -> range(x, v.childPath("runsRange")));
            if (e.isEmpty() || a.isEmpty() || b.isEmpty() || alpha.isEmpty() || beta.isEmpty() || allocation.isEmpty()) return Optional.empty();
            return Optional.of(new ParametricLaw(e.getAsDouble(), a.getAsDouble(), b.getAsDouble(), alpha.getAsDouble(),
                    beta.getAsDouble(), allocation.get(), range, runs));
        }
        var o = c.object(n, path, "type", "E", "A", "alpha", "fittedRange", "measuredRange", "runsRange");
        if (o.isEmpty()) return Optional.empty();
        var v = o.get();
        v.choice("type", true, Set.of("power", "parametric"));
        if (!"power".equals(type)) return Optional.empty();
        OptionalDouble e = v.number("E", false, x -> x >= 0 && x <= MAX_LOSS, "an irreducible loss from 0 to " + (int) MAX_LOSS);
        OptionalDouble a = v.number("A", true, x -> x > 0 && x <= MAX_COEFFICIENT, "a positive number up to 1e15");
        OptionalDouble alpha = v.number("alpha", true, x -> x < 0 && x >= -MAX_EXPONENT, "a negative number, at least -" + (int) MAX_EXPONENT);
        Optional<ComputeRange> range = fitted(v);
        Optional<ComputeRange> runs = v.optional("runsRange").flatMap(x -> range(x, v.childPath("runsRange")));
        if (a.isEmpty() || alpha.isEmpty() || (v.optional("E").isPresent() && e.isEmpty())) return Optional.empty();
        return Optional.of(new PowerLaw(e.orElse(0), a.getAsDouble(), alpha.getAsDouble(), range, runs));
    }

    /**
     * The range the law was fitted over: {@code fittedRange}, or its older name {@code measuredRange} (which the format
     * always defined as the range the law was fitted over), not both.
     */
    private Optional<ComputeRange> fitted(JsonChecks.ObjectView v) {
        Optional<JsonTree.Node> fitted = v.optional("fittedRange");
        Optional<JsonTree.Node> older = v.optional("measuredRange");
        if (fitted.isPresent() && older.isPresent()) {
            c.add(older.get(), v.childPath("measuredRange"), "expected fittedRange or measuredRange (its older name), not both");
            return Optional.empty();
        }
        String name = fitted.isPresent() ? "fittedRange" : "measuredRange";
        return fitted.or(() -> older).flatMap(x -> range(x, v.childPath(name)));
    }

    private Optional<Allocation> allocation(JsonTree.Node n, String path) {
        String type = typeOf(n);
        if ("power-rule".equals(type)) {
            var o = c.object(n, path, "type", "coefficient", "referenceCompute", "exponent");
            if (o.isEmpty()) return Optional.empty();
            OptionalDouble k = o.get().number("coefficient", true, x -> x > 0 && x <= MAX_COMPUTE, "a positive number of parameters up to 1e40");
            OptionalDouble ref = o.get().number("referenceCompute", false, COMPUTE, COMPUTE_TEXT);
            OptionalDouble exp = o.get().number("exponent", true, x -> x > 0 && x < 1, "a number between 0 and 1");
            if (k.isEmpty() || exp.isEmpty() || (o.get().optional("referenceCompute").isPresent() && ref.isEmpty())) return Optional.empty();
            return Optional.of(new Allocation.PowerRule(k.getAsDouble(), ref.orElse(1), exp.getAsDouble()));
        }
        var o = c.object(n, path, "type");
        if (o.isEmpty()) return Optional.empty();
        o.get().choice("type", true, Set.of("compute-optimal", "power-rule"));
        return "compute-optimal".equals(type) ? Optional.of(new Allocation.ComputeOptimal()) : Optional.empty();
    }

    Optional<ComputeRange> range(JsonTree.Node n, String path) {
        var o = c.object(n, path, "min", "max");
        if (o.isEmpty()) return Optional.empty();
        OptionalDouble min = o.get().number("min", true, COMPUTE, COMPUTE_TEXT);
        OptionalDouble max = o.get().number("max", true, COMPUTE, COMPUTE_TEXT);
        if (min.isEmpty() || max.isEmpty()) return Optional.empty();
        if (max.getAsDouble() < min.getAsDouble()) {
            c.add(o.get().optional("max").get(), o.get().childPath("max"), "expected a compute >= min ("
                    + min.getAsDouble() + "), got " + max.getAsDouble());
            return Optional.empty();
        }
        return Optional.of(new ComputeRange(min.getAsDouble(), max.getAsDouble()));
    }

    /** The "type" field of an object node, or null. */
    static String typeOf(JsonTree.Node n) {
        return n instanceof JsonTree.Obj o && o.fields().get("type") != null
                && o.fields().get("type").value() instanceof JsonTree.Str s ? s.value() : null;
    }

/** The compute trend: exponential ({@code compute0}, {@code growth}, {@code year0}) or a table of points. */
Optional<ComputeTrend> trend(JsonTree.Node n, String path) {
        String type = typeOf(n);
        if ("table".equals(type)) {
            var o = c.object(n, path, "type", "points");
            if (o.isEmpty()) return Optional.empty();
            List<ComputeTrend.Table.Point> points = new ArrayList<>();
            o.get().array("points", true).ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    var pt = c.object(items.get(i), o.get().childPath("points") + "[" + i + "]", "year", "compute");
                    if (pt.isEmpty()) continue;
                    OptionalDouble y = pt.get().number("year", true, yr -> yr >= FIRST_YEAR && yr <= LAST_YEAR, "a year from " + FIRST_YEAR + " to " + LAST_YEAR);
                    OptionalDouble cc = pt.get().number("compute", true, COMPUTE, COMPUTE_TEXT);
                    if (y.isPresent() && cc.isPresent()) points.add(new ComputeTrend.Table.Point(y.getAsDouble(), cc.getAsDouble()));
                }
            });
            ComputeTrend.Table table;
            try {
                table = new ComputeTrend.Table(points);
            } catch (IllegalArgumentException e) {
                c.add(n, path + ".points", "expected at least two points increasing in year and compute: " + e.getMessage());
                return Optional.empty();
            }
            // the same bounds as an exponential trend: no faster than MAX_GROWTH a year between points, and at most
            // 1e100 FLOP (and above 0) over every year a command may ask for (the table is extrapolated beyond its points)
            for (int i = 1; i < points.size(); i++) {
                ComputeTrend.Table.Point p = points.get(i - 1);
                ComputeTrend.Table.Point q = points.get(i);
                double growth = Math.pow(q.compute() / p.compute(), 1 / (q.year() - p.year()));
                if (!(growth <= MAX_GROWTH)) {
                    c.add(n, path + ".points[" + i + "]", String.format(Locale.ROOT, "grows %.3g-fold a year from the point before; at most %s",
                            growth, (int) MAX_GROWTH));
                    return Optional.empty();
                }
            }
            double first = table.compute(FIRST_YEAR);
            double last = table.compute(LAST_YEAR);
            if (!(first > 0 && last <= MAX_TREND_COMPUTE)) {
                c.add(n, path + ".points", String.format(Locale.ROOT, "extrapolated, the trend runs from %.3g FLOP in %d to %.3g FLOP in %d; "
                        + "it must stay above 0 and at most 1e100", first, FIRST_YEAR, last, LAST_YEAR));
                return Optional.empty();
            }
            return Optional.of(table);
        }
        var o = c.object(n, path, "type", "compute0", "growth", "year0");
        if (o.isEmpty()) return Optional.empty();
        o.get().choice("type", true, Set.of("exponential", "table"));
        OptionalDouble c0 = o.get().number("compute0", true, COMPUTE, COMPUTE_TEXT);
        OptionalDouble g = o.get().number("growth", true, x -> x > 1 && x <= MAX_GROWTH, "a growth factor per year above 1, at most " + MAX_GROWTH);
        OptionalDouble y0 = o.get().number("year0", true, y -> y >= FIRST_YEAR && y <= LAST_YEAR, "a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        if (!"exponential".equals(type) || c0.isEmpty() || g.isEmpty() || y0.isEmpty()) return Optional.empty();
        double last = c0.getAsDouble() * Math.pow(g.getAsDouble(), LAST_YEAR - y0.getAsDouble());
        if (!(last <= MAX_TREND_COMPUTE)) {
            c.add(o.get().optional("growth").get(), path + ".growth", String.format(Locale.ROOT,
                    "the trend would reach %s FLOP by %d; at most 1e100 (lower the growth or compute0)",
                    String.format(Locale.ROOT, "%.3g", last).replace("e+", "e"), LAST_YEAR));
            return Optional.empty();
        }
        return Optional.of(new ComputeTrend.Exponential(c0.getAsDouble(), g.getAsDouble(), y0.getAsDouble()));
    }
}
