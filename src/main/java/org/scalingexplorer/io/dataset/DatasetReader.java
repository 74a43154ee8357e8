package org.scalingexplorer.io.dataset;

import static org.scalingexplorer.io.dataset.DatasetLimits.*;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.json.JsonChecks;
import org.scalingexplorer.io.json.JsonDocuments;
import org.scalingexplorer.io.json.JsonTree;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Citation;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.ContextResult;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.Metadata;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;

/**
 * Reads the dataset format (docs/dataset-format.md) strictly: every problem in a file is collected, each with its
 * line, column and path, before anything is built. Nothing half-read is ever returned.
 */
public final class DatasetReader {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private DatasetReader() {
    }

    public static Dataset read(Path file) throws InputException {
        return JsonDocuments.read(file, "a dataset (JSON)", DatasetReader::build);
    }

    public static Dataset read(String name, String json) throws InputException {
        return JsonDocuments.read(name, json, DatasetReader::build);
    }

    public static Dataset read(String name, InputStream in) throws InputException {
        return JsonDocuments.read(name, in, DatasetReader::build);
    }

    private static Dataset build(JsonTree.Node root, JsonChecks checks) {
        return new Reading(checks).dataset(root);
    }

    /** The state of one read: the checks and the ids seen, for the cross-reference pass. */
    private static final class Reading {
        private final JsonChecks c;
        private final Map<String, JsonChecks.StringAt> algorithmIds = new LinkedHashMap<>();
        private final Map<String, JsonChecks.StringAt> innovationIds = new LinkedHashMap<>();
        private final List<JsonChecks.StringAt> algorithmRefs = new ArrayList<>();
        private final List<JsonChecks.StringAt> innovationRefs = new ArrayList<>();
        private final Map<String, List<String>> netOf = new HashMap<>();
        private final LawReading laws;
        private final Map<String, JsonChecks.StringAt> scaleIds = new LinkedHashMap<>();
        private final List<JsonChecks.StringAt> scaleRefs = new ArrayList<>();
        private final Map<String, String> algorithmScales = new HashMap<>();
        /** Scale-dependent innovations: their reference and candidate must be on one scale. */
        private final List<JsonChecks.StringAt[]> innovationPairs = new ArrayList<>();
        private final List<List<String>> declaredComparable = new ArrayList<>();

        private LossScale lossScale(JsonTree.Node n, String path) {
            var o = c.object(n, path, "id", "name", "data", "tokenizer", "loss");
            if (o.isEmpty()) return null;
            Optional<String> id = id(o.get(), scaleIds, "loss scale");
            Optional<String> name = o.get().string("name", true, "a short name such as \"C4 (GPT-2 tokenizer)\"");
            if (id.isEmpty() || name.isEmpty()) return null;
            return new LossScale(id.get(), name.get(), o.get().string("data", false, "the evaluation data").orElse(""),
                    o.get().string("tokenizer", false, "the tokenizer or vocabulary").orElse(""),
                    o.get().string("loss", false, "the loss and its unit").orElse(""));
        }

        private List<String> scalePair(JsonTree.Node n, String path) {
            if (!(n instanceof JsonTree.Arr a) || a.items().size() != 2) {
                c.add(n, path, "expected two loss-scale ids that are to be compared as one, e.g. [\"c4-gpt2\", \"massivetext\"]");
                return null;
            }
            List<String> pair = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonTree.Node item = a.items().get(i);
                String itemPath = path + "[" + i + "]";
                Optional<String> s = c.string(item, itemPath, "a loss-scale id");
                if (s.isEmpty()) continue;
                scaleRefs.add(new JsonChecks.StringAt(s.get(), item, itemPath));
                pair.add(s.get());
            }
            if (pair.size() == 2) declaredComparable.add(pair);
            return pair.size() == 2 ? pair : null;
        }

        Reading(JsonChecks c) {
            this.c = c;
            this.laws = new LawReading(c);
        }

        Dataset dataset(JsonTree.Node root) {
            var top = c.object(root, "", "format", "version", "metadata", "units", "lossScales", "comparableScales", "algorithms",
                    "innovations", "context", "computeTrend");
            if (top.isEmpty()) return null;
            var o = top.get();
            Optional<String> format = o.string("format", true, "\"" + DatasetFormat.FORMAT + "\"");
            if (format.isPresent() && !format.get().equals(DatasetFormat.FORMAT)) {
                c.add(o.node().fields().get("format").value(), "format",
                        "expected \"" + DatasetFormat.FORMAT + "\", got \"" + format.get() + "\"");
            }
            OptionalDouble version = o.number("version", true, v -> v == Math.rint(v) && v >= 1, "a format version (a whole number >= 1)");
            if (version.isPresent() && version.getAsDouble() > DatasetFormat.VERSION) {
                c.add(o.node().fields().get("version").value(), "version", "this file uses format version "
                        + (long) version.getAsDouble() + "; this build of Scaling Explorer reads versions up to " + DatasetFormat.VERSION);
                return null;
            }
            Metadata described = o.optional("metadata").map(n -> metadata(n, units(o))).orElse(new Metadata("", "", units(o), "", List.of()));
            List<LossScale> scales = list(o, "lossScales", false, this::lossScale);
            List<List<String>> comparable = list(o, "comparableScales", false, this::scalePair);
            Metadata metadata = described == null ? null : new Metadata(described.title(), described.description(), described.lossUnit(),
                    described.license(), described.citations(), scales, comparable);
            List<Algorithm> algorithms = list(o, "algorithms", true, this::algorithm);
            if (o.optional("algorithms").isPresent() && algorithms.isEmpty() && c.problems().isEmpty()) {
                c.add(o.node().fields().get("algorithms").value(), "algorithms", "expected at least one algorithm");
            }
            List<Innovation> innovations = list(o, "innovations", false, this::innovation);
            double decades = innovations.stream().filter(Innovation.ScaleInvariant.class::isInstance)
                    .mapToDouble(i -> Math.abs(Math.log10(((Innovation.ScaleInvariant) i).multiplier()))).sum();
            if (decades > 300) {
                c.add(o.node().fields().get("innovations").value(), "innovations", String.format(Locale.ROOT,
                        "the scale-invariant multipliers together span 10^%.0f; at most 10^300 (their product must stay a number)", decades));
            }
            List<ContextResult> context = list(o, "context", false, this::context);
            Optional<ComputeTrend> trend = o.optional("computeTrend").flatMap(n -> laws.trend(n, "computeTrend"));
            crossReferences();
            if (!c.problems().isEmpty()) return null;
            try {
                return new Dataset(metadata, algorithms, innovations, context, trend);
            } catch (IllegalArgumentException e) {
                c.add(root, "", e.getMessage());
                return null;
            }
        }

        private String units(JsonChecks.ObjectView top) {
            Optional<JsonChecks.ObjectView> units = top.optional("units").flatMap(n -> c.object(n, "units", "compute", "loss"));
            if (units.isEmpty()) return "nats";
            units.get().choice("compute", false, Set.of("FLOP"));
            return units.get().string("loss", false, "a unit name such as \"nats\"").orElse("nats");
        }

        private Metadata metadata(JsonTree.Node n, String lossUnit) {
            var o = c.object(n, "metadata", "title", "description", "license", "citations");
            if (o.isEmpty()) return null;
            List<Citation> citations = list(o.get(), "citations", false, (item, path) -> {
                var ci = c.object(item, path, "key", "text", "bibtex", "url");
                if (ci.isEmpty()) return null;
                String text = ci.get().string("text", true, "the citation as text").orElse("");
                return new Citation(ci.get().string("key", false, "a short key").orElse(""), text,
                        ci.get().string("bibtex", false, "a BibTeX entry").orElse(""),
                        ci.get().string("url", false, "a URL").orElse(""));
            });
            return new Metadata(o.get().string("title", false, "a title").orElse(""),
                    o.get().string("description", false, "a description").orElse(""), lossUnit,
                    o.get().string("license", false, "a licence").orElse(""), citations);
        }

        private Algorithm algorithm(JsonTree.Node n, String path) {
            var view = c.object(n, path, "id", "name", "color", "description", "lossScale", "law", "runs", "embodies", "whatIf",
                    "dash", "lineWidth");
            if (view.isEmpty()) return null;
            var o = view.get();
            Optional<String> id = id(o, algorithmIds, "algorithm");
            Optional<String> name = o.string("name", true, "a display name");
            Optional<String> color = o.string("color", false, "a colour such as \"#0072B2\"");
            if (color.isPresent() && !COLOR.matcher(color.get()).matches()) {
                c.add(o.optional("color").get(), o.childPath("color"), "expected a colour such as \"#0072B2\", got \"" + color.get() + "\"");
            }
            Optional<ScalingLaw> law = o.required("law", "a scaling law object").flatMap(l -> laws.law(l, o.childPath("law")));
            LineStyle style = style(o);
            List<Run> runs = list(o, "runs", false, this::run);
            List<JsonChecks.StringAt> embodies = o.strings("embodies");
            innovationRefs.addAll(embodies);
            boolean whatIf = o.optional("whatIf").map(b -> {
                if (b instanceof JsonTree.Bool bool) return bool.value();
                c.add(b, o.childPath("whatIf"), "expected true or false, got " + b.describe());
                return false;
            }).orElse(false);
            if (law.isPresent()) {
                // a law's floor lies below everything it was fitted to: a run at or under it is a wrong law or a wrong run
                double e = law.get().irreducibleLoss();
                List<JsonTree.Node> items = o.optional("runs").filter(JsonTree.Arr.class::isInstance).map(a -> ((JsonTree.Arr) a).items())
                        .orElse(List.of());
                for (int i = 0; i < runs.size(); i++) {
                    if (runs.get(i).loss() <= e) {
                        c.add(items.size() == runs.size() ? items.get(i) : o.node(), o.childPath("runs") + "[" + i + "].loss", "the loss "
                                + runs.get(i).loss() + " is at or below the law's irreducible loss E = " + e + "; every run's loss must be above E");
                    }
                }
            }
            if (id.isEmpty() || name.isEmpty() || law.isEmpty()) return null;
            Set<String> emb = new LinkedHashSet<>();
            embodies.forEach(s -> emb.add(s.value()));
            Optional<String> scale = o.string("lossScale", false, "the id of one of the dataset's lossScales");
            scale.ifPresent(s -> scaleRefs.add(new JsonChecks.StringAt(s, o.node().fields().get("lossScale").value(), o.childPath("lossScale"))));
            id.ifPresent(i -> algorithmScales.put(i, scale.orElse("")));
            return new Algorithm(id.get(), name.get(), color.orElse(""), o.string("description", false, "a description").orElse(""),
                    law.get(), runs, emb, whatIf, scale.orElse(""), style);
        }

        /** The optional "dash" (solid, dashed, dotted) and "lineWidth" (0.5 to 4 times the theme's line). */
        private LineStyle style(JsonChecks.ObjectView o) {
            LineStyle.Dash dash = LineStyle.Dash.SOLID;
            Optional<String> d = o.string("dash", false, "solid, dashed or dotted");
            if (d.isPresent()) {
                try {
                    dash = LineStyle.Dash.parse(d.get());
                } catch (IllegalArgumentException e) {
                    c.add(o.optional("dash").get(), o.childPath("dash"), "expected solid, dashed or dotted, got \"" + d.get() + "\"");
                }
            }
            double width = o.number("lineWidth", false, v -> v >= LineStyle.MIN_WIDTH && v <= LineStyle.MAX_WIDTH,
                    "a line width from 0.5 to 4 (times the theme's)").orElse(1);
            return new LineStyle(dash, width);
        }

        private Run run(JsonTree.Node n, String path) {
            var o = c.object(n, path, "compute", "loss", "params", "tokens");
            if (o.isEmpty()) return null;
            OptionalDouble compute = o.get().number("compute", true, COMPUTE, COMPUTE_TEXT);
            OptionalDouble loss = o.get().number("loss", true, x -> x > 0 && x <= MAX_LOSS, "a positive loss up to " + (int) MAX_LOSS);
            OptionalDouble params = o.get().number("params", false, x -> x > 0, "a positive number of parameters");
            OptionalDouble tokens = o.get().number("tokens", false, x -> x > 0, "a positive number of tokens");
            if (compute.isEmpty() || loss.isEmpty()) return null;
            return new Run(compute.getAsDouble(), loss.getAsDouble(), params.orElse(Double.NaN), tokens.orElse(Double.NaN));
        }

        private Innovation innovation(JsonTree.Node n, String path) {
            String kind = n instanceof JsonTree.Obj o && o.fields().get("kind") != null
                    && o.fields().get("kind").value() instanceof JsonTree.Str s ? s.value() : null;
            boolean dependent = "scale-dependent".equals(kind);
            var view = dependent
                    ? c.object(n, path, "id", "name", "year", "kind", "candidate", "reference", "anchor", "netOf", "source")
                    : c.object(n, path, "id", "name", "year", "kind", "multiplier", "raw", "source");
            if (view.isEmpty()) return null;
            var o = view.get();
            Optional<String> id = id(o, innovationIds, "innovation");
            Optional<String> name = o.string("name", true, "a display name");
            OptionalDouble year = o.number("year", true, y -> y == Math.rint(y) && y >= FIRST_YEAR && y <= LAST_YEAR, "a year from " + FIRST_YEAR + " to " + LAST_YEAR + " (a whole number such as 2017)");
            Optional<String> k = o.choice("kind", true, Set.of("scale-invariant", "scale-dependent"));
            String source = o.string("source", false, "a source").orElse("");
            if (dependent) {
                Optional<JsonChecks.StringAt> cand = ref(o, "candidate");
                Optional<JsonChecks.StringAt> ref = ref(o, "reference");
                if (cand.isPresent() && ref.isPresent()) innovationPairs.add(new JsonChecks.StringAt[] {ref.get(), cand.get()});
                if (cand.isPresent() && ref.isPresent() && cand.get().value().equals(ref.get().value())) {
                    c.add(cand.get().node(), cand.get().path(), "the candidate must differ from the reference");
                }
                Optional<String> anchor = o.choice("anchor", true, Set.of("reference", "candidate"));
                List<JsonChecks.StringAt> net = o.strings("netOf");
                Set<String> distinct = new HashSet<>();
                for (JsonChecks.StringAt s : net) {
                    if (!distinct.add(s.value())) c.add(s.node(), s.path(), "\"" + s.value() + "\" is named twice; each innovation divides the multiplier once");
                }
                innovationRefs.addAll(net);
                id.ifPresent(i -> netOf.put(i, net.stream().map(JsonChecks.StringAt::value).toList()));
                if (id.isEmpty() || name.isEmpty() || year.isEmpty() || cand.isEmpty() || ref.isEmpty() || anchor.isEmpty()) return null;
                return new Innovation.ScaleDependent(id.get(), name.get(), (int) year.getAsDouble(), cand.get().value(),
                        ref.get().value(), Anchor.parse(anchor.get()), net.stream().map(JsonChecks.StringAt::value).toList(), source);
            }
            OptionalDouble multiplier = o.number("multiplier", true, MULTIPLIER, MULTIPLIER_TEXT + " (1 = no gain)");
            OptionalDouble raw = o.number("raw", false, MULTIPLIER, MULTIPLIER_TEXT);
            if (id.isEmpty() || name.isEmpty() || year.isEmpty() || k.isEmpty() || multiplier.isEmpty()) return null;
            return new Innovation.ScaleInvariant(id.get(), name.get(), (int) year.getAsDouble(), raw, multiplier.getAsDouble(), source);
        }

        private Optional<JsonChecks.StringAt> ref(JsonChecks.ObjectView o, String field) {
            Optional<JsonTree.Node> node = o.required(field, "an algorithm id");
            if (node.isEmpty()) return Optional.empty();
            Optional<String> s = c.string(node.get(), o.childPath(field), "an algorithm id");
            if (s.isEmpty()) return Optional.empty();
            JsonChecks.StringAt at = new JsonChecks.StringAt(s.get(), node.get(), o.childPath(field));
            algorithmRefs.add(at);
            return Optional.of(at);
        }

        private ContextResult context(JsonTree.Node n, String path) {
            var o = c.object(n, path, "name", "multiplier", "note", "source");
            if (o.isEmpty()) return null;
            Optional<String> name = o.get().string("name", true, "a name");
            OptionalDouble m = o.get().number("multiplier", true, MULTIPLIER, MULTIPLIER_TEXT);
            if (name.isEmpty() || m.isEmpty()) return null;
            return new ContextResult(name.get(), m.getAsDouble(), o.get().string("note", false, "a note").orElse(""),
                    o.get().string("source", false, "a source").orElse(""));
        }

        private Optional<String> id(JsonChecks.ObjectView o, Map<String, JsonChecks.StringAt> seen, String what) {
            Optional<JsonTree.Node> node = o.required("id", "an id of letters, digits, '-', '_' or '.'");
            if (node.isEmpty()) return Optional.empty();
            Optional<String> s = c.string(node.get(), o.childPath("id"), "an id of letters, digits, '-', '_' or '.'");
            if (s.isEmpty()) return Optional.empty();
            if (!ID.matcher(s.get()).matches()) {
                c.add(node.get(), o.childPath("id"), "expected an id of letters, digits, '-', '_' or '.', got \"" + s.get() + "\"");
                return Optional.empty();
            }
            JsonChecks.StringAt first = seen.putIfAbsent(s.get(), new JsonChecks.StringAt(s.get(), node.get(), o.childPath("id")));
            if (first != null) {
                c.add(node.get(), o.childPath("id"), "duplicate " + what + " id \"" + s.get() + "\"; "
                        + first.path() + " (line " + first.node().location().line() + ") already uses it");
                return Optional.empty();
            }
            return s;
        }

        private void crossReferences() {
            for (JsonChecks.StringAt r : scaleRefs) {
                if (!scaleIds.containsKey(r.value())) {
                    c.add(r.node(), r.path(), "no loss scale has the id \"" + r.value() + "\"" + JsonChecks.hint(r.value(), scaleIds.keySet())
                            + (scaleIds.isEmpty() ? "; declare it under \"lossScales\"" : ""));
                }
            }
            // a scale-dependent innovation is a CEG between its two algorithms: their losses must be comparable
            for (JsonChecks.StringAt[] pair : innovationPairs) {
                String rs = algorithmScales.get(pair[0].value());
                String cs = algorithmScales.get(pair[1].value());
                if (rs == null || cs == null || rs.equals(cs)) continue;
                if (declaredComparable.stream().anyMatch(p -> p.contains(rs) && p.contains(cs))) continue;
                c.add(pair[1].node(), pair[1].path(), "the candidate's loss is on " + (cs.isEmpty() ? "an undeclared scale" : "\"" + cs + "\"")
                        + ", the reference's on " + (rs.isEmpty() ? "an undeclared scale" : "\"" + rs + "\"")
                        + ": a CEG between them means nothing (declare the two scales under \"comparableScales\" to assume it)");
            }
            for (JsonChecks.StringAt r : algorithmRefs) {
                if (!algorithmIds.containsKey(r.value())) {
                    c.add(r.node(), r.path(), "no algorithm has the id \"" + r.value() + "\"" + JsonChecks.hint(r.value(), algorithmIds.keySet()));
                }
            }
            for (JsonChecks.StringAt r : innovationRefs) {
                if (!innovationIds.containsKey(r.value())) {
                    c.add(r.node(), r.path(), "no innovation has the id \"" + r.value() + "\"" + JsonChecks.hint(r.value(), innovationIds.keySet()));
                }
            }
            NetOfGraph.Check check = NetOfGraph.check(netOf, MAX_NET_OF_DEPTH);
            for (Map.Entry<String, String> e : check.problems().entrySet()) {
                JsonChecks.StringAt at = innovationIds.get(e.getKey());
                if (at != null) c.add(at.node(), at.path().replaceFirst("\\.id$", ".netOf"), e.getValue());
            }
        }

        private interface ItemReader<T> {
            T read(JsonTree.Node node, String path);
        }

        private int runsRead;

        private <T> List<T> list(JsonChecks.ObjectView o, String field, boolean required, ItemReader<T> reader) {
            List<T> out = new ArrayList<>();
            o.array(field, required).ifPresent(items -> {
                int limit = LIST_LIMITS.getOrDefault(field, Integer.MAX_VALUE);
                int seen = field.equals("runs") ? (runsRead += items.size()) : items.size();
                if (seen > limit) {
                    c.add(o.node().fields().get(field).value(), o.childPath(field), String.format(Locale.ROOT,
                            "%s %,d %s; at most %,d are allowed", field.equals("runs") ? "the dataset has" : "this list has",
                            seen, field.equals("runs") ? "runs in all" : "items", limit));
                    return;
                }
                for (int i = 0; i < items.size(); i++) {
                    T t = reader.read(items.get(i), o.childPath(field) + "[" + i + "]");
                    if (t != null) out.add(t);
                }
            });
            return out;
        }
    }
}
