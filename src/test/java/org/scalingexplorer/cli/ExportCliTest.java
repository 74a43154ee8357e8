package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.scalingexplorer.render.ChartStyle;

/** The headless export command: every chart, every format, no display and no JavaFX toolkit. */
public class ExportCliTest {
    /** Every text element of an SVG, as its content. */
    public static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // never fetch anything a document names (it names nothing: the SVG is self-contained)
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    @Test
    void anSvgIsXmlWithTheAxisLabelsTitleAndLegendAsText(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("loss.svg");
        CliTest.Result r = CliTest.run("export", "--chart", "loglog", "--out", out.toString(), "--compute", "1e21", "--reference", "lstm");
        assertEquals(0, r.code(), r.err());
        List<String> texts = svgTexts(out);
        assertTrue(texts.contains("Training compute (FLOP)"), texts.toString());
        assertTrue(texts.contains("Loss (nats)"), texts.toString());
        for (String legend : List.of("LSTM", "Transformer (2017)", "Transformer (modern)")) {
            assertTrue(texts.contains(legend), legend + " in " + texts);
        }
        // the laws on another loss scale than the reference's say so in the legend, so nobody reads them against its axis
        for (String legend : List.of("Transformer, Kaplan allocation", "Transformer, Chinchilla allocation")) {
            assertTrue(texts.contains(legend + "  [MassiveText scale]"), legend + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Loss vs compute. Reference: LSTM")), texts.toString());
        // the CEG construction's labels at the cursor: the engine's 134x for the Transformer (2017) at 1e21 FLOP
        assertTrue(texts.contains("Transformer (2017): 134× less compute"), texts.toString());
        String svg = Files.readString(out);
        assertTrue(svg.contains("stroke-dasharray"), "extrapolated parts stay dashed");
        assertTrue(svg.contains("rgb(0,114,178)") || svg.contains("#0072b2") || svg.contains("#0072B2"), "series colours are kept");

        // --end-labels: the lines are named at their ends, badges kept, and the legend no longer repeats them
        Path ends = dir.resolve("ends.svg");
        assertEquals(0, CliTest.run("export", "--chart", "loglog", "--out", ends.toString(), "--end-labels").code());
        List<String> named = svgTexts(ends);
        assertTrue(named.contains("LSTM") && named.contains("Transformer (2017)"), named.toString());
        // a name wider than a quarter of the chart wraps: the badge goes on its own line
        assertTrue(named.contains("Transformer, Kaplan allocation") && named.contains("[MassiveText scale]"), named.toString());
        assertTrue(named.stream().noneMatch(t -> t.endsWith("  [MassiveText scale]")), "no legend entry: " + named);
    }

    @Test
    void aPngHasExactlyTheRequestedPixels(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("attribution.png");
        CliTest.Result r = CliTest.run("export", "--chart", "attribution", "--out", out.toString(), "--width", "800", "--height", "450",
                "--scale", "2", "--theme", "dark");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(900, img.getHeight());
        // the dark theme's background #0d1117 in the corner
        assertEquals(0x0d1117, img.getRGB(1, 1) & 0xffffff);
        assertTrue(r.out().contains("1600 x 900"), r.out());
    }

    @Test
    void aPdfOpensWithOnePageOfTheRequestedShapeAndItsTextIsText(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("frames.pdf");
        CliTest.Result r = CliTest.run("export", "--chart", "frames", "--out", out.toString(), "--width", "1000", "--height", "600");
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            // laid out at 1000 x 600 units, on a page a slide wide (13.33 in) and of that shape
            assertEquals(960, box.getWidth(), 0.01);
            assertEquals(960 * 0.6, box.getHeight(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Year"), text);
        }
    }

    @Test
    void theHighContrastThemeDrawsBlackOnWhite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("hc.png");
        assertEquals(0, CliTest.run("export", "--chart", "ceg", "--out", out.toString(), "--width", "400", "--height", "300",
                "--theme", "high-contrast").code());
        assertEquals(0xffffff, ImageIO.read(out.toFile()).getRGB(1, 1) & 0xffffff);
    }

    @Test
    void everyChartExports(@TempDir Path dir) throws Exception {
        for (String chart : List.of("loglog", "ceg", "attribution", "frames", "scale")) {
            Path out = dir.resolve(chart + ".png");
            CliTest.Result r = CliTest.run("export", "--chart", chart, "--out", out.toString(), "--width", "640", "--height", "400",
                    "--mode", "fixed", "--compute", "1e20");
            assertEquals(0, r.code(), chart + ": " + r.err());
            assertEquals(640, ImageIO.read(out.toFile()).getWidth());
        }
    }

    @Test
    void badArgumentsExitTwoAndWriteNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("x.gif");
        CliTest.Result r = CliTest.run("export", "--chart", "loglog", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected a file name ending in .png, .svg or .pdf"), r.err());
        assertEquals(2, CliTest.run("export", "--chart", "pie", "--out", dir.resolve("a.png").toString()).code());
        assertEquals(2, CliTest.run("export", "--chart", "loglog", "--out", dir.resolve("a.png").toString(), "--scale", "5").code());
        CliTest.Result sepia = CliTest.run("export", "--chart", "loglog", "--out", dir.resolve("a.png").toString(), "--theme", "sepia");
        assertEquals(2, sepia.code());
        assertTrue(sepia.err().contains("expected light, dark or high-contrast"), sepia.err());
        assertEquals(2, CliTest.run("export", "--chart", "loglog", "--out", dir.resolve("a.png").toString(), "--reference", "gpt").code());
        assertEquals(2, CliTest.run("export", "--chart", "loglog", "--out", dir.resolve("no/such/dir/a.png").toString()).code());
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "no file, not even a partial one");
        }
    }

    /** The frames chart is measured against --reference, and ends with the attribution, in 2025 (issue 28: it ran to 2028). */
    @Test
    void framesExportHonoursTheReference(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("frames.svg");
        CliTest.Result r = CliTest.run("export", "--chart", "frames", "--reference", "transformer-2017", "--out", svg.toString(),
                "--width", "900", "--height", "500");
        Assertions.assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        Assertions.assertTrue(text.contains("measured against Transformer (2017) (bold)"), "the title names the reference");
        Assertions.assertTrue(text.contains(">2024<") && !text.contains(">2026<") && !text.contains(">2028<"), "the year axis ends in 2025");
    }

    /** The allocation chart and the sensitivity chart are charts of the export command too. */
    @Test
    void allocationAndSensitivityExport(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("allocation.svg");
        CliTest.Result r = CliTest.run("export", "--chart", "allocation", "--compute", "1e22", "--out", svg.toString());
        Assertions.assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        // 62.6 tokens per parameter: Hoffmann et al.'s closed-form N_opt at 1e22 FLOP (AllocationViewTest)
        Assertions.assertTrue(text.contains("Transformer, Chinchilla allocation: 62.6 tokens/parameter"), "the optimum is marked");
        Path sens = dir.resolve("sensitivity.svg");
        CliTest.Result s = CliTest.run("export", "--chart", "sensitivity", "--year", "2025", "--out", sens.toString());
        Assertions.assertEquals(0, s.code(), s.err());
        Assertions.assertTrue(Files.readString(sens).contains("Transformer (2017) alpha"));
    }

    /** Issue 18: an export's text is sized for its output: 24-pixel labels on a 1920 x 1080 slide, more than the screen's 13. */
    @Test
    void aFullHdExportHasTwentyFourPixelLabels(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("slide.svg");
        CliTest.Result r = CliTest.run("export", "--chart", "loglog", "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Long> sizes = new TreeMap<>();
        Matcher m = Pattern.compile("font-size=\"([0-9.]+)\"").matcher(Files.readString(svg));
        while (m.find()) sizes.merge(m.group(1), 1L, Long::sum);
        String common = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(24, Double.parseDouble(common), 0.5, "most text at 24 px: " + sizes);
        assertTrue(sizes.keySet().stream().mapToDouble(Double::parseDouble).min().orElseThrow() >= 0.7 * 24, "exponents at least 0.7 of that: " + sizes);
        // a small export keeps the screen's size as its floor
        assertEquals(13, ChartStyle.light().forOutput(800, 500).font(), 1e-9);
    }

    /** Issue 18: a PDF on a real slide page (13.33 x 7.5 in) with its typeface embedded; an SVG naming that typeface. */
    @Test
    void aPdfIsASlidePageWithItsFontEmbeddedAndAnSvgNamesTheFont(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("slide.pdf");
        assertEquals(0, CliTest.run("export", "--chart", "loglog", "--out", pdf.toString()).code());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = d.getPage(0).getMediaBox();
            assertEquals(13.333 * 72, box.getWidth(), 0.5);
            assertEquals(7.5 * 72, box.getHeight(), 0.5);
            List<PDFont> fonts = new ArrayList<>();
            var res = d.getPage(0).getResources();
            for (var n : res.getXObjectNames()) {
                if (res.getXObject(n) instanceof PDFormXObject f) {
                    for (var fn : f.getResources().getFontNames()) fonts.add(f.getResources().getFont(fn));
                }
            }
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PDFont::isEmbedded), "every font embedded");
            assertTrue(fonts.stream().allMatch(f -> f.getName().contains("DejaVuSans")), fonts.toString());
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Training compute (FLOP)") && text.contains("1022"), "text stays text, exponents beside their base: " + text);
        }
        Path svg = dir.resolve("slide.svg");
        assertEquals(0, CliTest.run("export", "--chart", "loglog", "--out", svg.toString()).code());
        String svgText = Files.readString(svg);
        assertTrue(svgText.contains("'DejaVu Sans'") && svgText.contains("@font-face{font-family:'Scaling Explorer DejaVu Sans';font-weight:700"),
                "the SVG names the bundled typeface and carries its glyphs, bold too");
    }

    /** Issue 18: presets for a paper's column and full width at 300 dpi, text in points, a PDF on the real page. */
    @Test
    void paperPresetsSizeTheTextInPointsAndThePageInInches(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("column.pdf");
        CliTest.Result r = CliTest.run("export", "--chart", "ceg", "--size", "column", "--out", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1050 x 788"), r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3.5 * 72, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        Path svg = dir.resolve("full.svg");
        assertEquals(0, CliTest.run("export", "--chart", "ceg", "--size", "full", "--out", svg.toString()).code());
        // 9 pt at 300 dpi: 37.5 pixels
        assertTrue(Files.readString(svg).contains("font-size=\"37.5\""), "9 pt text at 300 dpi: 37.5 pixels");
        CliTest.Result both = CliTest.run("export", "--chart", "ceg", "--size", "full", "--width", "800", "--out", svg.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("give --size or --width and --height, not both"), both.err());
        CliTest.Result bad = CliTest.run("export", "--chart", "ceg", "--size", "poster", "--out", svg.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--size must be one of [slide, slide-4k, slide-4-3, column, full]"), bad.err());
    }

    /** Issue 28: the playback GIF from the command line, a frame for each value of the sweep, refused for anything but .gif. */
    @Test
    void aSweepIsWrittenAsAnAnimatedGifFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("years.gif");
        CliTest.Result r = CliTest.run("export", "--chart", "attribution", "--sweep", "years", "--seconds", "1", "--fps", "5",
                "--width", "320", "--height", "200", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        // 1 s at 5 frames a second: 2012 and 5 steps of 13/5 years to 2025
        assertTrue(r.out().contains("6 frames from 2012 to 2025, 320 x 200"), r.out());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true), "the cursor moves in every frame: none is merged into the one before");
            assertEquals(320, reader.read(0).getWidth());
        }
        CliTest.Result png = CliTest.run("export", "--chart", "loglog", "--sweep", "compute", "--out", dir.resolve("c.png").toString());
        assertEquals(2, png.code());
        assertTrue(png.err().contains("--out must name a .gif file"), png.err());
        CliTest.Result same = CliTest.run("export", "--chart", "loglog", "--sweep", "compute", "--from", "1e20", "--to", "1e20", "--out", gif.toString());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("nothing would move"), same.err());
    }

    /**
     * The largest PNG (16,384 pixels a side: its image alone is 1 GiB) is encoded within 1,200 MiB of heap, less than
     * the launcher's 2 GiB, so a window holding data can export it too. PngEncoder's deflating on every core kept a
     * buffer per core and ran out of memory here even at 1,700 MiB.
     */
    @Test
    void theLargestPngFitsInAHeapLittleLargerThanItsImage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("largest.png");
        CliTest.Result r = largestPngInAChildJvm(dir, "-Xmx1200m", out);
        assertEquals(0, r.code(), r.out());
        byte[] head = new byte[24];
        try (var in = Files.newInputStream(out)) {
            assertEquals(24, in.readNBytes(head, 0, 24));
        }
        // the PNG signature, then the IHDR chunk's width and height (big-endian)
        ByteBuffer b = ByteBuffer.wrap(head);
        assertEquals(0x89504E47, b.getInt(0));
        assertEquals(16384, b.getInt(16));
        assertEquals(16384, b.getInt(20));
    }

    /** A command that outgrows the heap says so in a sentence, without a stack trace, and leaves no file. */
    @Test
    void runningOutOfMemoryIsSaidWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("too-large.png");
        CliTest.Result r = largestPngInAChildJvm(dir, "-Xmx64m", out);
        String said = r.out();
        assertEquals(1, r.code(), said);
        assertTrue(said.contains("not enough memory for this command (Java's heap is "), said);
        assertFalse(said.contains("\tat ") || said.contains("OutOfMemoryError"), said);
        assertFalse(Files.exists(out), "no file is left");
    }

    /** The largest PNG exported by the jar's entry point in a JVM of its own with {@code heap}; its output and error together. */
    private static CliTest.Result largestPngInAChildJvm(Path dir, String heap, Path out) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, heap, "-Djava.awt.headless=true", "-Dscalingexplorer.home=" + dir.resolve("home"),
                "-Dpdfbox.fontcache=" + dir, "-cp", System.getProperty("java.class.path"), "org.scalingexplorer.Launcher",
                "export", "--chart", "loglog", "--width", "4096", "--height", "4096", "--scale", "4", "--out", out.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliTest.Result(p.waitFor(), said, "");
    }
}
