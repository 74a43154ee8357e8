package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.Rgba;

/** Issue 28: the runs of a training-curves chart are coloured by model size on a sequential scale, in size order. */
class CurvesFigureTest {
    private static Curve run(int size, long seed) {
        double[] c = {1e15, 1e16, 1e17};
        double[] l = {4 - size / 100.0, 3.5 - size / 100.0, 3.2 - size / 100.0};
        return new Curve(size + "_modern_" + seed + ".csv", "modern", size, seed, c, l);
    }

    private static List<ChartData.Series> runs(ChartData.Plot p) {
        return p.series().stream().filter(s -> s.id().contains("-runs")).toList();
    }

    @Test
    void runsAreColouredBySizeSmallDarkLargeLightInSizeOrder() {
        List<Curve> curves = new ArrayList<>();
        for (int size : new int[] {128, 32, 64}) for (long seed = 1; seed <= 2; seed++) curves.add(run(size, seed));
        Map<String, List<Curve>> by = new LinkedHashMap<>();
        by.put("modern", curves);
        List<ChartData.Series> runs = runs(CurvesFigure.plot(by, Map.of(), Frontier.Options.paper(), "nats"));
        assertEquals(List.of("modern, size 32: 2 runs", "modern, size 64: 2 runs", "modern, size 128: 2 runs"), runs.stream().map(ChartData.Series::name).toList());
        // viridis: the smallest the darkest (#440154), each larger size lighter
        assertEquals("#440154", runs.get(0).color());
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(Rgba.web(runs.get(i).color()).luminance() > Rgba.web(runs.get(i - 1).color()).luminance(), runs.get(i).color());
        }
        for (ChartData.Series s : runs) assertEquals(2, s.lines().size(), "both seeds of a size in its colour");
    }

    @Test
    void runsWithoutASizeKeepTheAlgorithmsColour() {
        Map<String, List<Curve>> by = new LinkedHashMap<>();
        by.put("modern", List.of(run(0, 1), run(0, 2)));
        List<ChartData.Series> runs = runs(CurvesFigure.plot(by, Map.of(), Frontier.Options.paper(), "nats"));
        assertEquals(1, runs.size());
        assertEquals("modern: 2 runs", runs.get(0).name());
        assertEquals(Palette.OKABE_ITO.get(0), runs.get(0).color());
    }
}
