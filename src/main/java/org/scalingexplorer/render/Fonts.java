package org.scalingexplorer.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

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
                // from a file, the JDK keeps no temporary copy (from a stream it writes +~JF*.tmp to the temp folder)
                Optional<Path> file = file(style == Font.BOLD);
                Font f = file.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, file.get().toFile()) : Font.createFont(Font.TRUETYPE_FONT, in);
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

    /** Where a face's bytes are kept as a file: given by the program's entry point (a copy in the user's cache folder). */
    private static volatile BiFunction<String, byte[], Optional<Path>> copies = (name, bytes) -> Optional.empty();

    /**
     * Has the faces loaded from files {@code copy} keeps (by file name and content): toolkits that load a font from a
     * stream (AWT, JavaFX) first copy it to a temporary file of their own, which a killed run leaves behind; from a
     * file they copy nothing. The program's entry point sets it before anything is drawn.
     */
    public static void loadFromCopies(BiFunction<String, byte[], Optional<Path>> copy) {
        copies = copy;
    }

    /** The face as a file, when the entry point keeps copies and this one could be made; else empty (load from the stream). */
    public static Optional<Path> file(boolean bold) {
        try (InputStream in = ttf(bold)) {
            if (in == null) return Optional.empty();
            return copies.apply(bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf", in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The face names a PDF's text drawer matches the AWT fonts by. */
    static String faceName(boolean bold) {
        return (bold ? Awt.BOLD_FACE : Awt.REGULAR_FACE).getFontName();
    }
}
