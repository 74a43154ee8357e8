package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number style at its boundaries; expected strings written out by hand from the rules. */
class NumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "259.487; 259", "1.3333; 1.33", "2; 2.00", "0.0591; 0.0591", "21414.6; 21,400", "130953; 131,000",
            // the plain range ends just below a million: what rounds to 10^6 takes the exponent
            "999499; 999,000", "999500; 1.00×10⁶", "999999.6; 1.00×10⁶", "1e6; 1.00×10⁶", "19200000; 1.92×10⁷",
            "1e22; 1.00×10²²", "2.16e22; 2.16×10²²", "1e100; 1.00×10¹⁰⁰",
            // and starts at 10^-3
            "0.001; 0.00100", "0.0009995; 0.00100", "0.000999; 9.99×10⁻⁴", "0.000417; 4.17×10⁻⁴", "5e-7; 5.00×10⁻⁷",
            "-259.487; -259", "-3660000; -3.66×10⁶", "0; 0", "1000; 1,000", "100000; 100,000"})
    void threeSignificantFigures(double value, String expected) {
        assertEquals(expected, Numbers.format(value));
    }

    @Test
    void neverNaNOrInfinity() {
        assertEquals("—", Numbers.format(Double.NaN));
        assertEquals("—", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("—", Numbers.times(Double.NEGATIVE_INFINITY));
        assertEquals("259×", Numbers.times(259.4));
    }

    @Test
    void theUserSetsTheFigures() throws Exception {
        assertEquals("130,950", Numbers.withDigits(5, () -> Numbers.format(130953)));
        assertEquals("2.1600×10²²", Numbers.withDigits(5, () -> Numbers.format(2.16e22)));
        assertEquals("1.3333", Numbers.withDigits(5, () -> Numbers.format(4.0 / 3)));
        assertEquals("1.3", Numbers.withDigits(2, () -> Numbers.format(4.0 / 3)));
        assertEquals("130,000", Numbers.withDigits(2, () -> Numbers.format(130953)));
        assertEquals("0.05000", Numbers.withDigits(2, () -> Numbers.parameter(0.05)));
        assertThrows(IllegalArgumentException.class, () -> Numbers.withDigits(1, () -> ""));
        assertThrows(IllegalArgumentException.class, () -> Numbers.withDigits(7, () -> ""));
        // the figures hold inside the scope only, and only on its thread; work handed on carries them
        assertEquals(Numbers.DEFAULT_DIGITS, Numbers.digits());
        String[] elsewhere = new String[2];
        Runnable carried = Numbers.withDigits(5, () -> Numbers.carrying(() -> elsewhere[0] = Numbers.format(4.0 / 3)));
        Thread t = new Thread(() -> {
            carried.run();
            elsewhere[1] = Numbers.format(4.0 / 3);
        });
        t.start();
        t.join();
        assertEquals("1.3333", elsewhere[0]);
        assertEquals("1.33", elsewhere[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"-4; 10⁻⁴", "-3; 0.001", "-1; 0.1", "0; 1", "3; 1,000", "5; 100,000", "6; 10⁶", "22; 10²²"})
    void decades(int exponent, String expected) {
        assertEquals(expected, Numbers.decade(exponent));
    }

    @Test
    void superscriptsRoundTrip() {
        assertEquals("⁻¹²", Numbers.superscript(-12));
        assertEquals("3.00×10^24", Numbers.unsuperscript("3.00×10²⁴"));
        assertEquals("10^-4", Numbers.unsuperscript("10⁻⁴"));
    }
}
