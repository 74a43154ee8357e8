package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LogAxisTest {
    final LogAxis x = new LogAxis(1e12, 1e28, 0, 1600);

    @Test
    void mapsDecadesLinearlyOnScreen() {
        assertEquals(0, x.toScreen(1e12), 1e-9);
        assertEquals(800, x.toScreen(1e20), 1e-9);
        assertEquals(1600, x.toScreen(1e28), 1e-9);
        assertEquals(1e22, x.toValue(1000), 1e22 * 1e-12);
    }

    @Test
    void nonPositiveValuesMapToNaNNotAnException() {
        assertTrue(Double.isNaN(x.toScreen(0)));
        assertTrue(Double.isNaN(x.toScreen(-5)));
        assertTrue(Double.isNaN(x.toScreen(Double.NaN)));
    }

    @Test
    void rangesThatAreNotPositiveAreRefusedWithAMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LogAxis(0, 10, 0, 100));
        assertTrue(e.getMessage().contains("0 < lo < hi"));
        assertThrows(IllegalArgumentException.class, () -> new LogAxis(10, 10, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new LogAxis(-1, 10, 0, 100));
    }

    @Test
    void decadeTicksAreLabelledAndMinorsAreNot() {
        List<LogAxis.Tick> ticks = new LogAxis(1e12, 1e16, 0, 400).ticks(10);
        List<Double> majors = ticks.stream().filter(LogAxis.Tick::major).map(LogAxis.Tick::value).toList();
        assertEquals(List.of(1e12, 1e13, 1e14, 1e15, 1e16), majors);
        assertEquals("10¹⁴", ticks.stream().filter(t -> t.value() == 1e14).findFirst().orElseThrow().label());
        // 8 minors in each of the 4 decades
        assertEquals(32, ticks.stream().filter(t -> !t.major()).count());
        assertTrue(ticks.stream().filter(t -> !t.major()).allMatch(t -> t.label().isEmpty()));
    }

    @Test
    void longRangesThinTheirLabels() {
        List<LogAxis.Tick> ticks = x.ticks(5);
        long labelled = ticks.stream().filter(t -> !t.label().isEmpty()).count();
        assertTrue(labelled <= 5 && labelled >= 3, "labels: " + labelled);
    }

    @Test
    void shortRangesLabelTheirMinorTicksInPlainNumbers() {
        List<String> labels = new LogAxis(1.8, 7.5, 0, 400).ticks(10).stream().map(LogAxis.Tick::label).filter(s -> !s.isEmpty()).toList();
        assertEquals(List.of("2", "3", "4", "5", "6", "7"), labels);
    }

    @Test
    void zoomKeepsTheValueUnderTheMouse() {
        LogAxis z = x.zoom(1000, 0.5);
        assertEquals(1e22, z.toValue(1000), 1e22 * 1e-9);
        assertEquals(8, z.decades(), 1e-9);
    }

    @Test
    void panMovesByScreenPixelsAndStaysPositive() {
        LogAxis p = x.pan(100);
        // 100 px of 1600 is one decade: the view moves one decade down
        assertEquals(1e11, p.lo(), 1e11 * 1e-9);
        LogAxis far = x;
        for (int i = 0; i < 200; i++) far = far.pan(1600);
        assertTrue(far.lo() > 0 && far.lo() >= 1e-300, "stops at the edge of the doubles: " + far.lo());
        assertEquals(16, far.decades(), 1e-6);
    }

    @Test
    void boxZoomTakesEitherDragDirection() {
        LogAxis b = x.between(1000, 800);
        assertEquals(1e20, b.lo(), 1e20 * 1e-9);
        assertEquals(1e22, b.hi(), 1e22 * 1e-9);
    }

    /** Issue 28: the allocation chart's loss axis (2.06 to 2.5) had one tick; a narrow range gets round steps. */
    /**
     * Issue 28: a short Frames chart (2 to 30,000 on a 60 px axis, room for two labels) was labelled at 1,000 alone,
     * so its labels fell back to linear steps of 5,000 drawn over each other at the top; it takes decades more often.
     */
    @Test
    void aWideRangeOnAShortAxisIsStillLabelledInDecades() {
        List<String> labels = LogAxis.of(2, 30_000, 60, 0).ticks(2).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("100", "10,000"), labels);
    }

    /** Issue 29's backtest chart: 0.87 to 1.15 read "0.9, 1" and nothing above; under a decade it takes round steps. */
    @Test
    void underADecadeTwoLabelsAreNotEnough() {
        List<String> labels = LogAxis.of(0.87, 1.15, 0, 400).ticks(10).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("0.90", "0.95", "1.00", "1.05", "1.10", "1.15"), labels);
    }

    @Test
    void aNarrowRangeIsLabelledInRoundSteps() {
        List<String> labels = LogAxis.of(2.06, 2.5, 0, 300).ticks(10).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5"), labels);
        List<String> tiny = LogAxis.of(3.2487, 3.2611, 0, 300).ticks(10).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        // a quarter of the range is 0.0031: steps of 0.002
        assertEquals(List.of("3.250", "3.252", "3.254", "3.256", "3.258", "3.260"), tiny);
        // a range with two labels of its own keeps them
        List<String> loss = LogAxis.of(1.8, 8.5, 0, 300).ticks(10).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("2", "3", "4", "5", "6", "7", "8"), loss);
    }

    /** A value held as its logarithm lands where the value itself does: 10^2 on 1 to 10^4 over 400 px is halfway. */
    @Test
    void aLogarithmLandsWhereItsValueDoes() {
        LogAxis a = new LogAxis(1, 1e4, 400, 0);
        assertEquals(200, a.toScreenOfLog10(2), 1e-12);
        assertEquals(400, a.toScreenOfLog10(0), 1e-12);
        LogAxis b = new LogAxis(0.37, 2.4e6, 12, 611);
        for (double v : new double[] {-1.3, 0, 0.5, 3.21, 6.4, 7}) assertEquals(b.toScreen(Math.pow(10, v)), b.toScreenOfLog10(v), 1e-9, "10^" + v);
    }
}
