package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComputeTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"3e24; 3e24", "3x10^24; 3e24", "3 × 10^24; 3e24", "1 PF-day; 8.64e19",
            "250 PF-days; 2.16e22", "1e22 FLOP; 1e22", " 0.5e3 ; 500", "2 petaflop/s-days; 1.728e20"})
    void parsesWhatPeopleType(String text, double expected) {
        assertEquals(expected, ComputeText.parse(text), expected * 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"3.00×10²⁴; 3e24", "10²²; 1e22", "10^22 FLOP; 1e22", "4.17×10⁻⁴; 4.17e-4", "1,000,000; 1e6",
            "2.5 × 10⁻³; 0.0025", "130,953.5; 130953.5"})
    void readsBackWhatTheScreenShows(String text, double expected) {
        assertEquals(expected, ComputeText.parse(text), expected * 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1e22", "2.16e22", "3.85e19", "5e-7", "1e100", "123456", "0.0123"})
    void everyShownComputeParses(double value) {
        double back = ComputeText.parse(Numbers.format(value));
        assertEquals(value, back, value * 5e-3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1e22", "0", "1e400", "1e22 GPU-hours", "NaN", "1,00", "10^99999", "3×10^", "10⁴⁰⁰"})
    void refusesTheRest(String text) {
        assertThrows(IllegalArgumentException.class, () -> ComputeText.parse(text));
    }
}
