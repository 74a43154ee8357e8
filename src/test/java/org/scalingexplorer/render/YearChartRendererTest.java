package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A line's extrapolated spans are drawn faded, the measured ones at full strength, with a legend entry. */
class YearChartRendererTest {
    record Stroke(double alpha, int points, double firstX) {
    }

    /** The polylines drawn, each with the stroke's alpha at the time. */
    static List<Stroke> polylines(YearData.Plot p) {
        List<Stroke> drawn = new ArrayList<>();
        Rgba[] stroke = {null};
        Painter g = (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(), new Class<?>[] {Painter.class}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "stroke" -> stroke[0] = (Rgba) args[0];
                case "polyline" -> {
                    int n = (Integer) args[2];
                    if (n > 1) drawn.add(new Stroke(stroke[0].a(), n, ((double[]) args[0])[0]));
                }
                default -> { }
            }
            return m.getReturnType() == double.class ? 0.0 : null;
        });
        ChartStyle s = ChartStyle.light();
        YearChartRenderer.Frame f = YearChartRenderer.frame(p, 800, 600, s, BarsRendererTest.painter());
        drawn.clear();
        YearChartRenderer.draw(g, p, f, 600, s);
        return drawn;
    }

    static YearData.Plot plot(boolean[] extrapolated) {
        double[] years = {2020, 2021, 2022, 2023};
        return new YearData.Plot("t", "y", years, List.of(), List.of(new YearData.Line("a", "A", "#0072B2", new double[] {1, 2, 3, 4},
                false, 2, extrapolated)), List.of(), 0.5, 10, null);
    }

    @Test
    void theSpanFromTheFirstExtrapolatedYearOnIsFaded() {
        List<Stroke> lines = polylines(plot(new boolean[] {false, false, true, true}));
        // 2020-2021 measured (2 points); 2021-2022 and 2022-2023 touch an extrapolated year (3 points, from 2021)
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(1.0, lines.get(0).alpha());
        assertEquals(2, lines.get(0).points());
        assertEquals(YearChartRenderer.FADED, lines.get(1).alpha(), 1e-12);
        assertEquals(3, lines.get(1).points());
        assertTrue(lines.get(1).firstX() > lines.get(0).firstX());
        assertTrue(YearChartRenderer.legendEntries(plot(new boolean[] {false, false, true, true})).stream()
                .anyMatch(e -> e.text().equals("Faded: extrapolated beyond the fitted range")));
    }

    @Test
    void aLineWithNothingExtrapolatedIsOnePieceWithNoLegendEntry() {
        for (boolean[] none : new boolean[][] {null, {false, false, false, false}}) {
            List<Stroke> lines = polylines(plot(none));
            assertEquals(1, lines.size());
            assertEquals(4, lines.get(0).points());
            assertEquals(1.0, lines.get(0).alpha());
            assertTrue(YearChartRenderer.legendEntries(plot(none)).stream().noneMatch(e -> e.text().startsWith("Faded")));
        }
    }

    @Test
    void aGapBreaksTheLineAndAllExtrapolatedIsOneFadedPiece() {
        double[] years = {2020, 2021, 2022, 2023};
        YearData.Plot p = new YearData.Plot("t", "y", years, List.of(), List.of(new YearData.Line("a", "A", "#0072B2",
                new double[] {1, 2, Double.NaN, 4}, false, 2, new boolean[] {true, true, true, true})), List.of(), 0.5, 10, null);
        List<Stroke> lines = polylines(p);
        assertEquals(1, lines.size(), "the lone point after the gap draws no segment");
        assertEquals(YearChartRenderer.FADED, lines.get(0).alpha(), 1e-12);
        assertEquals(2, lines.get(0).points());
    }

    /** Issue 18: the top compute axis sits at round computes (10^k where the trend reaches it), not the years' odd ones. */
    @Test
    void theTopComputeAxisIsLabelledAtRoundComputes() {
        double[] years = {2012, 2015, 2020, 2025};
        // a trend of half a decade a year from 1e15 in 2012: 10^k at 2012 + 2 (k - 15)
        YearData.Plot p = new YearData.Plot("t", "y", years, List.of(), List.of(new YearData.Line("a", "A", "#0072B2", new double[] {1, 2, 3, 4},
                false, 2, null)), List.of(), 0.5, 10, y -> "odd " + y).withTopYear(k -> 2012 + 2 * (k - 15));
        List<String> texts = new ArrayList<>();
        Painter g = (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(), new Class<?>[] {Painter.class}, (proxy, m, args) -> {
            if (m.getName().equals("text")) texts.add((String) args[0]);
            return m.getReturnType() == double.class ? 6.0 : null;
        });
        ChartStyle s = ChartStyle.light();
        YearChartRenderer.draw(g, p, YearChartRenderer.frame(p, 1600, 600, s, g), 600, s);
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("odd")), "no label at a year's odd compute: " + texts);
        // 10^15 (2012) to 10^21 (2024): "10" then the exponent, each decade
        for (int k = 15; k <= 21; k++) assertTrue(texts.contains(Integer.toString(k)), "10^" + k + " in " + texts);
        assertTrue(!texts.contains("22"), "10^22 would be in 2026, past the chart");
    }
}
