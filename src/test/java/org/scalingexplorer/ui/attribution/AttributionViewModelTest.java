package org.scalingexplorer.ui.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.render.YearChartRenderer;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;

class AttributionViewModelTest {
    final Dataset paper = BundledDatasets.paper();
    final AppState state = new AppState(paper);
    final AttributionViewModel vm = new AttributionViewModel(state);
    final InnovationsViewModel innovations = new InnovationsViewModel(state);

    @Test
    void inFrontierModeYearAndComputeFollowEachOtherThroughTheTrend() {
        state.setYear(2025);
        // C(2025) = 1e16 * 4.1^12
        assertEquals(Math.log10(1e16 * Math.pow(4.1, 12)), state.view().log10Compute(), 1e-9);
        state.setCompute(22);
        // year(1e22) = 2013 + ln(1e6) / ln(4.1)
        assertEquals(2013 + Math.log(1e6) / Math.log(4.1), state.view().year(), 1e-9);
        assertTrue(!vm.readoutProperty().get().startsWith("The slider"), vm.readoutProperty().get());
        // past the chart's last year the cursor stops at 2025, and the readout says so: year(1e26) = 2013 + ln(1e10) / ln(4.1)
        state.setCompute(26);
        assertEquals(2025, state.view().year(), 1e-9);
        assertTrue(vm.readoutProperty().get().startsWith(String.format(Locale.ROOT,
                "The slider's 1.00×10²⁶ FLOP is the trend's year %.1f, past the chart's 2012-2025: the attribution is shown at 2025. 2025.0",
                2013 + Math.log(1e10) / Math.log(4.1))), vm.readoutProperty().get());
    }

    @Test
    void inFixedModeTheYearMovesAloneAndTheStackUsesTheSlidersCompute() {
        state.setMode(Attribution.Mode.FIXED);
        state.setCompute(18);
        state.setYear(2025);
        assertEquals(18, state.view().log10Compute(), 0);
        assertEquals(new Attribution(paper).at(2025, 1e18).total().getAsDouble(), vm.rowAt(2025).total().getAsDouble(), 1e-9);
        assertTrue(vm.plotProperty().get().title().contains("1.00×10¹⁸ FLOP"));
    }

    /** Bands stack log10 multipliers, so their heights add up to log10 of the total at every year. */
    @Test
    void bandsAddUpToTheTotal() {
        YearData.Plot p = vm.plotProperty().get();
        double[] years = p.years();
        YearData.Line total = p.lines().stream().filter(l -> l.id().equals("total")).findFirst().orElseThrow();
        for (int k = 0; k < years.length; k += 20) {
            double sum = 0;
            for (YearData.Band b : p.bands()) sum += b.upper()[k] - b.lower()[k];
            assertEquals(Math.log10(total.values()[k]), sum, 1e-9, "year " + years[k]);
            assertEquals(new Attribution(paper).frontier(years[k]).total().getAsDouble(), total.values()[k], 1e-9 * total.values()[k]);
        }
        assertEquals(2, p.bands().stream().filter(YearData.Band::hatched).count(), "the two scale-dependent bands are hatched");
    }

    @Test
    void readoutAndHoverNameWhatTheyShow() {
        state.setYear(2025);
        // Python: 21414.58 total, 90.54% scale-dependent share
        // the LSTM is evaluated at the compute it needs for the 2017 Transformer's loss at C(2025): CEG x C, with the
        // closed-form CEG (81.7/36.3)^(1/-0.065) C^(0.091/0.065 - 1); its law was fitted up to 4.14e16
        double c = 1e16 * Math.pow(4.1, 12);
        double lstmDecades = Math.log10(Math.pow(81.7 / 36.3, 1 / -0.065) * Math.pow(c, 0.091 / 0.065 - 1) * c / 4.14e16);
        assertEquals(String.format(Locale.ROOT, "2025.0 (2.26×10²³ FLOP): total 21,400×, scale-dependent share 90.5%%; "
                + "extrapolated, up to %.1f decades beyond the fitted range (LSTM)", lstmDecades), vm.readoutProperty().get());
        String hover = vm.describe("chinchilla-rebalancing", 2025);
        assertTrue(hover.startsWith("Kaplan to Chinchilla rebalancing\n2025.0: 9.83×"), hover);
        assertTrue(hover.contains("anchored at the reference"), hover);
        assertTrue(vm.describe("rotary", 2019).contains("not active yet (from 2021)"));
    }

    @Test
    void innovationEditsChangeEveryNumberAndResetRestoresThem() {
        state.setYear(2025);
        double before = vm.rowAt(2025).total().getAsDouble();
        assertEquals(Optional.empty(), innovations.setMultiplier("moe", "4"));
        assertEquals(before * 2, vm.rowAt(2025).total().getAsDouble(), 1e-9 * before);
        assertTrue(innovations.rows().stream().filter(r -> r.id().equals("moe")).findFirst().orElseThrow().edited());
        innovations.setEnabled("moe", false);
        assertEquals(before / 2, vm.rowAt(2025).total().getAsDouble(), 1e-9 * before);
        assertEquals(Optional.empty(), innovations.setYear("chinchilla-rebalancing", "2026"));
        assertFalse(vm.rowAt(2025).multipliers().containsKey("chinchilla-rebalancing"));
        assertEquals(Optional.empty(), innovations.setAnchor("transformer", Anchor.REFERENCE));
        innovations.reset();
        assertEquals(before, vm.rowAt(2025).total().getAsDouble(), 1e-9 * before);
        assertTrue(innovations.rows().stream().noneMatch(InnovationRow::edited));
        assertEquals(Set.of(), state.get().excluded());
    }

    @Test
    void invalidEditsAreRefusedWithTheReasonAndChangeNothing() {
        Dataset d = state.dataset();
        assertEquals("the multiplier must be a positive, finite number, got -2", innovations.setMultiplier("moe", "-2").orElseThrow());
        assertTrue(innovations.setMultiplier("moe", "lots").orElseThrow().contains("not a multiplier"));
        assertTrue(innovations.setMultiplier("transformer", "2").orElseThrow().contains("scale-dependent"));
        assertTrue(innovations.setYear("moe", "21").orElseThrow().contains("between 1900 and 2200"));
        assertTrue(innovations.setYear("moe", "soon").orElseThrow().contains("not a year"));
        assertTrue(innovations.setAnchor("moe", Anchor.CANDIDATE).orElseThrow().contains("no anchor"));
        assertEquals(d, state.dataset());
        assertEquals(List.of(), innovations.rows().stream().filter(InnovationRow::edited).toList());
    }

    /**
     * The Ho et al. line and its marker agree: 22,000x over 2012-2023 is a halving every 12 * 11 / log2(22,000) =
     * 9.1505 months (computed here), and the line reaches 22,000x in 2023.
     */
    @Test
    void theHoEtAlLineAndMarkerAgree() {
        AttributionViewModel vm = new AttributionViewModel(state);
        var plot = vm.plotProperty().get();
        var ho = plot.lines().stream().filter(l -> l.id().equals("ho")).findFirst().orElseThrow();
        double months = 12 * 11 / (Math.log(22_000) / Math.log(2));
        assertEquals(9.1506, months, 1e-4);
        assertTrue(ho.name().equals(String.format(Locale.ROOT, "Ho et al. 2024 as quoted: halving every %.2f months", months)), ho.name());
        int k2023 = -1;
        for (int k = 0; k < plot.years().length; k++) if (Math.abs(plot.years()[k] - 2023) < 1e-9) k2023 = k;
        assertTrue(k2023 >= 0);
        assertEquals(22_000, ho.values()[k2023], 22_000 * 1e-9);
        var marker = plot.points().stream().filter(p -> p.label().startsWith("Ho et al.")).findFirst().orElseThrow();
        assertEquals(22_000, marker.value(), 1e-9);
        assertEquals(2023, marker.year(), 1e-9);
    }

    /**
     * Years before 2017 use no law (the total is 1); from 2017 the frontier's compute is far beyond the fitted ranges
     * (up to 4.14e16 and 1.38e17 FLOP for the C4 laws of the LSTM and the 2017 Transformer, 1.4e18 to 1.3e22 for
     * Hoffmann et al.'s): C(2017) = 1e16 * 4.1^4 = 2.8e18 already puts the 2017 Transformer beyond 1.38e17. The chart
     * shades those years and says so in its legend.
     */
    @Test
    void extrapolatedYearsAreShadedWithALegendEntry() {
        AttributionViewModel vm = new AttributionViewModel(state);
        var plot = vm.plotProperty().get();
        for (int k = 0; k < plot.years().length; k++) {
            if (plot.years()[k] < 2016.99) assertTrue(!plot.extrapolated()[k], "no law used in " + plot.years()[k]);
            if (plot.years()[k] >= 2017) assertTrue(plot.extrapolated()[k], "extrapolated in " + plot.years()[k]);
        }
        assertTrue(YearChartRenderer.legendEntries(plot).stream()
                .anyMatch(e -> e.text().equals("Shaded: extrapolated beyond the fitted range")));
    }
}
