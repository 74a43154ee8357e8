package org.scalingexplorer.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled DejaVu Sans, cut down to the characters an SVG uses (fontbox's TrueType subsetter, which PDFBox uses
 * for the same purpose in PDFs) and written as an {@code @font-face} with the font as a data URL, so an exported SVG
 * carries its typeface (tens of kilobytes, not the 700 KB of a whole face). Bitstream Vera licence: embedding and
 * redistribution are free.
 */
final class SvgFonts {
    static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp",
            "cmap", "name", "post", "OS/2");

    private SvgFonts() {
    }

    /** {@code @font-face{...}} for the weight, or "" when no text uses it or the face cannot be read. */
    static String fontFace(String family, boolean bold, Set<Integer> codePoints) {
        if (codePoints.isEmpty()) return "";
        byte[] subset = subset(bold, codePoints);
        if (subset == null) return "";
        return "@font-face{font-family:'" + family + "';font-weight:" + (bold ? 700 : 400) + ";font-style:normal;src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(subset) + ") format('truetype');}";
    }

    /** The face with only the glyphs of {@code codePoints} (and the notdef glyph); null when it cannot be read. */
    static byte[] subset(boolean bold, Set<Integer> codePoints) {
        try (InputStream in = Fonts.ttf(bold)) {
            if (in == null) return null;
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                // the tables that draw glyphs; no kerning or substitution tables (the charts' text is laid out without
                // them, in the SVG as in the PNG), which would be most of the subset's size
                TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException | RuntimeException e) {
            // the SVG still names the family; only its own copy of the glyphs is missing
            return null;
        }
    }
}
