package org.scalingexplorer.io.workspace;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.io.files.InputFiles;
import org.scalingexplorer.io.json.JsonChecks;
import org.scalingexplorer.io.json.JsonPlaces;
import org.scalingexplorer.io.json.NotableModelsJson;
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
    /**
     * The heap budget (docs/workspace-format.md, "Limits"): a workspace is read within 1 GiB. The text (at most
     * {@link #MAX_BYTES}, one byte a character for JSON's ASCII) is kept to place problems; its tree holds at most
     * {@link #MAX_VALUES} values (about 60 bytes each); each embedded dataset is then read by the dataset reader
     * within its own limits (64 MiB, 2,000,000 values), one at a time. No string is longer than
     * {@link #MAX_STRING}, so a few huge unknown strings cannot fill the heap before the fields are checked.
     */
    static final long MAX_BYTES = 128L * 1024 * 1024;
    static final int MAX_VALUES = 4_000_000;
    static final int MAX_STRING = 1_000_000;
    /** Strict: a key given twice and anything after the document are errors with their place, not last-wins or ignored. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_STRING).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()).enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The embedded datasets' checksums are taken over this compact form of their JSON. */
    static final ObjectWriter COMPACT = new ObjectMapper().writer();

    private WorkspaceFormat() {
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** The fields a workspace has at its top level. */
    static final Set<String> TOP_LEVEL = Set.of("format", "version", "source", "loaded", "loadedSha256", "dataset", "datasetSha256",
            "excludedInnovations", "fits", "view", "notableModels", "story");

    /**
     * A workspace of a version this app reads has no field it does not know (a newer version is refused): an unknown
     * field is a typo or tampering, never carried silently (nor its size).
     */
    static void unknownFields(JsonNode root, int version, BiConsumer<String, String> problem) {
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
                : d.withAlgorithms(Stream.concat(d.algorithms().stream(), Stream.of(a)).toList());
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /**
     * Whether {@code file} says it is a workspace: its top-level {@code format} is {@value #FORMAT}, read from the
     * start of the file (a few hundred tokens at most: the field comes first in what the app writes). False for
     * anything else, unreadable or not JSON: the dataset reader then says what is wrong with it.
     */
    public static boolean declares(Path file) {
        try (Reader in = new InputStreamReader(InputFiles.openText(file, MAX_BYTES, "a workspace (JSON)"), StandardCharsets.UTF_8);
             JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return false;
            for (int tokens = 0; tokens < 512; tokens++) {
                JsonToken t = p.nextToken();
                if (t == null || t == JsonToken.END_OBJECT) return false;
                if (t == JsonToken.FIELD_NAME && "format".equals(p.currentName())) return p.nextToken() == JsonToken.VALUE_STRING && FORMAT.equals(p.getText());
                if (t == JsonToken.FIELD_NAME) {
                    p.nextToken();
                    p.skipChildren();
                }
            }
            return false;
        } catch (IOException | InputException e) {
            return false;
        }
    }

    /** Reads the file as it streams (its text is not kept: it is read again only to place problems, when there are some). */
    public static Workspace read(Path file) throws InputException {
        String name = file.toString();
        JsonNode root;
        try (Reader in = new InputStreamReader(InputFiles.openText(file, MAX_BYTES, "a workspace (JSON)"),
                StandardCharsets.UTF_8)) {
            root = tree(name, MAPPER.getFactory().createParser(in));
        } catch (IOException e) {
            throw InputFiles.problem(name, e);
        }
        return workspace(name, root, () -> {
            String text = InputFiles.readText(file, MAX_BYTES, "a workspace (JSON)");
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    public static Workspace read(String name, String text) throws InputException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try {
            root = tree(name, MAPPER.getFactory().createParser(json));
        } catch (IOException e) {
            throw InputFiles.problem(name, e);
        }
        return workspace(name, root, () -> json);
    }

    /** The text again, to place problems by their path. */
    private interface Text {
        String get() throws InputException;
    }

    private static Workspace workspace(String name, JsonNode root, Text text) throws InputException {
        if (root == null || root.isMissingNode()) {
            throw new InputException(name, List.of(new Problem(name, 1, 1, "", "the file is empty; expected a JSON object")));
        }
        WorkspaceReading r = new WorkspaceReading(name);
        Workspace w = r.workspace(root);
        if (!r.problems.isEmpty() || w == null) throw new InputException(name, JsonPlaces.locate(name, text.get(), r.problems));
        return w;
    }

    /** The tree of the document, within the limits, or a problem at the place the parser was. */
    private static JsonNode tree(String name, JsonParser raw) throws InputException, IOException {
        JsonNode root;
        JsonParser parser = null;
        try (JsonParser p = counting(raw)) {
            parser = p;
            root = MAPPER.readTree(p);
            if (p.nextToken() != null) throw new JsonParseException(p, "unexpected content after the end of the JSON document");
        } catch (JsonProcessingException e) {
            // where: the start of the token the parser was on (a string over the limit is placed where it begins),
            // and the field it belongs to
            var loc = parser != null && parser.currentTokenLocation() != null && parser.currentTokenLocation().getLineNr() > 0
                    ? parser.currentTokenLocation() : e.getLocation();
            String path = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString().replaceFirst("^/", "").replace('/', '.');
            String what = e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).startsWith("String value length")
                    ? String.format(Locale.ROOT, "a string longer than %,d characters; no field of a workspace holds one that long", MAX_STRING)
                    : firstLine(e.getOriginalMessage());
            throw new InputException(name, List.of(new Problem(name, loc == null ? 1 : Math.max(loc.getLineNr(), 1),
                    loc == null ? 1 : Math.max(loc.getColumnNr(), 1), path, "not valid JSON: " + what)));
        }
        return root;
    }

    /** The parser, refusing a document of more than {@link #MAX_VALUES} values as it reads them. */
    private static JsonParser counting(JsonParser p) {
        return new JsonParserDelegate(p) {
            private int values;

            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken t = super.nextToken();
                if (t != null && t.isScalarValue() || t == JsonToken.START_OBJECT
                        || t == JsonToken.START_ARRAY) {
                    if (++values > MAX_VALUES) {
                        throw new JsonParseException(this, String.format(Locale.ROOT,
                                "more than %,d values in one workspace; that is the limit", MAX_VALUES));
                    }
                }
                return t;
            }
        };
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
