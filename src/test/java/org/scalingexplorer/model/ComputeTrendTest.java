package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComputeTrendTest {
    @Test
    void exponentialTrendAndItsInverse() {
        var t = new ComputeTrend.Exponential(1e16, 4.1, 2013);
        assertEquals(1e16, t.compute(2013), 1);
        assertEquals(4.1e16, t.compute(2014), 1e3);
        // 1e16 * 4.1^12 = 2.25634903e23 (Python)
        assertEquals(2.2563490300366e23, t.compute(2025), 1e11);
        assertEquals(2020.25, t.year(t.compute(2020.25)), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"2010, 1e18", "2015, 1e20", "2012.5, 1e19", "2020, 1e22", "2025, 1e24", "2030, 1e26"})
    void tableInterpolatesInLogSpaceAndExtendsItsEnds(double year, double compute) {
        var t = new ComputeTrend.Table(List.of(new ComputeTrend.Table.Point(2010, 1e18), new ComputeTrend.Table.Point(2015, 1e20),
                new ComputeTrend.Table.Point(2020, 1e22)));
        assertEquals(compute, t.compute(year), compute * 1e-12);
        assertEquals(year, t.year(compute), 1e-9);
    }

    @Test
    void tableMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new ComputeTrend.Table(List.of(
                new ComputeTrend.Table.Point(2010, 1e18), new ComputeTrend.Table.Point(2009, 1e20))));
    }
}
