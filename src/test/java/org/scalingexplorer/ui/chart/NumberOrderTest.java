package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.model.Numbers;

/** Texts of numeric columns ordered by the numbers they show, each checked against the number written out by hand. */
class NumberOrderTest {
    @Test
    void theNumberATextShows() {
        assertEquals(9, NumberOrder.value("9×"));
        assertEquals(6590, NumberOrder.value("6,590×"));
        assertEquals(21400, NumberOrder.value("21,400×"));
        assertEquals(19.7, NumberOrder.value("19.7×"));
        assertEquals(1.67, NumberOrder.value("1.67×/yr"));
        assertEquals(3.46e19, NumberOrder.value("3.46×10¹⁹"), 1e5);
        assertEquals(1.92e7, NumberOrder.value("1.92×10⁷×"), 1e-7);
        assertEquals(4.5e-5, NumberOrder.value("4.50×10⁻⁵"), 1e-20);
        assertEquals(1e6, NumberOrder.value("10⁶"));
        assertEquals(-0.25, NumberOrder.value("\u22120.25"));
        assertEquals(7.33, NumberOrder.value("7.33× to 1,980×"));
        // what Numbers writes reads back as the number it was written from
        for (double v : new double[] {0.00123, 0.5, 3.2487, 259, 6589.7, 2.14e16, 9.87e-9}) {
            assertEquals(v, NumberOrder.value(Numbers.format(v)), Math.abs(v) * 0.005, Numbers.format(v));
        }
        assertNull(NumberOrder.value(Numbers.NO_VALUE));
        assertNull(NumberOrder.value("unreachable"));
        assertNull(NumberOrder.value("not comparable"));
        assertNull(NumberOrder.value(""));
        assertNull(NumberOrder.value(null));
    }

    @Test
    void numbersInTheirOrderThenTheTextsWithout() {
        List<String> shown = new ArrayList<>(List.of("unreachable", "21,400×", "2.57×", "—", "19.7×", "2.00×", "1.00×10²²", "9×", "10×", "3.46×10¹⁹"));
        shown.sort(NumberOrder.BY_NUMBER);
        assertEquals(List.of("2.00×", "2.57×", "9×", "10×", "19.7×", "21,400×", "3.46×10¹⁹", "1.00×10²²", "unreachable", "—"), shown);
    }
}
