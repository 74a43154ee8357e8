package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 18: a long legend on a small figure (a paper's column) leaves the plot room: its type gets smaller. */
class HeaderTest {
    @Test
    void aLongLegendShrinksUntilTheHeaderTakesAtMostItsShare() {
        Painter g = BarsRendererTest.painter();
        List<Header.Entry> legend = new ArrayList<>();
        for (int i = 0; i < 12; i++) legend.add(new Header.Entry("Learned to rotary position embedding " + i, Rgba.BLACK, Header.Swatch.BOX));
        ChartStyle big = OutputSize.COLUMN.style(ChartStyle.light());
        double full = Header.height(g, "Efficiency gains by innovation at frontier compute", legend, 1050, big);
        double max = 0.4 * 788;
        assertTrue(full > max, "the column's 8 pt legend would take " + full + " of 788 pixels");
        ChartStyle fitted = Header.fit(g, "Efficiency gains by innovation at frontier compute", legend, 1050, max, big);
        assertTrue(Header.height(g, "Efficiency gains by innovation at frontier compute", legend, 1050, fitted) <= max);
        assertTrue(fitted.font() >= 0.6 * big.font() - 1e-9, "never below 0.6 of the preset's type");
        // a legend that fits keeps its type
        assertEquals(big, Header.fit(g, "t", legend.subList(0, 2), 1050, max, big));
    }
}
