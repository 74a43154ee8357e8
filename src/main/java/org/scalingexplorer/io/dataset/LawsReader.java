package org.scalingexplorer.io.dataset;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.json.JsonChecks;
import org.scalingexplorer.io.json.JsonDocuments;
import org.scalingexplorer.io.json.JsonTree;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.PublishedLaw;
import org.scalingexplorer.model.PublishedLaws;

/**
 * Reads the library of published laws (docs/laws-format.md) as strictly as datasets are read, with the same JSON
 * checks: every problem collected with its line, column and path before anything is built; unknown fields, a form's
 * missing or extra parameters, a loss unit other than nats per token or bits per byte, a loss scale or allocation
 * that names nothing, a duplicate id: each refused.
 */
public final class LawsReader {
    public static final String FORMAT = "scaling-explorer-laws";
    public static final int VERSION = 1;
    /** At most this many laws and loss scales in one file. */
    static final int MAX_LAWS = 1000;
    static final Set<String> UNITS = Set.of("nats per token", "bits per byte");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private LawsReader() {
    }

    public static PublishedLaws read(Path file) throws InputException {
        return JsonDocuments.read(file, "a library of laws (JSON)", LawsReader::build);
    }

    public static PublishedLaws read(String name, String json) throws InputException {
        return JsonDocuments.read(name, json, LawsReader::build);
    }

    public static PublishedLaws read(String name, InputStream in) throws InputException {
        return JsonDocuments.read(name, in, LawsReader::build);
    }

    private static PublishedLaws build(JsonTree.Node root, JsonChecks checks) {
        return root == null ? null : new Reading(checks).library(root);
    }

    private static final class Reading {
        private final JsonChecks c;
        private final LawReading ranges;
        private final Map<String, LossScale> scales = new LinkedHashMap<>();
        private final Map<String, String> lawIds = new HashMap<>();
        private final List<JsonChecks.StringAt> scaleRefs = new ArrayList<>();
        private final List<JsonChecks.StringAt> allocationRefs = new ArrayList<>();

        Reading(JsonChecks c) {
            this.c = c;
            this.ranges = new LawReading(c);
        }

        PublishedLaws library(JsonTree.Node root) {
            var top = c.object(root, "", "format", "version", "lossScales", "laws");
            if (top.isEmpty()) return null;
            var o = top.get();
            Optional<String> format = o.string("format", true, "\"" + FORMAT + "\"");
            if (format.isPresent() && !format.get().equals(FORMAT)) {
                c.add(o.node().fields().get("format").value(), "format", "expected \"" + FORMAT + "\", got \"" + format.get() + "\"");
                return null;
            }
            OptionalDouble version = o.number("version", true, v -> v == Math.rint(v) && v >= 1, "a format version (a whole number >= 1)");
            if (version.isPresent() && version.getAsDouble() > VERSION) {
                c.add(o.node().fields().get("version").value(), "version", "this file uses format version " + (long) version.getAsDouble()
                        + "; this build of Scaling Explorer reads versions up to " + VERSION);
                return null;
            }
            for (Item n : items(o, "lossScales")) lossScale(n.item, n.path);
            List<PublishedLaw> laws = new ArrayList<>();
            for (Item n : items(o, "laws")) {
                PublishedLaw law = law(n.item, n.path);
                if (law != null) laws.add(law);
            }
            for (JsonChecks.StringAt ref : scaleRefs) {
                if (!scales.containsKey(ref.value())) {
                    c.add(ref.node(), ref.path(), "no loss scale \"" + ref.value() + "\" in lossScales" + JsonChecks.hint(ref.value(), scales.keySet()));
                }
            }
            for (JsonChecks.StringAt ref : allocationRefs) {
                String form = lawIds.get(ref.value());
                if (form == null) {
                    c.add(ref.node(), ref.path(), "expected \"compute-optimal\" or the id of an allocation law in this file, got \"" + ref.value() + "\"");
                } else if (!PublishedLaw.Form.of(form).map(PublishedLaw.Form::allocation).orElse(false)) {
                    c.add(ref.node(), ref.path(), "\"" + ref.value() + "\" is not an allocation law (its form is " + form + ")");
                }
            }
            if (!c.problems().isEmpty()) return null;
            return new PublishedLaws((int) version.orElse(1), List.copyOf(scales.values()), laws);
        }

        /** An array field's items with their paths; a missing field or too many items is reported. */
        private List<Item> items(JsonChecks.ObjectView o, String field) {
            List<Item> out = new ArrayList<>();
            o.array(field, true).ifPresent(list -> {
                if (list.size() > MAX_LAWS) {
                    c.add(o.node().fields().get(field).value(), field, "this list has " + list.size() + " items; at most " + MAX_LAWS + " are allowed");
                    return;
                }
                for (int i = 0; i < list.size(); i++) out.add(new Item(list.get(i), field + "[" + i + "]"));
            });
            return out;
        }

        private record Item(JsonTree.Node item, String path) {
        }

        private void lossScale(JsonTree.Node n, String path) {
            var view = c.object(n, path, "id", "name", "data", "tokenizer", "unit");
            if (view.isEmpty()) return;
            var o = view.get();
            Optional<String> id = id(o, "loss scale", scales.keySet());
            Optional<String> name = o.string("name", true, "a short name such as \"C4 (GPT-2 tokenizer)\"");
            Optional<String> data = o.string("data", true, "the evaluation data");
            Optional<String> tokenizer = o.string("tokenizer", true, "the tokenizer, or why the loss does not depend on one");
            // nats and bits are never mixed: a unit is one of two, spelled out
            Optional<String> unit = o.choice("unit", true, UNITS);
            if (id.isEmpty() || name.isEmpty() || data.isEmpty() || tokenizer.isEmpty() || unit.isEmpty()) return;
            scales.put(id.get(), new LossScale(id.get(), name.get(), data.get(), tokenizer.get(), unit.get()));
        }

        private PublishedLaw law(JsonTree.Node n, String path) {
            var view = c.object(n, path, "id", "name", "authors", "year", "source", "where", "url", "form", "parameters", "fittedRange",
                    "lossScale", "allocation", "computeUnit", "note");
            if (view.isEmpty()) return null;
            var o = view.get();
            Optional<String> id = id(o, "law", lawIds.keySet());
            Optional<String> name = o.string("name", true, "a display name");
            Optional<String> authors = o.string("authors", true, "the authors, e.g. \"Hoffmann et al.\"");
            OptionalDouble year = o.number("year", true, y -> y == Math.rint(y) && y >= 1950 && y <= 2100, "a year such as 2022");
            Optional<String> source = o.string("source", true, "the paper: its title and arXiv number or venue");
            Optional<String> where = o.string("where", true, "the table, equation or section the values come from");
            Set<String> forms = new TreeSet<>();
            for (PublishedLaw.Form f : PublishedLaw.Form.values()) forms.add(f.id);
            Optional<PublishedLaw.Form> form = o.choice("form", true, forms).flatMap(PublishedLaw.Form::of);
            id.ifPresent(i -> form.ifPresent(f -> lawIds.put(i, f.id)));
            Map<String, PublishedLaw.Parameter> parameters = form.map(f -> parameters(o, f)).orElse(Map.of());
            Optional<ComputeRange> fitted = o.optional("fittedRange").flatMap(r -> ranges.range(r, o.childPath("fittedRange")));
            Optional<String> scale = o.string("lossScale", true, "the id of one of lossScales");
            scale.ifPresent(s -> scaleRefs.add(new JsonChecks.StringAt(s, o.optional("lossScale").get(), o.childPath("lossScale"))));
            Optional<String> allocation = o.string("allocation", false, "\"compute-optimal\" or the id of an allocation law");
            allocation.filter(a -> !a.equals("compute-optimal"))
                    .ifPresent(a -> allocationRefs.add(new JsonChecks.StringAt(a, o.optional("allocation").get(), o.childPath("allocation"))));
            boolean takesAllocation = form.map(f -> f == PublishedLaw.Form.CHINCHILLA || f == PublishedLaw.Form.DATA_CONSTRAINED
                    || f == PublishedLaw.Form.KAPLAN_ND).orElse(false);
            if (allocation.isPresent() && form.isPresent() && !takesAllocation) {
                c.add(o.optional("allocation").get(), o.childPath("allocation"), "only an L(N, D) law takes an allocation; this one's form is " + form.get().id);
            }
            Optional<String> unit = o.choice("computeUnit", false, Set.of("FLOP", "PF-day"));
            if (id.isEmpty() || name.isEmpty() || authors.isEmpty() || year.isEmpty() || source.isEmpty() || where.isEmpty() || form.isEmpty()
                    || scale.isEmpty() || parameters.size() != form.get().parameters.size()) {
                return null;
            }
            return new PublishedLaw(id.get(), name.get(), authors.get(), (int) year.getAsDouble(), source.get(), where.get(),
                    o.string("url", false, "a URL").orElse(""), form.get(), parameters, fitted, scale.get(), allocation.orElse(""),
                    unit.orElse("FLOP"), o.string("note", false, "a note").orElse(""));
        }

        /** The form's parameters, each {value, se}: none missing, none extra, every value a finite number, every se positive. */
        private Map<String, PublishedLaw.Parameter> parameters(JsonChecks.ObjectView o, PublishedLaw.Form form) {
            Map<String, PublishedLaw.Parameter> out = new LinkedHashMap<>();
            Optional<JsonTree.Node> node = o.required("parameters", "an object of the form's parameters: " + String.join(", ", form.parameters));
            if (node.isEmpty()) return out;
            var params = c.object(node.get(), o.childPath("parameters"), form.parameters.toArray(String[]::new));
            if (params.isEmpty()) return out;
            for (String p : form.parameters) {
                Optional<JsonTree.Node> pn = params.get().required(p, "{\"value\": a number, \"se\": its standard error if published} (form " + form.id + ")");
                if (pn.isEmpty()) continue;
                var pv = c.object(pn.get(), params.get().childPath(p), "value", "se", "interval");
                if (pv.isEmpty()) continue;
                OptionalDouble value = pv.get().number("value", true, v -> Double.isFinite(v) && v != 0 && Math.abs(v) < 1e40,
                        "a finite non-zero number as published");
                OptionalDouble se = pv.get().number("se", false, v -> Double.isFinite(v) && v > 0, "a positive standard error");
                Optional<PublishedLaw.Interval> interval = value.isPresent() ? interval(pv.get(), value.getAsDouble()) : Optional.empty();
                if (value.isPresent()) out.put(p, new PublishedLaw.Parameter(value.getAsDouble(), se.orElse(Double.NaN), interval));
            }
            return out;
        }

        /** A published confidence interval {low, high, level}: low below high, the value between them, level in (0, 1). */
        private Optional<PublishedLaw.Interval> interval(JsonChecks.ObjectView parameter, double value) {
            Optional<JsonTree.Node> node = parameter.optional("interval");
            if (node.isEmpty()) return Optional.empty();
            var iv = c.object(node.get(), parameter.childPath("interval"), "low", "high", "level");
            if (iv.isEmpty()) return Optional.empty();
            OptionalDouble low = iv.get().number("low", true, v -> Double.isFinite(v) && v <= value, "a finite number no larger than the value");
            OptionalDouble high = iv.get().number("high", true, v -> Double.isFinite(v) && v >= value, "a finite number no smaller than the value");
            OptionalDouble level = iv.get().number("level", true, v -> v > 0 && v < 1, "the interval's coverage between 0 and 1, e.g. 0.95");
            if (low.isEmpty() || high.isEmpty() || level.isEmpty()) return Optional.empty();
            if (!(low.getAsDouble() < high.getAsDouble())) {
                c.add(node.get(), parameter.childPath("interval"), "expected low below high, got " + low.getAsDouble() + " and " + high.getAsDouble());
                return Optional.empty();
            }
            return Optional.of(new PublishedLaw.Interval(low.getAsDouble(), high.getAsDouble(), level.getAsDouble()));
        }

        private Optional<String> id(JsonChecks.ObjectView o, String what, Set<String> seen) {
            Optional<String> s = o.string("id", true, "an id of letters, digits, '-', '_' or '.'");
            if (s.isEmpty()) return s;
            if (!ID.matcher(s.get()).matches()) {
                c.add(o.optional("id").get(), o.childPath("id"), "expected an id of letters, digits, '-', '_' or '.', got \"" + s.get() + "\"");
                return Optional.empty();
            }
            if (seen.contains(s.get())) {
                c.add(o.optional("id").get(), o.childPath("id"), "duplicate " + what + " id \"" + s.get() + "\"");
                return Optional.empty();
            }
            return s;
        }
    }
}
