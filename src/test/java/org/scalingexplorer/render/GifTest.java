package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;

class GifTest {
    /** A bar whose length is the frame's number (frames 10 and 11 alike), on white. */
    private static BufferedImage frame(int i) {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 40);
        g.setColor(new Color(11, 97, 164));
        g.fillRect(0, 10, 2 + (i == 11 ? 10 : i), 20);
        g.dispose();
        return img;
    }

    @Test
    void framesAreDrawnAsTheyAreWrittenNotAllAtOnce() throws Exception {
        int n = 60;
        AtomicInteger encoded = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<Integer> drawn = ConcurrentHashMap.newKeySet();
        Gif.write(n, i -> {
            // how far drawing runs ahead of writing: the frames the heap holds at once (the palette's first look at
            // the middle and last frames apart: each is dropped once its colours are counted)
            if (drawn.add(i) && (i == n / 2 || i == n - 1)) return frame(i);
            maxAhead.accumulateAndGet(i - encoded.get(), Math::max);
            return frame(i);
        }, 10, 0, out, encoded::set, null);
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(maxAhead.get() <= 2 * cores + 1, "drawn at most a batch ahead of the writer; was " + maxAhead.get() + " frames ahead");

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            // frame 11 repeats frame 10: it lengthens that one's delay instead of being written
            assertEquals(n - 1, reader.getNumImages(true));
            int[] delays = new int[n - 1];
            BufferedImage screen = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
            for (int k = 0; k < n - 1; k++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays[k] = Integer.parseInt(control.getAttribute("delayTime"));
                Graphics2D g = screen.createGraphics();
                g.drawImage(reader.read(k), Integer.parseInt(d.getAttribute("imageLeftPosition")), Integer.parseInt(d.getAttribute("imageTopPosition")), null);
                g.dispose();
                int source = k <= 10 ? k : k + 1;
                int bar = 2 + (source == 11 ? 10 : source);
                // the composited screen shows the frame's bar: coloured up to its end, white after it
                assertEquals(new Color(11, 97, 164).getRGB(), screen.getRGB(bar - 1, 20), "frame " + source);
                assertEquals(Color.WHITE.getRGB(), screen.getRGB(bar, 20), "frame " + source);
            }
            assertEquals(20, delays[10], "frame 10 shows for two frames' time (10 fps: 10 hundredths each)");
            assertEquals(10, delays[9]);
        }
    }
}
