package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG backend: a well-formed document whatever the text, text as text in its weight, the glyphs it uses embedded
 * as a valid TrueType subset, and the layout of the PNG (the same AWT metrics). Rendering against the PNG in a real
 * SVG renderer is .ci/smoke-svg's (rsvg-convert).
 */
class SvgPainterTest {
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static String draw(ChartExport.Drawing d) {
        return ChartExport.svg(d, Rgba.web("#ffffff"), 400, 200);
    }

    /** A name with BEL, ESC, a C1 control, markup and a lone surrogate: the document still parses, and shows them as symbols. */
    @Test
    void anyNameGivesAWellFormedDocument() throws Exception {
        String name = "LSTM\u0007 <b>&\"x\"</b> \u001b[31m\u0085 \ud800 done";
        String svg = draw((g, w, h) -> {
            g.font(13, false);
            g.text(name, 10, 20, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        });
        Document doc = parse(svg);
        String shown = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0).getTextContent();
        assertEquals("LSTM\u2407 <b>&\"x\"</b> \u241b[31m\ufffd \ufffd done", shown);
    }

    /** Bold stays bold; regular and bold each get their own embedded face, holding the glyphs drawn in it. */
    @Test
    void textKeepsItsWeightAndCarriesItsGlyphs() throws Exception {
        String svg = draw((g, w, h) -> {
            g.font(16, true);
            g.text("CEG 259×", 10, 20, Painter.HAlign.LEFT, Painter.VAlign.TOP);
            g.font(12, false);
            g.text("10²² FLOP", 10, 60, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        });
        Document doc = parse(svg);
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        assertEquals("bold", ((Element) texts.item(0)).getAttribute("font-weight"));
        assertEquals("", ((Element) texts.item(1)).getAttribute("font-weight"));
        assertTrue(((Element) texts.item(0)).getAttribute("font-family").startsWith("'Scaling Explorer DejaVu Sans', 'DejaVu Sans'"));
        Matcher m = Pattern.compile("font-weight:(\\d+);font-style:normal;src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        List<String> weights = new ArrayList<>();
        while (m.find()) {
            weights.add(m.group(1));
            byte[] ttf = Base64.getDecoder().decode(m.group(2));
            assertTrue(ttf.length < 60_000, "a subset, not the 700 KB face: " + ttf.length);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
                String drawn = m.group(1).equals("700") ? "CEG 259×" : "10²² FLOP";
                for (int c : drawn.codePoints().toArray()) {
                    assertTrue(font.getUnicodeCmapLookup().getGlyphId(c) > 0, "glyph for " + Character.toString(c) + " in weight " + m.group(1));
                }
                // a character never drawn is not carried
                assertEquals(0, font.getUnicodeCmapLookup().getGlyphId('Q'));
            }
        }
        assertEquals(List.of("400", "700"), weights);
    }

    /**
     * Text is placed as AwtPainter (the PNG) places it: the same measured width, so right-aligned text ends where the
     * PNG's does (x = 300 - width), and the top of a line is its ascent above the baseline.
     */
    @Test
    void textIsLaidOutAsThePngLaysItOut() throws Exception {
        double[] width = new double[1];
        String svg = draw((g, w, h) -> {
            g.font(20, false);
            width[0] = g.textWidth("Training compute (FLOP)");
            g.text("Training compute (FLOP)", 300, 50, Painter.HAlign.RIGHT, Painter.VAlign.BASELINE);
        });
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        AwtPainter awt = new AwtPainter(g2, Rgba.web("#ffffff"));
        awt.font(20, false);
        assertEquals(awt.textWidth("Training compute (FLOP)"), width[0], 1e-9);
        Element t = (Element) parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0);
        assertEquals(300 - width[0], Double.parseDouble(t.getAttribute("x")), 0.01);
        assertEquals(50, Double.parseDouble(t.getAttribute("y")), 0.01);
    }

    /** save/restore, translate, rotate and clips nest as groups that close; coordinates are short decimals. */
    @Test
    void groupsNestAndClose() throws Exception {
        String svg = draw((g, w, h) -> {
            g.save();
            g.translate(20, 100);
            g.rotate(-90);
            g.clipRect(0, 0, 50, 50);
            g.fill(Rgba.web("#0072B2", 0.5));
            g.fillRect(0.004, 1.5, 1.0 / 3, 10);
            g.restore();
            g.stroke(Rgba.web("#000000"));
            g.dashes(4, 2);
            g.line(0, 0, 10, 10);
        });
        Document doc = parse(svg);
        Element rect = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(1);
        assertEquals("0", rect.getAttribute("x"));
        assertEquals("0.33", rect.getAttribute("width"));
        assertEquals("0.5", rect.getAttribute("fill-opacity"));
        assertEquals("#0072b2", rect.getAttribute("fill"));
        assertEquals("g", rect.getParentNode().getNodeName(), "inside the clip group");
        Element line = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").item(0);
        assertEquals("svg", line.getParentNode().getNodeName(), "after restore, back at the top");
        assertEquals("4 2", line.getAttribute("stroke-dasharray"));
    }
}
