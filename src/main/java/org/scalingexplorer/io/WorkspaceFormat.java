package org.scalingexplorer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitResult;

/**
 * The workspace file ({@code *.scaling-workspace.json}, documented in docs/workspace-format.md): the datasets are
 * embedded in the dataset format, so a workspace opens even when the dataset file has moved or changed (the path
 * and its SHA-256 are kept to say so). Version 1. Sizes and nesting are bounded; nothing is deserialised into
 * arbitrary types.
 */
public final class WorkspaceFormat {
    public static final String FORMAT = "scaling-explorer-workspace";
    /** 2 added a SHA-256 beside each embedded dataset (required from version 2 on). */
    public static final int VERSION = 2;
    static final long MAX_BYTES = 512L * 1024 * 1024;
    /** Strict: a key given twice and anything after the document are errors with their place, not last-wins or ignored. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(64 * 1024 * 1024).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()).enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The embedded datasets' checksums are taken over this compact form of their JSON. */
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = new ObjectMapper().writer();

    private WorkspaceFormat() {
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** The fields a workspace has at its top level. */
    static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("format", "version", "source", "loaded", "loadedSha256", "dataset", "datasetSha256",
            "excludedInnovations", "fits", "view", "notableModels", "story");

    /**
     * A workspace of a version this app reads has no field it does not know (a newer version is refused): an unknown
     * field is a typo or tampering, never carried silently (nor its size).
     */
    static void unknownFields(com.fasterxml.jackson.databind.JsonNode root, int version, java.util.function.BiConsumer<String, String> problem) {
        root.fieldNames().forEachRemaining(f -> {
            if (!TOP_LEVEL.contains(f)) problem.accept(f.length() > 60 ? f.substring(0, 60) + "..." : f, "unknown field"
                    + JsonChecks.hint(f, TOP_LEVEL) + " (a workspace of version " + version + " has no other)");
        });
    }

    public static String toJson(Workspace w) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        w.source().ifPresent(s -> {
            ObjectNode src = root.putObject("source");
            src.put("path", s.path().toString());
            src.put("sha256", s.sha256());
        });
        embed(root, "loaded", w.loaded());
        embed(root, "dataset", w.dataset());
        ArrayNode excluded = root.putArray("excludedInnovations");
        w.excluded().stream().sorted().forEach(excluded::add);
        ArrayNode fits = root.putArray("fits");
        for (AppliedFit f : w.fits()) fits.add(fit(f, w.dataset()));
        Workspace.View v = w.view();
        ObjectNode view = viewFields(root.putObject("view"), v.reference(), v.anchor(), v.log10Compute(), v.year(), v.mode(), v.sideTab(),
                v.sidePanel());
        view.put("theme", v.theme());
        view.put("colorBlindSafe", v.colorBlindSafe());
        if (!w.notable().isEmpty()) NotableModelsJson.write(root.putArray("notableModels"), w.notable());
        ArrayNode story = root.putArray("story");
        for (Workspace.Keyframe k : w.story()) {
            ObjectNode o = story.addObject();
            o.put("name", k.name());
            viewFields(o, k.reference(), k.anchor(), k.log10Compute(), k.year(), k.mode(), k.sideTab(), k.sidePanel());
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a view and a story's saved view share. */
    private static ObjectNode viewFields(ObjectNode o, String reference, Anchor anchor, double log10Compute, double year, Attribution.Mode mode,
                                         int sideTab, boolean sidePanel) {
        o.put("reference", reference);
        o.put("anchor", anchor.id());
        o.put("log10Compute", log10Compute);
        o.put("year", year);
        o.put("attributionMode", mode.id());
        o.put("sideTab", sideTab);
        o.put("sidePanel", sidePanel);
        return o;
    }

    private static ObjectNode fit(AppliedFit f, Dataset d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("algorithm", f.algorithmId());
        o.put("source", f.source());
        o.put("active", f.active());
        ObjectNode opt = o.putObject("options");
        opt.put("dropHighest", f.options().dropHighest());
        opt.put("frontierBins", f.options().frontierBins());
        opt.put("minCompute", f.options().minCompute());
        if (Double.isFinite(f.options().maxCompute())) opt.put("maxCompute", f.options().maxCompute());
        opt.put("huber", f.options().huber());
        FitResult r = f.fit();
        ObjectNode fit = o.putObject("fit");
        fit.put("law", r.kind().id());
        ObjectNode params = fit.putObject("parameters");
        r.parameters().forEach(params::put);
        fit.put("used", r.used());
        fit.put("dropped", r.dropped());
        fit.put("rSquared", r.rSquared());
        fit.put("rmse", r.rmse());
        ArrayNode res = fit.putArray("residuals");
        for (double x : r.residuals()) res.add(x);
        if (f.bootstrap() != null) {
            Bootstrap.Result b = f.bootstrap();
            ObjectNode boot = o.putObject("bootstrap");
            boot.put("level", b.level());
            boot.put("seed", b.seed());
            boot.put("failed", b.failed());
            ArrayNode names = boot.putArray("parameters");
            r.parameters().keySet().forEach(names::add);
            ArrayNode samples = boot.putArray("samples");
            for (Map<String, Double> s : b.samples()) {
                ArrayNode row = samples.addArray();
                for (String n : r.parameters().keySet()) row.add(s.get(n));
            }
        }
        // a replaced law: the dataset's own version of the algorithm, to switch back to (kept as the dataset with that
        // version in place, so that what the algorithm refers to stays valid)
        if (f.original() != null) embed(o, "original", single(d, f.original()));
        // the fitted version, when the dataset shows the other one now
        if (!f.active()) embed(o, "fitted", single(d, f.fitted()));
        return o;
    }

    /** A dataset in the dataset format under {@code field}, with the SHA-256 of its JSON under {@code field + "Sha256"}. */
    private static void embed(ObjectNode parent, String field, Dataset d) {
        JsonNode tree = DatasetWriter.toTree(d);
        parent.set(field, tree);
        parent.put(field + "Sha256", checksum(tree));
    }

    static String checksum(JsonNode tree) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(COMPACT.writeValueAsBytes(tree)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dataset with {@code a} in the place of its namesake: a valid dataset however {@code a} refers to innovations. */
    private static Dataset single(Dataset d, Algorithm a) {
        return d.findAlgorithm(a.id()).isPresent() ? d.mapAlgorithm(a.id(), x -> a)
                : d.withAlgorithms(java.util.stream.Stream.concat(d.algorithms().stream(), java.util.stream.Stream.of(a)).toList());
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public static Workspace read(Path file) throws InputException {
        return read(file.toString(), InputFiles.readText(file, MAX_BYTES, "a workspace (JSON)"));
    }

    public static Workspace read(String name, String text) throws InputException {
        JsonNode root;
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputException(name, List.of(new Problem(name, loc == null ? 1 : Math.max(loc.getLineNr(), 1),
                    loc == null ? 1 : Math.max(loc.getColumnNr(), 1), "", "not valid JSON: " + firstLine(e.getOriginalMessage()))));
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(name, List.of(new Problem(name, 1, 1, "", "the file is empty; expected a JSON object")));
        }
        WorkspaceReading r = new WorkspaceReading(name);
        Workspace w = r.workspace(root);
        if (!r.problems.isEmpty() || w == null) throw new InputException(name, JsonPlaces.locate(name, json, r.problems));
        return w;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable input";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }


    /** The SHA-256 of a file's bytes, in hex: how a workspace notices that its dataset file changed. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
