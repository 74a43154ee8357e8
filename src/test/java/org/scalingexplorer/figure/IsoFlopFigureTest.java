package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.IsoFlop;
import org.scalingexplorer.render.ChartData;

/** Issue 29: N_opt(C) from the runs' IsoFLOP profiles is drawn beside the library's allocation laws, each by its own closed form. */
class IsoFlopFigureTest {
    /** Runs of a known L(N, D) with parameter counts: loss E + A/N^alpha + B/D^beta at D = C / 6N. */
    private static List<Curve> runs() {
        List<Curve> out = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            double n = Math.pow(10, 7 + i * 0.25);
            double[] c = new double[121];
            double[] l = new double[121];
            for (int j = 0; j < 121; j++) {
                double d = Math.pow(10, 8 + j * 4.0 / 120);
                c[j] = 6 * n * d;
                l[j] = 1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28);
            }
            out.add(new Curve("n" + i + ".csv", "known", 0, 1, c, l).withParameters(n, "a parameters column"));
        }
        return out;
    }

    @Test
    void publishedAllocationLawsAreDrawnByTheirOwnForms() {
        ChartData.Plot plot = IsoFlopFigure.optimal(IsoFlop.of(runs(), 8, 0, 1), "known", BundledDatasets.laws());
        ChartData.Series porian = plot.series().stream().filter(s -> s.id().equals("porian-2024-refinedweb")).findFirst().orElseThrow();
        ChartData.Line line = porian.lines().get(0);
        for (int i = 0; i < line.xs().length; i += 20) {
            // Porian et al. 2024, the authors' stored RefinedWeb fit: N* = 0.1189265 C^0.4968951
            double expected = 0.1189265 * Math.pow(line.xs()[i], 0.4968951);
            assertEquals(expected, line.ys()[i], expected * 1e-12);
        }
        assertTrue(porian.name().contains("C^0.50") && porian.name().contains("RefinedWeb"), porian.name());
        ChartData.Series kaplan = plot.series().stream().filter(s -> s.id().equals("kaplan-2020-allocation")).findFirst().orElseThrow();
        // Kaplan et al. 2020, Section 6: N = 1.3e9 (C / 8.64e19)^0.73
        double c = kaplan.lines().get(0).xs()[0];
        assertEquals(1.3e9 * Math.pow(c / 8.64e19, 0.73), kaplan.lines().get(0).ys()[0], 1e-3);
    }
}
