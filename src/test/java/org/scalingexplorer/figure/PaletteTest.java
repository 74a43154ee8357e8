package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.Rgba;

/** Colours from one place: stable, distinct until the palette runs out, and visible in every theme. */
class PaletteTest {
    static Algorithm plain(String id, String colour) {
        return new Algorithm(id, id, colour, "", new PowerLaw(1, 10, -0.1), List.of(), Set.of(), false);
    }

    static Dataset withPlain(int n) {
        List<Algorithm> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(plain("a" + i, ""));
        return BundledDatasets.paper().withInnovations(List.of()).withAlgorithms(all);
    }

    @Test
    void aSeriesKeepsItsColourWhenOthersAreAdded() {
        List<String> three = Palette.algorithmColors(withPlain(3), false);
        List<String> six = Palette.algorithmColors(withPlain(6), false);
        assertEquals(three, six.subList(0, 3));
        // and the dataset's own colours keep theirs, with what-ifs added after them
        Dataset paper = BundledDatasets.paper();
        List<Algorithm> more = new ArrayList<>(paper.algorithms());
        more.add(plain("what-if", ""));
        assertEquals(Palette.algorithmColors(paper, false), Palette.algorithmColors(paper.withAlgorithms(more), false).subList(0, 5));
    }

    @Test
    void noTwoSeriesShareAColourUntilThePaletteIsUsedUp() {
        int n = Palette.ALGORITHMS.size();
        assertEquals(n, new HashSet<>(Palette.algorithmColors(withPlain(n), false)).size());
        assertEquals(Palette.OKABE_ITO.size(), new HashSet<>(Palette.algorithmColors(withPlain(Palette.OKABE_ITO.size()), true)).size());
        // issue 18: the bundled dataset holds five colours; eight what-ifs later none has taken one of them or a near twin
        Dataset bundled = BundledDatasets.paper();
        List<Algorithm> many = new ArrayList<>(bundled.algorithms());
        for (int i = 0; i < 8; i++) many.add(plain("what-if-" + i, ""));
        List<String> colours8 = Palette.algorithmColors(bundled.withAlgorithms(many), false);
        for (String own : colours8.subList(0, bundled.algorithms().size())) {
            for (String added : colours8.subList(bundled.algorithms().size(), colours8.size())) {
                if (added.equals(Palette.INK)) continue;
                double distance = distance(Rgba.web(own), Rgba.web(added));
                assertTrue(distance > 0.25, added + " is too near " + own + " (" + distance + ")");
            }
        }
        // a dataset colour equal to a palette colour is not handed out again
        List<Algorithm> mixed = List.of(plain("named", "#0072B2"), plain("b", ""), plain("c", ""));
        List<String> colours = Palette.algorithmColors(BundledDatasets.paper().withInnovations(List.of()).withAlgorithms(mixed), false);
        assertEquals(3, new HashSet<>(colours).size(), colours.toString());
        // a new what-if takes a colour nobody holds
        Dataset paper = BundledDatasets.paper();
        assertTrue(!Palette.algorithmColors(paper, false).contains(Palette.nextFree(paper)));
    }

    /**
     * An algorithm's colour is its place's in {@link Palette#algorithmColors}, whichever dataset was asked about last,
     * with or without the colour-blind palette, and for a copy of the algorithm as for the one the dataset holds.
     */
    @Test
    void colorOfIsTheColourAtTheAlgorithmsPlaceWhicheverDatasetWasAskedLast() {
        Dataset paper = BundledDatasets.paper();
        Dataset twenty = withPlain(20);
        List<Algorithm> mixed = List.of(plain("named", "#AA4499"), plain("b", ""), plain("c", "#0072B2"));
        Dataset own = BundledDatasets.paper().withInnovations(List.of()).withAlgorithms(mixed);
        for (int round = 0; round < 3; round++) {
            for (Dataset d : List.of(paper, twenty, own, paper)) {
                for (boolean safe : new boolean[] {false, true, false}) {
                    List<String> expected = Palette.algorithmColors(d, safe);
                    for (int i = 0; i < d.algorithms().size(); i++) {
                        Algorithm a = d.algorithms().get(i);
                        Algorithm copy = new Algorithm(a.id(), a.name(), a.color(), a.description(), a.law(), a.runs(), a.embodies(), a.whatIf(),
                                a.lossScale(), a.style());
                        assertEquals(expected.get(i), Palette.colorOf(d, a, safe), d.algorithms().size() + " algorithms, " + a.id());
                        assertEquals(expected.get(i), Palette.colorOf(d, copy, safe), "a copy of " + a.id());
                    }
                }
            }
        }
        // an algorithm the dataset does not hold takes the palette's first colour
        assertEquals(Palette.OKABE_ITO.get(0), Palette.colorOf(paper, plain("stranger", "#123456"), false));
    }

    static double distance(Rgba a, Rgba b) {
        return Math.sqrt((a.r() - b.r()) * (a.r() - b.r()) + (a.g() - b.g()) * (a.g() - b.g()) + (a.b() - b.b()) * (a.b() - b.b()));
    }

    /** Ink is the theme's foreground; a colour under 3:1 against the background is moved towards it. */
    @Test
    void inkAndFaintColoursFollowTheTheme() {
        ChartStyle dark = ChartStyle.dark();
        assertEquals(dark.foreground(), dark.series(Palette.INK));
        assertEquals(ChartStyle.light().foreground(), ChartStyle.light().series(Palette.INK));
        Rgba black = dark.series("#000000");
        assertNotEquals(Rgba.web("#000000"), black);
        assertTrue(black.contrast(dark.background()) >= 3, "black on the dark theme is lifted to " + black.hex());
        // the palette's yellow on white (1.3:1) is darkened, still yellow
        Rgba yellow = ChartStyle.light().series("#F0E442");
        assertTrue(yellow.contrast(Rgba.WHITE) >= 3 && yellow.r() > yellow.b() && yellow.g() > yellow.b(), yellow.hex());
        // colours that read already are left alone
        assertEquals(Rgba.web("#0072B2"), ChartStyle.light().series("#0072B2"));
        assertEquals(Rgba.web("#56B4E9"), dark.series("#56B4E9"));
        // WCAG's own examples: black on white is 21:1, and #767676 on white is the 4.5:1 threshold
        assertEquals(21, Rgba.BLACK.contrast(Rgba.WHITE), 1e-9);
        assertEquals(4.54, Rgba.web("#767676").contrast(Rgba.WHITE), 0.01);
    }

    /**
     * Issue 28: every series colour of every palette at least 3:1 against the background in every theme (WCAG's level
     * for graphics); the plum of a fitted series on the dark theme was 2.2:1, sky blue and orange on white 2.3 and 2.3.
     */
    @Test
    void everySeriesColourReadsAtLeastThreeToOneInEveryTheme() {
        Set<String> all = new LinkedHashSet<>(Palette.ALGORITHMS);
        all.addAll(Palette.OKABE_ITO);
        all.addAll(Palette.INVARIANT);
        all.addAll(Palette.DEPENDENT);
        all.addAll(List.of(Palette.SEQUENTIAL));
        all.remove(Palette.INK);
        for (ChartStyle style : List.of(ChartStyle.light(), ChartStyle.dark(), ChartStyle.highContrast())) {
            for (String c : all) {
                double contrast = style.series(c).contrast(style.background());
                assertTrue(contrast >= 3, c + " draws at " + contrast + ":1 on " + style.background().hex());
            }
        }
        assertTrue(Rgba.web("#882255").contrast(ChartStyle.dark().background()) < 2.5, "the plum alone is faint on the dark theme");
        assertTrue(Rgba.web("#56B4E9").contrast(Rgba.WHITE) < 2.5, "sky blue alone is faint on white");
    }

    /** Issue 18: no light colour on white in high contrast; the light theme keeps the palette's own colours. */
    @Test
    void highContrastDrawsEverySeriesColourAtLeastFourAndAHalfToOneOnWhite() {
        ChartStyle hc = ChartStyle.highContrast();
        Set<String> all = new LinkedHashSet<>(Palette.OKABE_ITO);
        all.addAll(Palette.INVARIANT);
        all.addAll(Palette.DEPENDENT);
        for (String c : all) {
            double contrast = hc.series(c).contrast(hc.background());
            assertTrue(contrast >= 4.5, c + " draws at " + contrast + ":1 on white");
        }
        // the yellow is darkened, not swapped: still more red and green than blue
        Rgba yellow = hc.series("#F0E442");
        assertTrue(yellow.r() > yellow.b() && yellow.g() > yellow.b(), yellow.toString());
    }
}
