package org.scalingexplorer.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one typeface charts are drawn in, bundled so that the screen, PNG, SVG and PDF measure text alike: DejaVu Sans
 * (Bitstream Vera licence, free to embed and redistribute; {@code fonts/LICENSE-DejaVu.txt}), regular and bold. It
 * has the superscript digits and the multiplication sign the numbers use. PDFs embed it; SVGs name it.
 */
public final class Fonts {
    /** The family name the charts ask for. */
    public static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/org/scalingexplorer/fonts/DejaVuSans.ttf";
    static final String BOLD = "/org/scalingexplorer/fonts/DejaVuSans-Bold.ttf";

    private Fonts() {
    }

    /** The AWT faces, loaded and registered once; the platform's sans serif if the bundled files cannot be read. */
    private static final class Awt {
        static final Font REGULAR_FACE = load(REGULAR, Font.PLAIN);
        static final Font BOLD_FACE = load(BOLD, Font.BOLD);

        private static Font load(String path, int style) {
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                if (in == null) return new Font(Font.SANS_SERIF, style, 1);
                Font f = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
                return f;
            } catch (IOException | FontFormatException | RuntimeException e) {
                return new Font(Font.SANS_SERIF, style, 1);
            }
        }
    }

    /** The face at {@code size} pixels (points in a PDF). */
    public static Font awt(double size, boolean bold) {
        return (bold ? Awt.BOLD_FACE : Awt.REGULAR_FACE).deriveFont((float) size);
    }

    /** The font file, for embedding (PDF) or loading into another toolkit (JavaFX); null when missing. */
    public static InputStream ttf(boolean bold) {
        return Fonts.class.getResourceAsStream(bold ? BOLD : REGULAR);
    }

    /** The face names a PDF's text drawer matches the AWT fonts by. */
    static String faceName(boolean bold) {
        return (bold ? Awt.BOLD_FACE : Awt.REGULAR_FACE).getFontName();
    }
}
