package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;

/** Issue 28's end-of-line labels: where each line's name goes, and that it stays there while the cursor moves. */
class EndLabelsTest {
    private static final ChartStyle STYLE = ChartStyle.light().withEndLabels(true);

    /** A line y = c x^-a from 1e12 to 1e28, sampled every half decade. */
    private static ChartData.Series power(String id, double c, double a) {
        int n = 33;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.pow(10, 12 + i * 0.5);
            ys[i] = c * Math.pow(xs[i], -a);
        }
        return new ChartData.Series(id, "Law " + id, "#0072B2", List.of(new ChartData.Line(id, xs, ys, false)), new double[0], new double[0], "", null,
                null);
    }

    private static ChartData.Plot plot(List<ChartData.Series> series) {
        return new ChartData.Plot("t", "x", "y", series, 1e12, 1e28, 1, 100, List.of(), Double.NaN);
    }

    @Test
    void aLineIsNamedLevelWithWhereItLeavesThePlot() {
        Painter g = BarsRendererTest.painter();
        // y = 1e3 x^-0.1 reaches 1e28 at 1e3 * 10^-2.8 = 1.585: inside the y range, so it leaves through the right edge
        // y = 1e6 x^-0.25 falls to y = 1 (the bottom) at x = 1e24, before the right edge
        ChartData.Plot p = plot(List.of(power("a", 1e3, 0.1), power("b", 1e6, 0.25)));
        LogAxis[] axes = LogChartRenderer.axes(p, 900, 600, STYLE, g);
        double[] a = EndLabels.end(p.series().get(0).lines().get(0), axes[0], axes[1]);
        assertEquals(axes[0].toScreen(1e28), a[0], 1e-6);
        assertEquals(axes[1].toScreen(1e3 * Math.pow(10, -2.8)), a[1], 1e-6);
        double[] b = EndLabels.end(p.series().get(1).lines().get(0), axes[0], axes[1]);
        assertEquals(axes[0].toScreen(1e24), b[0], 1e-6, "where the line crosses the bottom");
        assertEquals(axes[1].toScreen(1), b[1], 1e-6);
        EndLabels.Layout layout = EndLabels.place(g, p, Set.of(), axes[0], axes[1], 900, STYLE);
        assertEquals(2, layout.labels().size());
        EndLabels.Placed la = layout.labels().stream().filter(l -> l.seriesId().equals("a")).findFirst().orElseThrow();
        assertEquals(List.of("Law a"), la.lines());
        assertEquals(a[1], la.y() + la.h() / 2, 1e-6, "a name with room stays level with its line's end");
        assertTrue(la.x() > axes[0].screenTo(), "right of the plot");
        assertTrue(la.x() + g.textWidth("Law a") <= 900, "inside the chart");
        assertTrue(EndLabels.place(g, p, Set.of("a"), axes[0], axes[1], 900, STYLE).labels().stream().noneMatch(l -> l.seriesId().equals("a")),
                "a hidden line is not named");
    }

    @Test
    void namesTooCloseArePushedApartInTheirLinesOrderAndTooManyAreCounted() {
        Painter g = BarsRendererTest.painter();
        List<ChartData.Series> close = new ArrayList<>();
        // five lines ending within a few pixels of each other
        for (int i = 0; i < 5; i++) close.add(power("c" + i, 1e3 * (1 + 0.01 * i), 0.1));
        ChartData.Plot p = plot(close);
        LogAxis[] axes = LogChartRenderer.axes(p, 900, 600, STYLE, g);
        List<EndLabels.Placed> placed = EndLabels.place(g, p, Set.of(), axes[0], axes[1], 900, STYLE).labels();
        assertEquals(5, placed.size());
        for (int i = 1; i < placed.size(); i++) {
            assertTrue(placed.get(i).y() >= placed.get(i - 1).y() + placed.get(i - 1).h(), "no overlap: " + placed);
            assertTrue(placed.get(i).anchorY() >= placed.get(i - 1).anchorY(), "top to bottom in the order the lines end");
        }
        // sixty lines in a 200 px tall chart: not all fit; the rest are counted, nothing overlaps or leaves the plot's height
        List<ChartData.Series> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) many.add(power("m" + i, 2 + i, 0.01));
        ChartData.Plot crowded = plot(many);
        LogAxis[] small = LogChartRenderer.axes(crowded, 900, 200, STYLE, g);
        List<EndLabels.Placed> few = EndLabels.place(g, crowded, Set.of(), small[0], small[1], 900, STYLE).labels();
        EndLabels.Placed more = few.get(few.size() - 1);
        assertEquals(List.of("+" + (60 - (few.size() - 1)) + " more"), more.lines());
        for (int i = 0; i < few.size(); i++) {
            EndLabels.Placed l = few.get(i);
            assertTrue(l.y() >= small[1].screenTo() - 0.5 && l.y() + l.h() <= small[1].screenFrom() + 0.5, "within the plot's height: " + l);
            if (i > 0) assertTrue(l.y() >= few.get(i - 1).y() + few.get(i - 1).h(), "no overlap at " + i);
        }
    }

    /**
     * On the bundled charts: every line is named once, beside the plot and inside the chart; the export's legend no
     * longer repeats the names; and the names do not move when the cursor does.
     */
    @Test
    void theBundledChartsNameEachLineOnceAndKeepTheNamesStillAsTheCursorMoves() {
        // the two laws on Hoffmann et al.'s loss scale say so, as the legend said
        List<String> lossNames = List.of("LSTM", "Transformer (2017)", "Transformer (modern)", "Transformer, Kaplan allocation [MassiveText scale]",
                "Transformer, Chinchilla allocation [MassiveText scale]");
        for (double[] size : new double[][] {{1920, 1080}, {820, 600}, {480, 440}}) {
            List<AxisTitlesTest.Drawn> before = null;
            for (double compute : new double[] {1e16, 1e20, 1e24}) {
                FigureState state = FigureState.of(BundledDatasets.paper()).withCompute(compute);
                ChartStyle style = STYLE.forOutput((int) size[0], (int) size[1]);
                List<AxisTitlesTest.Drawn> texts = AxisTitlesTest.record(Figures.drawing(Figures.Kind.LOGLOG, state, Figures.View.full(), style, false),
                        size[0], size[1]);
                // the names start at one x, right of the plot: "LSTM" (one short word) shows where
                double left = texts.stream().filter(t -> t.text().equals("LSTM")).mapToDouble(t -> t.box().getMinX()).max().orElse(-1);
                assertTrue(left > size[0] / 2, "LSTM is named beside the plot at " + (int) size[0] + "x" + (int) size[1]);
                List<AxisTitlesTest.Drawn> names = texts.stream().filter(t -> Math.abs(t.box().getMinX() - left) < 0.5).toList();
                List<String> words = new ArrayList<>();
                for (AxisTitlesTest.Drawn d : names) {
                    words.addAll(List.of(d.text().split(" ")));
                    assertTrue(d.box().getMaxX() <= size[0] + 1 && d.box().getMinY() >= -1 && d.box().getMaxY() <= size[1] + 1, "inside: " + d);
                }
                List<String> expected = new ArrayList<>();
                for (String name : lossNames) {
                    expected.addAll(List.of(name.split(" ")));
                    assertTrue(texts.stream().noneMatch(t -> t.text().startsWith(name) && t.box().getMinX() < left - 1 && !t.text().contains(":")),
                            "the legend does not repeat " + name);
                }
                words.sort(null);
                expected.sort(null);
                assertEquals(expected, words, "each line named once (in wrapped lines where narrow)");
                for (int i = 0; i < names.size(); i++) {
                    for (int j = i + 1; j < names.size(); j++) {
                        assertFalse(names.get(i).box().intersects(names.get(j).box()), names.get(i) + " overlaps " + names.get(j));
                    }
                }
                if (before != null) assertEquals(before, names, "the names stay where they were as the cursor moves to " + compute);
                before = names;
            }
            assertNotNull(before);
        }
    }

    /**
     * The year charts take the option too: the attribution names each band at the middle of its last year and the
     * Frames chart each line at its end, right of the plot, inside the chart, none over another; their legends drop
     * what the ends name.
     */
    @Test
    void theYearChartsNameTheirBandsAndLinesAtTheirEnds() {
        FigureState state = FigureState.of(BundledDatasets.paper());
        for (Figures.Kind kind : List.of(Figures.Kind.ATTRIBUTION, Figures.Kind.FRAMES)) {
            for (double[] size : new double[][] {{1920, 1080}, {820, 600}}) {
                ChartStyle style = STYLE.forOutput((int) size[0], (int) size[1]);
                List<AxisTitlesTest.Drawn> texts = AxisTitlesTest.record(Figures.drawing(kind, state, Figures.View.full(), style, false), size[0], size[1]);
                String probe = kind == Figures.Kind.ATTRIBUTION ? "Mixture of Experts" : "against LSTM";
                AxisTitlesTest.Drawn named = texts.stream().filter(t -> t.text().equals(probe)).findFirst().orElseThrow(() -> new AssertionError(
                        probe + " named at " + (int) size[0] + ": " + texts.stream().map(AxisTitlesTest.Drawn::text).toList()));
                assertTrue(named.box().getMinX() > size[0] / 2, "right of the plot: " + named);
                assertTrue(texts.stream().filter(t -> t.text().equals(probe)).count() == 1, "named once, not in the legend too");
                double left = named.box().getMinX();
                List<AxisTitlesTest.Drawn> margin = texts.stream().filter(t -> Math.abs(t.box().getMinX() - left) < 0.5).toList();
                assertTrue(margin.size() >= 4, margin.toString());
                for (int i = 0; i < margin.size(); i++) {
                    AxisTitlesTest.Drawn a = margin.get(i);
                    assertTrue(a.box().getMaxX() <= size[0] + 1 && a.box().getMaxY() <= size[1] + 1, "inside: " + a);
                    for (int j = i + 1; j < margin.size(); j++) assertFalse(a.box().intersects(margin.get(j).box()), a + " overlaps " + margin.get(j));
                }
            }
        }
    }
}
