package org.scalingexplorer.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;

/**
 * The sweep's frames against values worked out by hand: the bundled trend is C = 1e16 x 4.1^(year - 2013), so
 * year(C) = 2013 + log10(C / 1e16) / log10(4.1), with log10(4.1) = 0.6127839.
 */
class SweepTest {
    @Test
    void framesAreEvenlySpacedAndEndExactly() {
        double[] v = new Sweep(Sweep.Target.YEAR, 2012, 2025, 8).frameValues(15);
        assertEquals(121, v.length);
        assertEquals(2012, v[0]);
        assertEquals(2012 + 13.0 * 60 / 120, v[60], 1e-12);
        assertEquals(2025, v[120]);
    }

    @Test
    void inFrontierModeTheOtherCursorFollowsTheTrend() {
        FigureState s = FigureState.of(BundledDatasets.paper());
        Sweep years = new Sweep(Sweep.Target.YEAR, 2012, 2025, 8);
        FigureState at2020 = years.at(s, 2020);
        assertEquals(2020, at2020.year());
        assertEquals(1e16 * Math.pow(4.1, 7), at2020.compute(), 1e16 * Math.pow(4.1, 7) * 1e-9);
        Sweep compute = new Sweep(Sweep.Target.COMPUTE, 16, 26, 8);
        FigureState at1e20 = compute.at(s, 20);
        assertEquals(1e20, at1e20.compute(), 1e20 * 1e-12);
        assertEquals(2013 + 4 / 0.6127839, at1e20.year(), 1e-4);
        // past the attribution's years the year stops at its end; in fixed mode the year does not move with the compute
        assertEquals(AttributionFigure.TO, compute.at(s, 30).year());
        FigureState fixed = s.withMode(Attribution.Mode.FIXED).withYear(2018);
        assertEquals(2018, compute.at(fixed, 20).year());
        assertEquals("1.00×10²⁰ FLOP", compute.label(20));
        assertEquals("2020", years.label(2020));
        assertEquals("2020.5", years.label(2020.5));
    }
}
