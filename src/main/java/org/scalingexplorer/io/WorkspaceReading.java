package org.scalingexplorer.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.FitResult;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;

/** One read of a workspace (WorkspaceFormat.read): problems gathered with the field they are at. */
final class WorkspaceReading {
    final String name;
    final List<Problem> problems = new Problems();

    int version = WorkspaceFormat.VERSION;

    WorkspaceReading(String name) {
        this.name = name;
    }

    void problem(String path, String message) {
        problems.add(new Problem(name, 0, 0, path, message));
    }

    Workspace workspace(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "expected a JSON object with \"format\": \"" + WorkspaceFormat.FORMAT + "\"");
            return null;
        }
        if (!WorkspaceFormat.FORMAT.equals(root.path("format").asText(null))) {
            problem("format", "expected \"" + WorkspaceFormat.FORMAT + "\"" + (root.has("format") ? ", got " + root.get("format") : ""));
            return null;
        }
        if (!root.path("version").isIntegralNumber() || !root.path("version").canConvertToInt() || root.path("version").asInt() < 1) {
            problem("version", "expected a whole number >= 1" + (root.has("version") ? ", got " + root.get("version") : ""));
            return null;
        }
        if (root.path("version").asInt() > WorkspaceFormat.VERSION) {
            problem("version", "this workspace is version " + root.path("version").asInt() + "; this Scaling Explorer reads up to version "
                    + WorkspaceFormat.VERSION + " (a newer app wrote it)");
            return null;
        }
        version = root.path("version").asInt();
        WorkspaceFormat.unknownFields(root, version, this::problem);
        Dataset loaded = dataset(root, "loaded");
        Dataset dataset = dataset(root, "dataset");
        if (dataset == null) return null;
        if (loaded == null) loaded = dataset;
        Optional<Workspace.Source> source = Optional.empty();
        if (root.has("source")) {
            String p = text(root.path("source"), "source.path", true);
            String h = text(root.path("source"), "source.sha256", false);
            if (p != null) source = Optional.of(new Workspace.Source(Path.of(p), h == null ? "" : h));
        }
        Set<String> excluded = new LinkedHashSet<>();
        JsonNode ex = root.path("excludedInnovations");
        if (!ex.isMissingNode()) {
            if (!ex.isArray()) problem("excludedInnovations", "expected a list of innovation ids");
            else for (int i = 0; i < ex.size(); i++) {
                String id = ex.get(i).asText("");
                if (dataset.findInnovation(id).isEmpty()) problem("excludedInnovations[" + i + "]", "no innovation '" + id + "' in the dataset");
                else excluded.add(id);
            }
        }
        List<AppliedFit> fits = new ArrayList<>();
        JsonNode fs = root.path("fits");
        if (!fs.isMissingNode()) {
            if (!fs.isArray()) problem("fits", "expected a list");
            else for (int i = 0; i < fs.size(); i++) {
                AppliedFit f = fit(fs.get(i), "fits[" + i + "]", dataset);
                if (f != null) fits.add(f);
            }
        }
        Workspace.View view = view(root.path("view"), dataset);
        List<Workspace.Keyframe> story = new ArrayList<>();
        JsonNode st = root.path("story");
        if (!st.isMissingNode()) {
            if (!st.isArray()) problem("story", "expected a list of saved views");
            else for (int i = 0; i < st.size(); i++) {
                Workspace.Keyframe k = keyframe(st.get(i), "story[" + i + "]", dataset);
                if (k != null) story.add(k);
            }
        }
        List<org.scalingexplorer.model.fit.NotableModel> notable = NotableModelsJson.read(root.path("notableModels"), this::problem);
        if (!problems.isEmpty()) return null;
        return new Workspace(source, loaded, dataset, excluded, fits, view, story, notable);
    }

    Dataset dataset(JsonNode root, String field) {
        JsonNode n = root.path(field);
        if (n.isMissingNode()) {
            if (field.equals("dataset")) problem(field, "missing: a workspace embeds its dataset");
            return null;
        }
        return embedded(root, field, field);
    }

    /** The dataset in {@code parent.field}, checked against its checksum when the workspace holds one. */
    Dataset embedded(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        JsonNode sum = parent.get(field + "Sha256");
        if (sum == null && version >= 2) {
            problem(path + "Sha256", "missing: a workspace of version 2 keeps the SHA-256 of each embedded dataset beside it");
            return null;
        }
        if (sum != null && (!sum.isTextual() || !sum.asText().equals(WorkspaceFormat.checksum(n)))) {
            problem(path + "Sha256", "the embedded dataset " + path + " does not match its checksum: it was changed or damaged after"
                    + " the workspace was saved (open the dataset file itself, or an earlier copy of the workspace)");
            return null;
        }
        return embedded(n, path);
    }

    Dataset embedded(JsonNode n, String field) {
        try {
            return DatasetReader.read(name + " (" + field + ")", WorkspaceFormat.MAPPER.writeValueAsString(n));
        } catch (InputException e) {
            for (Problem p : e.problems()) problem(field + (p.path().isEmpty() ? "" : "." + p.path()), p.message());
            return null;
        } catch (JsonProcessingException e) {
            problem(field, "cannot be read: " + e.getOriginalMessage());
            return null;
        }
    }

    String text(JsonNode parent, String path, boolean required) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            if (required) problem(path, "missing");
            return null;
        }
        if (!n.isTextual()) {
            problem(path, "expected text, got " + n.getNodeType().name().toLowerCase());
            return null;
        }
        return n.asText();
    }

    double number(JsonNode parent, String path, double fallback, boolean required) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = parent.path(key);
        if (n.isMissingNode()) {
            if (required) problem(path, "missing");
            return fallback;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            problem(path, "expected a finite number, got " + n);
            return fallback;
        }
        return n.asDouble();
    }

    /** A number in {@code [lo, hi]} (a whole one when {@code whole}); out of range is a problem naming the range. */
    double numberIn(JsonNode parent, String path, double fallback, boolean required, double lo, double hi, boolean whole) {
        double v = number(parent, path, fallback, required);
        JsonNode n = parent.path(path.substring(path.lastIndexOf('.') + 1));
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) return fallback;
        if (v < lo || v > hi || (whole && v != Math.rint(v))) {
            problem(path, "expected " + (whole ? "a whole number" : "a number") + " from " + plain(lo) + " to " + plain(hi) + ", got " + n);
            return fallback;
        }
        return v;
    }

    boolean bool(JsonNode parent, String path, boolean fallback) {
        JsonNode n = parent.path(path.substring(path.lastIndexOf('.') + 1));
        if (n.isMissingNode()) return fallback;
        if (!n.isBoolean()) {
            problem(path, "expected true or false, got " + n);
            return fallback;
        }
        return n.asBoolean();
    }

    Anchor anchor(JsonNode parent, String path) {
        String a = text(parent, path, false);
        try {
            return a == null ? Anchor.REFERENCE : Anchor.parse(a);
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return Anchor.REFERENCE;
        }
    }

    Attribution.Mode mode(JsonNode parent, String path) {
        String m = text(parent, path, false);
        try {
            return m == null ? Attribution.Mode.FRONTIER : Attribution.Mode.parse(m);
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return Attribution.Mode.FRONTIER;
        }
    }

    String reference(JsonNode parent, String path, Dataset d) {
        String ref = text(parent, path, false);
        if (ref == null) return d.algorithms().get(0).id();
        if (d.findAlgorithm(ref).isEmpty()) {
            problem(path, "no algorithm '" + ref + "' in the dataset");
            return d.algorithms().get(0).id();
        }
        return ref;
    }

    Workspace.View view(JsonNode v, Dataset d) {
        if (!v.isMissingNode() && !v.isObject()) problem("view", "expected an object");
        String theme = text(v, "view.theme", false);
        if (theme != null && !List.of("light", "dark", "high-contrast").contains(theme)) {
            problem("view.theme", "expected light, dark or high-contrast, got '" + theme + "'");
        }
        return new Workspace.View(reference(v, "view.reference", d), anchor(v, "view.anchor"), log10Compute(v, "view.log10Compute", false),
                year(v, "view.year"), mode(v, "view.attributionMode"), theme == null ? "light" : theme,
                bool(v, "view.colorBlindSafe", false), sideTab(v, "view.sideTab"), bool(v, "view.sidePanel", true));
    }

    /** The compute slider's range, 1 to 1e40 FLOP, as log10. */
    double log10Compute(JsonNode v, String path, boolean required) {
        return numberIn(v, path, 22, required, 0, 40, false);
    }

    double year(JsonNode v, String path) {
        return numberIn(v, path, 2025, false, 1950, 2100, false);
    }

    /** Attribution, By scale, Frames, Innovations. */
    int sideTab(JsonNode v, String path) {
        return (int) numberIn(v, path, 0, false, 0, 3, true);
    }

    Workspace.Keyframe keyframe(JsonNode k, String path, Dataset d) {
        if (!k.isObject()) {
            problem(path, "expected an object");
            return null;
        }
        String name = text(k, path + ".name", false);
        return new Workspace.Keyframe(name == null ? "View" : name, reference(k, path + ".reference", d), anchor(k, path + ".anchor"),
                log10Compute(k, path + ".log10Compute", true), year(k, path + ".year"), mode(k, path + ".attributionMode"),
                sideTab(k, path + ".sideTab"), bool(k, path + ".sidePanel", true));
    }

    AppliedFit fit(JsonNode f, String path, Dataset d) {
        if (!f.isObject()) {
            problem(path, "expected an object");
            return null;
        }
        String id = text(f, path + ".algorithm", true);
        if (id == null) return null;
        if (d.findAlgorithm(id).isEmpty()) {
            problem(path + ".algorithm", "no algorithm '" + id + "' in the dataset");
            return null;
        }
        boolean active = bool(f, path + ".active", true);
        JsonNode opt = f.path("options");
        FitOptions options;
        try {
            options = new FitOptions((int) numberIn(opt, path + ".options.dropHighest", 0, false, 0, 10_000_000, true),
                    (int) numberIn(opt, path + ".options.frontierBins", 0, false, 0, FitOptions.MAX_FRONTIER_BINS, true),
                    numberIn(opt, path + ".options.minCompute", 0, false, 0, 1e40, false),
                    numberIn(opt, path + ".options.maxCompute", Double.POSITIVE_INFINITY, false, 0, 1e300, false),
                    bool(opt, path + ".options.huber", false));
        } catch (IllegalArgumentException e) {
            problem(path + ".options", e.getMessage());
            return null;
        }
        JsonNode fit = f.path("fit");
        LawKind kind;
        try {
            kind = LawKind.parse(fit.path("law").asText(""));
        } catch (IllegalArgumentException e) {
            problem(path + ".fit.law", e.getMessage());
            return null;
        }
        Map<String, Double> params = new LinkedHashMap<>();
        JsonNode ps = fit.path("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) problem(path + ".fit.parameters." + e.getKey(), "expected a number");
            else params.put(e.getKey(), e.getValue().asDouble());
        }
        JsonNode res = fit.path("residuals");
        double[] residuals = new double[res.isArray() ? res.size() : 0];
        for (int i = 0; i < residuals.length; i++) {
            if (!res.get(i).isNumber() || !Double.isFinite(res.get(i).asDouble())) {
                problem(path + ".fit.residuals[" + i + "]", "expected a finite number, got " + res.get(i));
                return null;
            }
            residuals[i] = res.get(i).asDouble();
        }
        Algorithm inDataset = d.algorithm(id);
        ScalingLaw law;
        try {
            law = kind.law(params, inDataset.law().fittedRange(), inDataset.law().runsRange());
        } catch (RuntimeException e) {
            problem(path + ".fit.parameters", "do not make a " + kind.id() + " law: " + e.getMessage());
            return null;
        }
        FitResult result = new FitResult(kind, params, law, (int) numberIn(fit, path + ".fit.used", 0, false, 0, 10_000_000, true),
                (int) numberIn(fit, path + ".fit.dropped", 0, false, 0, 10_000_000, true), number(fit, path + ".fit.rSquared", Double.NaN, false),
                number(fit, path + ".fit.rmse", Double.NaN, false), residuals);
        Bootstrap.Result boot = null;
        JsonNode b = f.path("bootstrap");
        if (b.isObject()) {
            List<String> names = new ArrayList<>();
            b.path("parameters").forEach(n -> names.add(n.asText()));
            if (!names.equals(new ArrayList<>(params.keySet()))) {
                problem(path + ".bootstrap.parameters", "expected " + params.keySet() + ", the fit's parameters in order");
                return null;
            }
            List<Map<String, Double>> samples = new ArrayList<>();
            JsonNode rows = b.path("samples");
            if (!rows.isArray() || rows.size() > Bootstrap.MAX_RESAMPLES) {
                problem(path + ".bootstrap.samples", "expected a list of at most " + Bootstrap.MAX_RESAMPLES + " resamples");
                return null;
            }
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                if (!row.isArray() || row.size() != names.size()) {
                    problem(path + ".bootstrap.samples[" + i + "]", "expected " + names.size() + " numbers");
                    return null;
                }
                Map<String, Double> m = new LinkedHashMap<>();
                for (int k = 0; k < names.size(); k++) {
                    JsonNode x = row.get(k);
                    if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                        problem(path + ".bootstrap.samples[" + i + "][" + k + "]", "expected a finite number (" + names.get(k) + "), got " + x);
                        return null;
                    }
                    m.put(names.get(k), x.asDouble());
                }
                samples.add(m);
            }
            double level = number(b, path + ".bootstrap.level", Bootstrap.DEFAULT_LEVEL, false);
            if (!(level > 0 && level < 1)) {
                problem(path + ".bootstrap.level", "expected a number between 0 and 1");
                return null;
            }
            Bootstrap.Result partial = new Bootstrap.Result(result, Map.of(), samples,
                    (int) numberIn(b, path + ".bootstrap.failed", 0, false, 0, Bootstrap.MAX_RESAMPLES, true),
                    level, (long) numberIn(b, path + ".bootstrap.seed", 1, false, -9.007199254740992E15, 9.007199254740992E15, true));
            Map<String, Bootstrap.Interval> intervals = new LinkedHashMap<>();
            for (String n : names) intervals.put(n, Bootstrap.interval(partial, p -> p.get(n)));
            boot = new Bootstrap.Result(result, intervals, samples, partial.failed(), level, partial.seed());
        }
        Algorithm original = null;
        if (f.has("original")) {
            Dataset o = embedded(f, "original", path + ".original");
            if (o == null) return null;
            if (o.findAlgorithm(id).isEmpty()) {
                problem(path + ".original", "holds no algorithm '" + id + "'");
                return null;
            }
            original = o.algorithm(id);
        }
        Algorithm fitted = inDataset;
        if (!active) {
            if (!f.has("fitted")) {
                problem(path + ".fitted", "missing: an inactive fit keeps its fitted algorithm");
                return null;
            }
            Dataset o = embedded(f, "fitted", path + ".fitted");
            if (o == null) return null;
            if (o.findAlgorithm(id).isEmpty()) {
                problem(path + ".fitted", "holds no algorithm '" + id + "'");
                return null;
            }
            fitted = o.algorithm(id);
        }
        List<ScalingLaw> laws = boot == null ? List.of() : Uncertainty.laws(boot, fitted.law().fittedRange());
        return new AppliedFit(id, f.path("source").asText(""), options, result, boot, original, fitted, laws, active);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : String.format(java.util.Locale.ROOT, "%.3g", v).replace("e+", "e");
    }
}
