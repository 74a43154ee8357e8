package org.scalingexplorer.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.model.Sensitivity;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * The attribution and sensitivity reports carry the 95% intervals of the total and the share when fitted laws carry
 * bootstrap draws. Half the draws keep the Transformer's law and half make it 20% cheaper, so every percentile
 * interval runs exactly from one draw's value to the other's, which the test computes with the attribution directly.
 */
class IntervalReportsTest {
    static final Dataset PAPER = BundledDatasets.paper();
    static final PowerLaw OWN = (PowerLaw) PAPER.algorithm("transformer-2017").law();
    static final PowerLaw BETTER = new PowerLaw(OWN.e(), OWN.a() * 0.8, OWN.alpha(), OWN.fittedRange());
    static final Dataset WITH_BETTER = PAPER.mapAlgorithm("transformer-2017", a -> a.withLaw(BETTER));

    static Uncertainty twoValued() {
        List<ScalingLaw> draws = new ArrayList<>();
        for (int i = 0; i < 100; i++) draws.add(i % 2 == 0 ? OWN : BETTER);
        return Uncertainty.of(Map.of("transformer-2017", draws), 0.95);
    }

    static JsonNode json(Report r) throws Exception {
        return new ObjectMapper().readTree(r.jsonText());
    }

    @Test
    void eachAttributionRowHasTheTotalsAndSharesOfTheDrawsAsItsInterval() throws Exception {
        JsonNode j = json(Reports.attribution(PAPER, Set.of(), twoValued(), Attribution.Mode.FRONTIER, Double.NaN, 2020, 2025, 1));
        assertEquals(0.95, j.get("intervals").get("level").asDouble());
        assertEquals(100, j.get("intervals").get("draws").asInt());
        assertEquals("transformer-2017", j.get("intervals").get("fitted").get(0).asText());
        assertEquals(6, j.get("rows").size());
        for (JsonNode row : j.get("rows")) {
            double year = row.get("year").asDouble();
            var own = new Attribution(PAPER).frontier(year);
            var better = new Attribution(WITH_BETTER).frontier(year);
            double lo = Math.min(own.total().getAsDouble(), better.total().getAsDouble());
            double hi = Math.max(own.total().getAsDouble(), better.total().getAsDouble());
            assertTrue(hi > lo * 1.01, "the two draws differ at " + year);
            assertEquals(lo, row.get("totalInterval").get("low").asDouble(), lo * 1e-12);
            assertEquals(hi, row.get("totalInterval").get("high").asDouble(), hi * 1e-12);
            assertEquals(own.total().getAsDouble(), row.get("total").asDouble(), hi * 1e-12, "the value is the fitted law's own");
            double s1 = own.scaleDependentShare().getAsDouble();
            double s2 = better.scaleDependentShare().getAsDouble();
            assertEquals(Math.min(s1, s2), row.get("shareInterval").get("low").asDouble(), 1e-12);
            assertEquals(Math.max(s1, s2), row.get("shareInterval").get("high").asDouble(), 1e-12);
        }
    }

    @Test
    void theTableHasIntervalColumnsAndNoneWithoutDraws() {
        Report with = Reports.attribution(PAPER, Set.of(), twoValued(), Attribution.Mode.FRONTIER, Double.NaN, 2023, 2023, 1);
        String csv = with.render(Report.Format.CSV);
        String header = csv.lines().findFirst().orElseThrow();
        assertTrue(header.contains("total low (95%),total high (95%),share low (95%),share high (95%)"), header);
        assertTrue(with.title().contains("95% intervals over 100 bootstrap draws of the fitted Transformer (2017)"), with.title());
        Report without = Reports.attribution(PAPER, Attribution.Mode.FRONTIER, Double.NaN, 2023, 2023, 1);
        assertFalse(without.render(Report.Format.CSV).contains("(95%)"));
        assertFalse(without.document().has("intervals"));
        assertFalse(without.document().get("rows").get(0).has("totalInterval"));
        // draws of a law the attribution does not use give no interval
        Uncertainty elsewhere = Uncertainty.of(Map.of("not-in-the-attribution", List.of(OWN, BETTER)), 0.95);
        assertFalse(Reports.attribution(PAPER, Set.of(), elsewhere, Attribution.Mode.FRONTIER, Double.NaN, 2023, 2023, 1).document().has("intervals"));
    }

    /** Fixed mode at 1e12 FLOP in 2025: the share is undefined (the 294%), so is its interval, with the reason. */
    @Test
    void whereTheShareIsUndefinedItsIntervalIsNullWithAReason() throws Exception {
        JsonNode row = json(Reports.attribution(PAPER, Set.of(), twoValued(), Attribution.Mode.FIXED, 1e12, 2025, 2025, 1)).get("rows").get(0);
        assertTrue(row.get("scaleDependentShare").isNull());
        assertTrue(row.get("shareInterval").isNull());
        assertEquals("the share is undefined here", row.get("shareIntervalReason").asText());
        assertTrue(row.get("totalInterval").isObject());
    }

    @Test
    void sensitivityGivesEachYearTheIntervalAndAFirstRowWithIt() throws Exception {
        Report r = AnalysisReports.sensitivity(PAPER, Set.of(), twoValued(), List.of(Sensitivity.of(PAPER, 2023, 0.1)));
        JsonNode j = json(r);
        double own = new Attribution(PAPER).frontier(2023).total().getAsDouble();
        double better = new Attribution(WITH_BETTER).frontier(2023).total().getAsDouble();
        assertEquals(Math.min(own, better), j.get("totalInterval").get("low").asDouble(), own * 1e-12);
        assertEquals(Math.max(own, better), j.get("totalInterval").get("high").asDouble(), own * 1e-12);
        assertTrue(j.get("shareInterval").isObject());
        List<Object> first = r.rows().get(0);
        assertTrue(((String) first.get(1)).startsWith("95% interval over 100 bootstrap draws"), String.valueOf(first.get(1)));
        assertEquals(Math.min(own, better), (Double) first.get(4), own * 1e-12);
        assertFalse(json(AnalysisReports.sensitivity(PAPER, List.of(Sensitivity.of(PAPER, 2023, 0.1)))).has("totalInterval"));
    }

    /** Issue 18: the CEG table carries the interval column the window shows, in every format. */
    @Test
    void theCegTableCarriesEachIntervalTheWindowShows() throws Exception {
        Uncertainty u = twoValued();
        Report r = CegReports.ceg(PAPER, "lstm", Anchor.REFERENCE, 1e22, u);
        var expected = u.ceg(PAPER.algorithm("lstm"), PAPER.algorithm("transformer-2017"), Anchor.REFERENCE, 1e22).orElseThrow();
        JsonNode row = json(r).get("rows").get(1);
        assertEquals("transformer-2017", row.get("algorithm").asText());
        assertEquals(expected.low(), row.get("ci").get(0).asDouble(), 0);
        assertEquals(expected.high(), row.get("ci").get(1).asDouble(), 0);
        String md = r.render(Report.Format.MARKDOWN);
        assertTrue(md.contains("| CEG 95% low | CEG 95% high |"), md);
        assertTrue(md.contains("| " + Numbers.format(expected.low()) + " | "), md);
        assertFalse(json(r).get("rows").get(0).has("ci"), "the LSTM against itself draws no law: no interval");
        assertFalse(CegReports.ceg(PAPER, "lstm", Anchor.REFERENCE, 1e22).render(Report.Format.CSV).contains("95%"),
                "no interval columns without a bootstrap");
    }
}
