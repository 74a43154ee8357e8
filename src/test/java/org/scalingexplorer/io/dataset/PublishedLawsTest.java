package org.scalingexplorer.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.PublishedLaw;
import org.scalingexplorer.model.PublishedLaws;

/**
 * Issue 29: the library of published laws. Every value is held here with its source, and checked where a second
 * route exists (the logs a TeX source gives, the authors' own worked examples, a closed form the values must meet).
 */
class PublishedLawsTest {
    private static final PublishedLaws LIBRARY = BundledDatasets.laws();

    private static PublishedLaw law(String id) {
        return LIBRARY.find(id).orElseThrow();
    }

    private static void holds(String id, Map<String, Double> values) {
        PublishedLaw law = law(id);
        assertEquals(values.keySet(), law.parameters().keySet(), id + "'s parameters");
        values.forEach((name, v) -> assertEquals(v, law.value(name), 0, id + " " + name));
    }

    @Test
    void everyValueIsAsPublished() {
        // Gundlach et al. 2025 (arXiv:2511.21622), the authors' analysis code: L = 1.9 + A C^alpha
        holds("gundlach-2025-lstm", Map.of("E", 1.9, "A", 36.3, "alpha", -0.065));
        holds("gundlach-2025-transformer-2017", Map.of("E", 1.9, "A", 81.7, "alpha", -0.091));
        holds("gundlach-2025-transformer-modern", Map.of("E", 1.9, "A", 88.0, "alpha", -0.094));
        // Kaplan et al. 2020 (arXiv:2001.08361), Section 1.2, equations (1.1), (1.2), (1.3)
        holds("kaplan-2020-n", Map.of("N_c", 8.8e13, "alpha_N", 0.076));
        holds("kaplan-2020-d", Map.of("D_c", 5.4e13, "alpha_D", 0.095));
        holds("kaplan-2020-cmin", Map.of("C_c", 3.1e8, "alpha_C", 0.050));
        // Kaplan et al. 2020, equation (1.5) with Table 2's fit
        holds("kaplan-2020-nd", Map.of("N_c", 6.4e13, "D_c", 1.8e13, "alpha_N", 0.076, "alpha_D", 0.103));
        // Kaplan et al. 2020, Section 6: N_opt = 1.3e9 (C_min / PF-day)^0.73
        holds("kaplan-2020-allocation", Map.of("k", 1.3e9, "a", 0.73));
        // Hoffmann et al. 2022 (arXiv:2203.15556), Section 3.3, as printed
        holds("hoffmann-2022-approach-3", Map.of("E", 1.69, "A", 406.4, "B", 410.7, "alpha", 0.34, "beta", 0.28));
        // Hoffmann et al. 2022's TeX source as Besiroglu et al. 2024's notebook quotes it (logs of E, A, B; alpha, beta)
        holds("hoffmann-2022-approach-3-unrounded", Map.of("E", 1.6933737, "A", 406.40102, "B", 410.72283, "alpha", 0.33917084, "beta", 0.2849083));
        // Hoffmann et al. 2022, Table 2, Approach 2 (IsoFLOP profiles) and Approach 3 (parametric fit)
        holds("hoffmann-2022-allocation-approach-2", Map.of("a", 0.49, "b", 0.51));
        holds("hoffmann-2022-allocation-approach-3", Map.of("a", 0.46, "b", 0.54));
        // Besiroglu et al. 2024 (arXiv:2404.10102), the authors' notebook: the fit and its bootstrap standard errors
        holds("besiroglu-2024-refit", Map.of("E", 1.817, "A", 482.006, "B", 2085.434, "alpha", 0.34781, "beta", 0.36585));
        Map<String, Double> se = Map.of("E", 0.026, "A", 124.522, "B", 1293.284, "alpha", 0.0154, "beta", 0.0206);
        se.forEach((name, v) -> assertEquals(v, law("besiroglu-2024-refit").parameters().get(name).se(), 0, "se of " + name));
        // Muennighoff et al. 2023 (arXiv:2305.16264), the authors' repository huggingface/datablations, Parametric Fit
        holds("muennighoff-2023-data-constrained", Map.of("E", 1.8691437, "A", 520.82495, "B", 1487.7161, "alpha", 0.3526596, "beta", 0.3526596,
                "R_D", 15.387756, "R_N", 5.309743));
        // DeepSeek LLM 2024 (arXiv:2401.02954), Section 3.2, equation (4)
        holds("deepseek-2024-model-scale", Map.of("k", 0.1715, "a", 0.5243));
        holds("deepseek-2024-data-scale", Map.of("k", 5.8316, "b", 0.4757));
        // The Llama 3 Herd of Models (arXiv:2407.21783), Section 3.2.1: (alpha, A) = (0.53, 0.29)
        holds("llama3-2024-tokens", Map.of("k", 0.29, "b", 0.53));
        // Porian et al. 2024 (arXiv:2406.19146), the authors' stored fits (formll/resolving-scaling-law-discrepancies,
        // data/summary_df.pickle.xz and summary_df_owt2.pickle.xz, 'Optimizer tuning (no decay)'): the weighted
        // bootstrap-median N*(C) = k C^a, and the 2.5th and 97.5th percentiles of a over the bootstrap fits
        holds("porian-2024-refinedweb", Map.of("k", 0.1189265, "a", 0.4968951));
        holds("porian-2024-openwebtext2", Map.of("k", 0.04693535, "a", 0.5184542));
        assertEquals(new PublishedLaw.Interval(0.4907, 0.5045, 0.95), law("porian-2024-refinedweb").parameters().get("a").interval().orElseThrow());
        assertEquals(new PublishedLaw.Interval(0.4931, 0.5414, 0.95), law("porian-2024-openwebtext2").parameters().get("a").interval().orElseThrow());
        assertTrue(law("porian-2024-refinedweb").parameters().get("k").interval().isEmpty(), "no interval is given for k");
        assertFalse(law("hoffmann-2022-approach-3").parameters().get("E").hasSe(), "no standard error was printed");
    }

    @Test
    void valuesMeetTheirSecondRoutes() {
        // the TeX source's logs (Besiroglu et al.'s notebook): A = e^6.0073404, B = e^6.0179186, E = e^0.5267228
        assertEquals(Math.exp(6.0073404), law("hoffmann-2022-approach-3-unrounded").value("A"), 1e-4);
        assertEquals(Math.exp(6.0179186), law("hoffmann-2022-approach-3-unrounded").value("B"), 1e-4);
        assertEquals(Math.exp(0.5267228), law("hoffmann-2022-approach-3-unrounded").value("E"), 1e-7);
        // the unrounded exponents give Table 2's Approach 3 allocation a = beta / (alpha + beta) = 0.46; the printed ones 0.45
        PublishedLaw unrounded = law("hoffmann-2022-approach-3-unrounded");
        assertEquals(law("hoffmann-2022-allocation-approach-3").value("a"), unrounded.value("beta") / (unrounded.value("alpha") + unrounded.value("beta")),
                0.005);
        assertEquals(law("hoffmann-2022-allocation-approach-3").value("b"), unrounded.value("alpha") / (unrounded.value("alpha") + unrounded.value("beta")),
                0.005);
        assertEquals(0.4516, 0.28 / 0.62, 1e-4);
        // Besiroglu et al.'s logs: A = e^6.17795598, B = e^7.64273236, E = e^0.59711196 (printed to three decimals)
        assertEquals(Math.exp(6.17795598), law("besiroglu-2024-refit").value("A"), 1e-3);
        assertEquals(Math.exp(7.64273236), law("besiroglu-2024-refit").value("B"), 1e-3);
        assertEquals(Math.exp(0.59711196), law("besiroglu-2024-refit").value("E"), 5e-4);
        // Muennighoff et al.'s logs, and their README's two worked examples (models of their Figure 1, right)
        PublishedLaw dc = law("muennighoff-2023-data-constrained");
        assertEquals(Math.exp(6.255414), dc.value("A"), 1e-4);
        assertEquals(Math.exp(7.3049974), dc.value("B"), 1e-3);
        assertEquals(Math.exp(0.6254804), dc.value("E"), 1e-7);
        assertEquals(2.2256440889984477, dc.dataConstrainedLoss(6.34e9, 242e9, 25e9), 1e-6);
        assertEquals(2.2269634075087867, dc.dataConstrainedLoss(8.67e9, 178e9, 25e9), 1e-6);
        // DeepSeek: C = M D, so the coefficients multiply to 1 and the exponents add to 1
        assertEquals(1, law("deepseek-2024-model-scale").value("k") * law("deepseek-2024-data-scale").value("k"), 2e-4);
        assertEquals(1, law("deepseek-2024-model-scale").value("a") + law("deepseek-2024-data-scale").value("b"), 1e-12);
        // Llama 3's printed two digits give 1.05e13 tokens at 3.8e25 FLOP (the paper extrapolates 16.55T): the note says so
        assertEquals(1.046e13, law("llama3-2024-tokens").allocationAt(3.8e25), 0.01e13);
        assertTrue(law("llama3-2024-tokens").note().contains("1.05e13"));
        // Porian et al.: rounded as the authors' plotting code prints them (a to three figures, its interval to two
        // decimals, N* at Chinchilla's 5.88e23 FLOP to whole billions), the stored fits give Figure 1(e)'s
        // "a = 0.497 (0.49, 0.50), N*(C_C) = 77B" and the table's OpenWebText2 "0.518 (0.49, 0.54)"
        PublishedLaw rw = law("porian-2024-refinedweb");
        assertEquals("0.497 (0.49, 0.50)", String.format(Locale.ROOT, "%.3f (%.2f, %.2f)", rw.value("a"),
                rw.parameters().get("a").interval().orElseThrow().low(), rw.parameters().get("a").interval().orElseThrow().high()));
        assertEquals(77, Math.round(rw.allocationAt(5.88e23) / 1e9));
        PublishedLaw owt2 = law("porian-2024-openwebtext2");
        assertEquals("0.518 (0.49, 0.54)", String.format(Locale.ROOT, "%.3f (%.2f, %.2f)", owt2.value("a"),
                owt2.parameters().get("a").interval().orElseThrow().low(), owt2.parameters().get("a").interval().orElseThrow().high()));
        // both sit on their own data: the two are different loss scales, and neither is MassiveText
        assertFalse(rw.lossScale().equals(owt2.lossScale()));
        // Kaplan's allocation as the bundled dataset uses it: N = 1.3e9 at one PF-day
        assertEquals(1.3e9, law("kaplan-2020-allocation").allocationAt(8.64e19), 1);
    }

    @Test
    void lawsOfComputeAreTheFormsPublished() {
        // Kaplan's L(C_min) = (C_c / C)^alpha_C with C in PF-days: at one PF-day the loss is 3.1e8^0.05
        assertEquals(Math.pow(3.1e8, 0.05), law("kaplan-2020-cmin").lawOfCompute().orElseThrow().loss(8.64e19), 1e-12);
        assertEquals(Math.pow(3.1e8 / 1000, 0.05), law("kaplan-2020-cmin").lawOfCompute().orElseThrow().loss(8.64e22), 1e-12);
        // the paper's own laws are the bundled dataset's, fitted range and all
        Dataset paper = BundledDatasets.paper();
        for (String[] pair : new String[][] {{"gundlach-2025-lstm", "lstm"}, {"gundlach-2025-transformer-2017", "transformer-2017"},
            {"gundlach-2025-transformer-modern", "transformer-modern"}}) {
            PowerLaw fromLibrary = (PowerLaw) law(pair[0]).lawOfCompute().orElseThrow();
            PowerLaw bundled = (PowerLaw) paper.algorithm(pair[1]).law();
            assertEquals(bundled.a(), fromLibrary.a(), 0);
            assertEquals(bundled.alpha(), fromLibrary.alpha(), 0);
            assertEquals(bundled.e(), fromLibrary.e(), 0);
            assertEquals(bundled.fittedRange(), fromLibrary.fittedRange());
        }
        assertTrue(law("hoffmann-2022-approach-3").lawOfCompute().orElseThrow() instanceof ParametricLaw p
                && p.allocation() instanceof org.scalingexplorer.model.Allocation.ComputeOptimal);
        for (String id : List.of("kaplan-2020-n", "kaplan-2020-d", "kaplan-2020-nd", "deepseek-2024-model-scale", "llama3-2024-tokens")) {
            assertTrue(law(id).lawOfCompute().isEmpty() && law(id).whyNotALawOfCompute().isPresent(), id);
        }
        // nats and bits never mixed: DeepSeek's loss is bits per byte on its own scale
        assertEquals("bits per byte", LIBRARY.scaleOf(law("deepseek-2024-model-scale")).loss());
        assertEquals("nats per token", LIBRARY.scaleOf(law("besiroglu-2024-refit")).loss());
    }

    @Test
    void aPublishedLawJoinsADatasetOnItsOwnScale() {
        Dataset paper = BundledDatasets.paper();
        Dataset d = LIBRARY.addTo(paper, "gundlach-2025-transformer-modern");
        Algorithm added = d.algorithm("gundlach-2025-transformer-modern");
        assertEquals("c4-gpt2", added.lossScale());
        // on the LSTM's scale: the same CEG as the bundled modern Transformer's, by the closed form (equal E)
        double c = 1e22;
        double expected = Math.pow(88.0 / 36.3, 1 / -0.065) * Math.pow(c, -0.094 / -0.065 - 1);
        double ceg = Ceg.between(paper.algorithm("lstm").law(), added.law(), Anchor.CANDIDATE, c).ceg().orElseThrow();
        assertEquals(expected, ceg, expected * 1e-9);
        // Besiroglu's refit sits on MassiveText: comparable with Hoffmann's laws, not with the LSTM
        Dataset withRefit = LIBRARY.addTo(paper, "besiroglu-2024-refit");
        Algorithm refit = withRefit.algorithm("besiroglu-2024-refit");
        assertTrue(withRefit.comparability(withRefit.algorithm("chinchilla-allocation"), refit).comparable());
        assertFalse(withRefit.comparability(withRefit.algorithm("lstm"), refit).comparable());
        assertTrue(refit.name().endsWith(", compute-optimal"), "an L(N, D) law says its allocation: " + refit.name());
        // a new scale comes with the law
        Dataset withKaplan = LIBRARY.addTo(paper, "kaplan-2020-cmin");
        assertEquals("WebText2 (GPT-2 tokenizer)", withKaplan.lossScale("webtext2-gpt2").name());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> LIBRARY.addTo(withKaplan, "kaplan-2020-cmin"));
        assertTrue(twice.getMessage().contains("already"), twice.getMessage());
        IllegalArgumentException notALaw = assertThrows(IllegalArgumentException.class, () -> LIBRARY.addTo(paper, "llama3-2024-tokens"));
        assertTrue(notALaw.getMessage().contains("allocation law"), notALaw.getMessage());
    }

    @Test
    void searchFindsLawsByAuthorYearFormAndData() {
        assertEquals(List.of("besiroglu-2024-refit"), LIBRARY.search("besiroglu").stream().map(PublishedLaw::id).toList());
        assertEquals(4, LIBRARY.search("2022 approach").stream().filter(l -> l.authors().equals("Hoffmann et al.")).count());
        assertTrue(LIBRARY.search("2022 approach").stream().allMatch(l -> l.year() == 2022));
        assertTrue(LIBRARY.search("bits per byte").stream().allMatch(l -> l.id().startsWith("deepseek")));
        assertTrue(LIBRARY.search("massivetext").size() >= 4);
        assertEquals(LIBRARY.laws().size(), LIBRARY.search("  ").size());
        assertTrue(LIBRARY.search("no such law").isEmpty());
    }

    private static List<Problem> problems(String json) {
        return assertThrows(InputException.class, () -> LawsReader.read("laws.json", json)).problems();
    }

    private static String library(String scale, String law) {
        return "{\"format\": \"scaling-explorer-laws\", \"version\": 1,\n \"lossScales\": [" + scale + "],\n \"laws\": [\n" + law + "\n]}";
    }

    private static final String SCALE = "{\"id\": \"s\", \"name\": \"S\", \"data\": \"d\", \"tokenizer\": \"t\", \"unit\": \"nats per token\"}";

    private static String law(String form, String parameters, String extra) {
        return "{\"id\": \"x\", \"name\": \"X\", \"authors\": \"A et al.\", \"year\": 2024, \"source\": \"S\", \"where\": \"Table 1\", \"form\": \""
                + form + "\", \"parameters\": " + parameters + ", \"lossScale\": \"s\"" + extra + "}";
    }

    @Test
    void theReaderIsStrictAndSaysWhere() throws Exception {
        assertEquals(1, LawsReader.read("ok.json", library(SCALE, law("power", "{\"E\": {\"value\": 1.7}, \"A\": {\"value\": 10},"
                + " \"alpha\": {\"value\": -0.05, \"se\": 0.01}}", ""))).laws().size());
        List<Problem> missing = problems(library(SCALE, law("power", "{\"E\": {\"value\": 1.7}, \"A\": {\"value\": 10}}", "")));
        assertTrue(missing.stream().anyMatch(p -> p.path().equals("laws[0].parameters.alpha") && p.message().startsWith("missing")), missing.toString());
        assertEquals(4, missing.get(0).line(), "the line of the law");
        List<Problem> extra = problems(library(SCALE, law("power", "{\"E\": {\"value\": 1.7}, \"A\": {\"value\": 10}, \"alpha\": {\"value\": -0.05},"
                + " \"B\": {\"value\": 3}}", "")));
        assertTrue(extra.stream().anyMatch(p -> p.path().equals("laws[0].parameters.B") && p.message().startsWith("unknown field")), extra.toString());
        List<Problem> unit = problems(library(SCALE.replace("nats per token", "bits per token"), law("kaplan-n",
                "{\"N_c\": {\"value\": 8.8e13}, \"alpha_N\": {\"value\": 0.076}}", "")));
        assertTrue(unit.stream().anyMatch(p -> p.path().equals("lossScales[0].unit") && p.message().contains("\"bits per byte\"")), unit.toString());
        List<Problem> scale = problems(library(SCALE, law("kaplan-n", "{\"N_c\": {\"value\": 8.8e13}, \"alpha_N\": {\"value\": 0.076}}", "")
                .replace("\"lossScale\": \"s\"", "\"lossScale\": \"t\"")));
        assertTrue(scale.stream().anyMatch(p -> p.path().equals("laws[0].lossScale") && p.message().contains("no loss scale \"t\"")), scale.toString());
        List<Problem> allocation = problems(library(SCALE, law("kaplan-n", "{\"N_c\": {\"value\": 8.8e13}, \"alpha_N\": {\"value\": 0.076}}",
                ", \"allocation\": \"compute-optimal\"")));
        assertTrue(allocation.stream().anyMatch(p -> p.path().equals("laws[0].allocation")), allocation.toString());
        List<Problem> form = problems(library(SCALE, law("kaplan-x", "{}", "")));
        assertTrue(form.stream().anyMatch(p -> p.path().equals("laws[0].form") && p.message().contains("did you mean")), form.toString());
        List<Problem> se = problems(library(SCALE, law("kaplan-n", "{\"N_c\": {\"value\": 8.8e13, \"se\": -1}, \"alpha_N\": {\"value\": 0.076}}", "")));
        assertTrue(se.stream().anyMatch(p -> p.path().equals("laws[0].parameters.N_c.se")), se.toString());
        List<Problem> interval = problems(library(SCALE, law("allocation-n", "{\"k\": {\"value\": 0.1}, \"a\": {\"value\": 0.5,"
                + " \"interval\": {\"low\": 0.52, \"high\": 0.6, \"level\": 95}}}", "")));
        assertTrue(interval.stream().anyMatch(p -> p.path().equals("laws[0].parameters.a.interval.low") && p.message().contains("no larger than the value")),
                interval.toString());
        assertTrue(interval.stream().anyMatch(p -> p.path().equals("laws[0].parameters.a.interval.level") && p.message().contains("0.95")),
                interval.toString());
        List<Problem> twice = problems(library(SCALE, law("kaplan-n", "{\"N_c\": {\"value\": 8.8e13}, \"alpha_N\": {\"value\": 0.076}}", "") + ",\n"
                + law("kaplan-n", "{\"N_c\": {\"value\": 8.8e13}, \"alpha_N\": {\"value\": 0.076}}", "")));
        assertTrue(twice.stream().anyMatch(p -> p.path().equals("laws[1].id") && p.message().startsWith("duplicate")), twice.toString());
        List<Problem> other = problems("{\"format\": \"scaling-explorer-dataset\", \"version\": 2}");
        assertTrue(other.get(0).message().contains("expected \"scaling-explorer-laws\""), other.toString());
        List<Problem> newer = problems(library(SCALE, "").replace("\"version\": 1", "\"version\": 7"));
        assertTrue(newer.get(0).message().contains("reads versions up to 1"), newer.toString());
    }
}
