package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.Extrapolation;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.render.YearData;

/**
 * At one compute the chart works a row out only when an innovation arrives: every year must still show what that
 * year's own row says, worked out here year by year.
 */
class AttributionFigureTest {
    @Test
    void theFixedComputeChartShowsEachYearsOwnRow() {
        for (double compute : new double[] {1e17, 1e22, 3e25}) {
            FigureState s = FigureState.of(BundledDatasets.paper()).withMode(Attribution.Mode.FIXED).withCompute(compute);
            YearData.Plot plot = AttributionFigure.plot(s);
            List<Innovation> innovations = s.dataset().innovations();
            double[] years = plot.years();
            for (int k = 0; k < years.length; k++) {
                AttributionRow row = new Attribution(s.dataset()).at(years[k], compute);
                String at = years[k] + " at " + compute;
                assertEquals(row.total().orElse(Double.NaN), plot.lines().get(0).values()[k], 1e-9 * Math.max(1, row.total().orElse(1)), "total " + at);
                assertEquals(Extrapolation.beyond(Extrapolation.ofRow(s.dataset(), row)), plot.extrapolated()[k], "extrapolated " + at);
                Map<String, Double> m = row.multipliers();
                for (int i = 0; i < innovations.size(); i++) {
                    YearData.Band b = plot.bands().get(i);
                    Double v = m.get(b.id());
                    // each band is as thick as its multiplier's logarithm (up from the stack for a gain, down for a loss)
                    assertEquals(v == null ? 0 : Math.abs(Math.log10(v)), b.upper()[k] - b.lower()[k], 1e-12, b.name() + " " + at);
                }
            }
        }
    }
}
