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
    @ValueSource(strings = {"", "abc", "-1e22", "0", "1e400", "1e22 GPU-hours", "NaN"})
    void refusesTheRest(String text) {
        assertThrows(IllegalArgumentException.class, () -> ComputeText.parse(text));
    }
}
