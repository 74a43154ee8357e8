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
    @CsvSource(delimiter = ';', value = {"259.487; 259", "1.3333; 1.33", "0.0591; 0.0591", "3660000; 3.66e6", "0.00001234; 1.23e-5", "21414.6; 21415"})
    void multipliersRead(double value, String expected) {
        assertEquals(expected, ComputeText.multiplier(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1e22; 1.00e22", "2.16e22; 2.16e22", "3.85e19; 3.85e19", "5e-7; 5.00e-7", "1e100; 1.00e100"})
    void computesRead(double value, String expected) {
        assertEquals(expected, ComputeText.format(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1e22", "0", "1e400", "1e22 GPU-hours", "NaN"})
    void refusesTheRest(String text) {
        assertThrows(IllegalArgumentException.class, () -> ComputeText.parse(text));
    }
}
