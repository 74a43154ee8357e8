package org.scalingexplorer.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

import com.pngencoder.PngEncoder;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Encodes a drawing as PNG or PDF through Java2D, or as SVG elements ({@link SvgPainter}): no display and no JavaFX
 * needed. It writes to a stream and never to a file: the callers (the command line, the window) own the files, and
 * write them beside their target and move them into place, so a failed export never leaves half a file.
 */
public final class ChartExport {
    public enum Format {
        PNG, SVG, PDF;

        /** The format a file name asks for, by its extension. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) return f;
            throw new IllegalArgumentException(file + ": expected a file name ending in .png, .svg or .pdf");
        }
    }

    /** Something drawn on a surface of {@code w} by {@code h} logical pixels. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Painter g, double w, double h);
    }

    public static final int MAX_PIXELS = 16384;
    public static final int MIN_SIDE = 50;
    /** PDFBox says, for every label, that it draws Helvetica with a local fallback font to measure it: keep it quiet. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        // ImageIO encodes in memory, never through temporary files in java.io.tmpdir (PDFBox's font cache is sent to
        // the user's cache folder by the program's entry point)
        ImageIO.setUseCache(false);
    }

    private ChartExport() {
    }

    /**
     * @param width  logical width (CSS pixels; PDF points)
     * @param scale  pixel density of a PNG (1 to 4): the image is {@code width * scale} by {@code height * scale}
     *               pixels with everything drawn {@code scale} times larger; vector formats ignore it
     */
    public static void encode(Drawing d, Rgba background, Format format, int width, int height, double scale, OutputStream os) throws IOException {
        encode(d, background, format, width, height, scale, SLIDE_WIDTH_PT, os);
    }

    /** The same, a PDF's page {@code pageWidthPt} points wide (as high as the aspect gives). */
    public static void encode(Drawing d, Rgba background, Format format, int width, int height, double scale, double pageWidthPt, OutputStream os)
            throws IOException {
        check(width, height, scale);
        switch (format) {
            // deflate level 4, ImageIO's own: the same file size. On one core: deflating on every core keeps a buffer
            // per core, and the largest image (1 GiB) then no longer fits the launcher's heap (ExportCliTest)
            case PNG -> new PngEncoder().withBufferedImage(png(d, background, width, height, scale)).withCompressionLevel(4)
                    .withMultiThreadedCompressionEnabled(false).toStream(os);
            case SVG -> os.write(svg(d, background, width, height).getBytes(StandardCharsets.UTF_8));
            case PDF -> pdf(d, background, width, height, pageWidthPt, os);
        }
    }

    /** Refuses a size no export is made at, before any work (and before a file is opened). */
    public static void check(int width, int height, double scale) {
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("the size must be at least " + MIN_SIDE + " x " + MIN_SIDE + ", got " + width + " x " + height);
        }
        if (!(scale >= 1 && scale <= 4)) throw new IllegalArgumentException("the scale must be between 1 and 4, got " + scale);
        if (width * scale > MAX_PIXELS || height * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("at most " + MAX_PIXELS + " pixels a side, got " + Math.round(width * scale) + " x " + Math.round(height * scale));
        }
    }

    /** The drawing as an opaque image (every theme paints its background; three bytes a pixel encode faster than four). */
    public static BufferedImage png(Drawing d, Rgba background, int width, int height, double scale) {
        BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            d.draw(new AwtPainter(g, background), width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The drawing as an SVG document: elements written by {@link SvgPainter}, text as text with its glyphs embedded. */
    public static String svg(Drawing d, Rgba background, int width, int height) {
        SvgPainter g = new SvgPainter(background);
        d.draw(g, width, height);
        return g.document(width, height);
    }

    /** A slide's width: 13.33 in, the 16:9 page a 1920 x 1080 export is laid out for. */
    public static final double SLIDE_WIDTH_PT = 960;

    /**
     * One page {@link #SLIDE_WIDTH_PT} points wide (13.33 in; as high as the aspect gives: 7.5 in for 16:9), the
     * drawing laid out at {@code width} by {@code height} units and scaled onto it; text in the bundled typeface,
     * embedded, so it stays text and reads the same on every machine.
     */
    public static void pdf(Drawing d, Rgba background, int width, int height, OutputStream out) throws IOException {
        pdf(d, background, width, height, SLIDE_WIDTH_PT, out);
    }

    /** The same on a page {@code pageWidthPt} points wide. */
    public static void pdf(Drawing d, Rgba background, int width, int height, double pageWidthPt, OutputStream out) throws IOException {
        double k = pageWidthPt / width;
        try (PDDocument doc = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
            PDPage page = new PDPage(new PDRectangle((float) (width * k), (float) (height * k)));
            doc.addPage(page);
            for (boolean bold : new boolean[] {false, true}) {
                try (InputStream ttf = Fonts.ttf(bold)) {
                    if (ttf != null) text.registerFont(Fonts.faceName(bold), ttf);
                }
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            g.setFontTextDrawer(text);
            try {
                d.draw(new AwtPainter(g, background), width, height);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(Matrix.getScaleInstance((float) k, (float) k));
                cs.drawForm(form);
            }
            doc.save(out);
        }
    }
}
