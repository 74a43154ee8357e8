package org.scalingexplorer.io.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;

/** The workspace reader is strict: every value is typed and in range, and every refusal has a line, column and path. */
public class WorkspaceFormatTest {
    public static String text;

    /** A workspace with a replaced law, its bootstrap samples, a view and a story. */
    @BeforeAll
    public static void workspace() {
        Dataset paper = BundledDatasets.paper();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double c = Math.pow(10, 15 + i * 0.25);
            runs.add(new Run(c, 1.9 + 81.7 * Math.pow(c, -0.091) * (1 + 0.01 * Math.sin(i))));
        }
        Bootstrap.Result b = Bootstrap.run(LawKind.SATURATING, runs, FitOptions.defaults(), 20, 1, 0.95, i -> { }, new AtomicBoolean());
        Algorithm original = paper.algorithm("transformer-2017");
        Algorithm fitted = original.withLaw(b.fit().law());
        AppliedFit fit = new AppliedFit("transformer-2017", "runs.csv", FitOptions.defaults(), b.fit(), b, original, fitted,
                Uncertainty.laws(b, Optional.empty()), true);
        Dataset shown = paper.mapAlgorithm("transformer-2017", a -> fitted);
        text = WorkspaceFormat.toJson(new Workspace(Optional.empty(), paper, shown, Set.of("rotary"), List.of(fit),
                new Workspace.View("lstm", Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER, "dark", false, 1, true),
                List.of(new Workspace.Keyframe("View 1", "lstm", Anchor.CANDIDATE, 20, 2019, Attribution.Mode.FIXED, 2, true))));
    }

    static Problem refused(String workspace) {
        InputException e = assertThrows(InputException.class, () -> WorkspaceFormat.read("w.scaling-workspace.json", workspace));
        Problem p = e.problems().get(0);
        assertTrue(p.line() > 0 && p.column() > 0, "every problem has a place: " + p.describe());
        return p;
    }

    @Test
    void theWorkspaceReadsBack() throws Exception {
        Workspace w = WorkspaceFormat.read("w", text);
        assertEquals(20, w.fits().get(0).bootstrap().samples().size());
        assertEquals(1, w.view().sideTab());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"version\" : 2|\"version\" : 1.5|version|expected a whole number >= 1, got 1.5",
        "\"log10Compute\" : 22.0|\"log10Compute\" : 400|view.log10Compute|expected a number from 0 to 40, got 400",
        "\"year\" : 2025.0|\"year\" : 1e308|view.year|expected a number from 1950 to 2100, got 1.0E308",
        "\"sideTab\" : 1|\"sideTab\" : 99|view.sideTab|expected a whole number from 0 to 3, got 99",
        "\"sidePanel\" : true|\"sidePanel\" : \"yes\"|view.sidePanel|expected true or false, got \"yes\"",
        "\"huber\" : false|\"huber\" : 1|fits[0].options.huber|expected true or false, got 1",
    })
    void valuesOfTheWrongTypeOrOutOfRangeAreRefusedNamingTheField(String from, String to, String path, String message) {
        assertTrue(text.contains(from), from);
        Problem p = refused(text.replaceFirst(Pattern.quote(from), to));
        assertEquals(path, p.path());
        assertEquals(message, p.message());
        int at = text.indexOf(from);
        assertEquals(text.substring(0, at).split("\n", -1).length, p.line(), "the line of the field");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"abc\"", "null", "true", "{}"})
    void bootstrapSamplesMustBeNumbers(String bad) {
        int samples = text.indexOf("\"samples\" : [ [ ");
        int first = samples + "\"samples\" : [ [ ".length();
        int end = text.indexOf(',', first);
        Problem p = refused(text.substring(0, first) + bad + text.substring(end));
        assertEquals("fits[0].bootstrap.samples[0][0]", p.path());
        assertTrue(p.message().startsWith("expected a finite number (E), got "), p.message());
    }

    @Test
    void trailingDataAndDuplicateKeysAreRefusedWithTheirPlace() {
        Problem trailing = refused(text + "\n{\"more\": 1}\n");
        assertTrue(trailing.message().contains("not valid JSON: Trailing token"), trailing.message());
        // the document's text ends with a line break, so the appended object starts one line after the last empty one
        assertEquals(text.split("\n", -1).length + 1, trailing.line());
        Problem dup = refused(text.replaceFirst("\"version\" : 2,", "\"version\" : 2, \"version\" : 2,"));
        assertTrue(dup.message().contains("Duplicate field 'version'"), dup.message());
        assertEquals(3, dup.line());
    }

    @Test
    void version1WorkspacesWithoutChecksumsStillOpenAndVersion2OnesNeedThem() throws Exception {
        String v1 = text.replaceFirst("\"version\" : 2", "\"version\" : 1").replaceAll(",\\s*\"\\w+Sha256\" : \"[0-9a-f]+\"", "");
        WorkspaceFormat.read("old", v1);
        Problem p = refused(v1.replaceFirst("\"version\" : 1", "\"version\" : 2"));
        assertEquals("loadedSha256", p.path());
        assertTrue(p.message().startsWith("missing: "), p.message());
    }

    /**
     * A string past the limit (no field of a workspace holds one over 1,000,000 characters) is refused where it begins,
     * naming its field, before it fills the heap; the message gives the limit, not a length the parser happened to reach.
     */
    @Test
    void aHugeStringIsRefusedWhereItBeginsNamingItsField() {
        String huge = text.replaceFirst("\"format\" : \"scaling-explorer-workspace\",",
                "\"format\" : \"scaling-explorer-workspace\",\n  \"extra\" : \"" + "x".repeat(3_000_000) + "\",");
        Problem p = refused(huge);
        assertEquals("extra", p.path());
        assertEquals(3, p.line());
        assertEquals(13, p.column(), "where the string begins");
        assertTrue(p.message().contains("a string longer than 1,000,000 characters"), p.message());
    }

    /** A field this version does not have is a typo or tampering: refused with its name and the field likely meant. */
    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        Problem p = refused(text.replaceFirst("\"loaded\" :", "\"eoaded\" :"));
        assertEquals("eoaded", p.path());
        assertTrue(p.message().startsWith("unknown field; did you mean 'loaded'?"), p.message());
    }

    @Test
    void aChangedEmbeddedDatasetIsCaughtByItsChecksum() {
        String changed = text.replaceFirst("\"A\" : 36.3", "\"A\" : 36.4");
        assertTrue(!changed.equals(text));
        Problem p = refused(changed);
        assertEquals("loadedSha256", p.path());
        assertTrue(p.message().startsWith("the embedded dataset loaded does not match its checksum"), p.message());
    }

    /**
     * Every single-character change inside an embedded dataset is caught (by the reader's checks or the checksum);
     * changes elsewhere either fail with a place or give a valid workspace.
     */
    @Test
    void singleCharacterFlipsInsideEmbeddedDatasetsNeverOpenSilently() {
        SplittableRandom rng = new SplittableRandom(7);
        int start = text.indexOf("\"loaded\" : {");
        int end = text.indexOf("\"excludedInnovations\"");
        int silent = 0;
        int tried = 0;
        while (tried < 200) {
            int at = start + rng.nextInt(end - start);
            char c = text.charAt(at);
            if (!Character.isLetterOrDigit(c)) continue;
            char flipped = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1 + rng.nextInt(8)) % 10) : c == 'e' ? 'a' : c == 'E' ? 'A' : 'e';
            String mutated = text.substring(0, at) + flipped + text.substring(at + 1);
            tried++;
            try {
                WorkspaceFormat.read("w", mutated);
                silent++;
            } catch (InputException e) {
                assertTrue(e.problems().stream().allMatch(p -> p.line() > 0), e.getMessage());
            }
        }
        assertEquals(0, silent, "flips inside the embedded datasets that opened silently");
    }

    /** Issue 18: the Epoch import is part of the workspace, each model checked field by field when read back. */
    @Test
    void theNotableModelsImportedFromEpochAreSavedAndReadBack() throws Exception {
        Workspace w = WorkspaceFormat.read("w", text);
        List<NotableModel> models = List.of(
                new NotableModel("GPT-4", LocalDate.of(2023, 3, 15), 2.1e25, Double.NaN, "Language", true),
                new NotableModel("Chinchilla", LocalDate.of(2022, 3, 29), 5.76e23, 7e10, "Language", false));
        String json = WorkspaceFormat.toJson(new Workspace(w.source(), w.loaded(), w.dataset(), w.excluded(), w.fits(), w.view(), w.story(), models));
        Workspace back = WorkspaceFormat.read("w", json);
        assertEquals(models.get(1), back.notable().get(1));
        assertEquals("GPT-4", back.notable().get(0).name());
        assertTrue(Double.isNaN(back.notable().get(0).params()), "an unknown parameter count stays unknown");
        String bad = json.replace("\"published\" : \"2023-03-15\"", "\"published\" : \"March 2023\"");
        assertTrue(!bad.equals(json), "the date was found in the JSON");
        Problem p = refused(bad);
        assertEquals("notableModels[0].published", p.path());
        assertTrue(p.message().contains("2023-07-02"), p.message());
    }
}
