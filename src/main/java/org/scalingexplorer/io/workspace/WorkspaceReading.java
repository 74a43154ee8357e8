package org.scalingexplorer.io.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.Problems;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.json.NotableModelsJson;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.NotableModel;

/** One read of a workspace (WorkspaceFormat.read): problems gathered with the field they are at. */
final class WorkspaceReading {
    final String name;
    final List<Problem> problems = new Problems();

    int version = WorkspaceFormat.VERSION;

    /** The fits' bootstrap resamples in one workspace, together (each kept as a map of its parameters, about 400 bytes). */
    static final int MAX_SAMPLES = 200_000;
    int samplesRead;

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
        // each embedded dataset's subtree is let go once read: the two are never held as trees and as datasets at once
        Dataset loaded = dataset(root, "loaded");
        if (problems.isEmpty() && root instanceof ObjectNode o) o.remove("loaded");
        Dataset dataset = dataset(root, "dataset");
        if (dataset == null) return null;
        if (problems.isEmpty() && root instanceof ObjectNode o) o.remove("dataset");
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
        List<NotableModel> notable = NotableModelsJson.read(root.path("notableModels"), this::problem);
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
            // compact: the dataset reader's 64 MiB limit applies to the dataset, not to the workspace's indentation
            return DatasetReader.read(name + " (" + field + ")", WorkspaceFormat.COMPACT.writeValueAsString(n));
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
        return new FitReading(this).fit(f, path, d);
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3g", v).replace("e+", "e");
    }
}
