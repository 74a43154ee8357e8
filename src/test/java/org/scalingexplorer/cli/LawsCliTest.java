package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 29: the laws command, and --law adding a published law to ceg and export. */
class LawsCliTest {
    @Test
    void lawsListsTheLibraryAsTextAndJson() throws Exception {
        CliTest.Result text = CliTest.run("laws");
        assertEquals(0, text.code(), text.err());
        for (String id : List.of("kaplan-2020-cmin", "hoffmann-2022-approach-3-unrounded", "besiroglu-2024-refit", "deepseek-2024-data-scale",
                "llama3-2024-tokens", "muennighoff-2023-data-constrained", "gundlach-2025-lstm", "porian-2024-refinedweb")) {
            assertTrue(text.out().contains(id), id + " listed");
        }
        assertTrue(text.out().contains("alpha = 0.34781 (se 0.0154)"), "standard errors shown");
        assertTrue(text.out().contains("a = 0.4968951 (95% interval 0.4907 to 0.5045)"), "intervals shown");
        CliTest.Result json = CliTest.run("laws", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(19, root.get("laws").size());
        JsonNode refit = null;
        for (JsonNode l : root.get("laws")) {
            for (String field : List.of("id", "name", "year", "source", "form", "parameters", "lossScale")) assertTrue(l.has(field), field + " in " + l);
            for (String field : List.of("data", "tokenizer", "unit")) assertTrue(l.get("lossScale").has(field), field);
            if (l.get("id").asText().equals("besiroglu-2024-refit")) refit = l;
        }
        assertEquals(2085.434, refit.get("parameters").get("B").get("value").asDouble(), 0);
        assertEquals(1293.284, refit.get("parameters").get("B").get("se").asDouble(), 0);
        assertEquals("nats per token", refit.get("lossScale").get("unit").asText());
        JsonNode porian = null;
        for (JsonNode l : root.get("laws")) if (l.get("id").asText().equals("porian-2024-refinedweb")) porian = l;
        JsonNode a = porian.get("parameters").get("a");
        assertEquals(0.4968951, a.get("value").asDouble(), 0);
        assertTrue(a.get("se").isNull(), "no standard error was given");
        assertEquals(0.4907, a.get("interval").get("low").asDouble(), 0);
        assertEquals(0.5045, a.get("interval").get("high").asDouble(), 0);
        assertEquals(0.95, a.get("interval").get("level").asDouble(), 0);
        List<String> found = new ArrayList<>();
        new ObjectMapper().readTree(CliTest.run("laws", "--format", "json", "--search", "bits per byte").out()).get("laws")
                .forEach(l -> found.add(l.get("id").asText()));
        assertEquals(List.of("deepseek-2024-model-scale", "deepseek-2024-data-scale"), found);
    }

    @Test
    void lawAddsAPublishedLawToCegAndExport(@TempDir Path dir) throws Exception {
        // the refit on Hoffmann's scale: a CEG against the bundled Chinchilla law, none against the LSTM
        CliTest.Result same = CliTest.run("ceg", "--compute", "1e22", "--reference", "chinchilla-allocation", "--law", "besiroglu-2024-refit",
                "--format", "json");
        assertEquals(0, same.code(), same.err());
        JsonNode rows = new ObjectMapper().readTree(same.out());
        assertTrue(same.out().contains("besiroglu-2024-refit"), same.out());
        CliTest.Result other = CliTest.run("ceg", "--compute", "1e22", "--reference", "lstm", "--law", "besiroglu-2024-refit");
        assertEquals(0, other.code(), other.err());
        String line = other.out().lines().filter(l -> l.startsWith("Besiroglu et al. 2024 L(N, D) refit")).findFirst().orElseThrow();
        assertTrue(line.contains("not comparable"), line);
        assertTrue(rows.toString().contains("compute-optimal"), "an L(N, D) law says its allocation");
        // a published law can be the reference
        CliTest.Result asReference = CliTest.run("ceg", "--compute", "1e21", "--reference", "besiroglu-2024-refit", "--law", "besiroglu-2024-refit");
        assertEquals(0, asReference.code(), asReference.err());
        assertTrue(asReference.out().startsWith("CEG against Besiroglu et al. 2024 L(N, D) refit"), asReference.out());
        // export draws it
        Path svg = dir.resolve("loss.svg");
        CliTest.Result export = CliTest.run("export", "--chart", "loglog", "--law", "kaplan-2020-cmin", "--out", svg.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(ExportCliTest.svgTexts(svg).stream().anyMatch(t -> t.startsWith("Kaplan et al. 2020 L(C_min)")), ExportCliTest.svgTexts(svg).toString());
        // an allocation law or an unknown id is refused, naming it
        CliTest.Result allocation = CliTest.run("ceg", "--compute", "1e22", "--reference", "lstm", "--law", "llama3-2024-tokens");
        assertEquals(2, allocation.code());
        assertTrue(allocation.err().contains("--law llama3-2024-tokens cannot be an algorithm: an allocation law"), allocation.err());
        CliTest.Result unknown = CliTest.run("ceg", "--compute", "1e22", "--reference", "lstm", "--law", "kaplan-2021");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no published law 'kaplan-2021'"), unknown.err());
    }
}
