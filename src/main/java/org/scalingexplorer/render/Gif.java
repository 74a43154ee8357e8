package org.scalingexplorer.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF through the JDK's own GIF writer, made fast enough for a playback of full-HD frames: one palette
 * for the whole animation (the 256 colours the frames use most; a chart has few), every frame mapped to it on all
 * cores, and each frame written as only the rectangle that changed since the one before (the rest is kept on
 * screen). A frame equal to the one before lengthens that one's delay instead of repeating it, so every frame
 * written differs. It loops forever; the last frame holds for {@code holdLast} seconds more.
 */
public final class Gif {
    private Gif() {
    }

    /** The frames at {@code fps}, looping. */
    public static void write(List<BufferedImage> frames, double fps, OutputStream out) throws IOException {
        write(frames.size(), frames::get, fps, 0, out, null, null);
    }

    /** How many frames are drawn and mapped at once: enough for every core, few enough that the heap never holds many. */
    private static final int BATCH = 2 * Runtime.getRuntime().availableProcessors();

    /**
     * The {@code n} frames {@code frame} draws (called for each from several threads, and for the first, middle and
     * last twice: once for the palette), drawn, mapped and written a few at a time, so the heap holds a handful of
     * frames, never the whole animation.
     *
     * @param progress told how many frames are encoded (may be null)
     * @param cancel   set it to stop: the call then throws {@link CancellationException} (may be null)
     */
    public static void write(int n, IntFunction<BufferedImage> frame, double fps, double holdLast, OutputStream out, IntConsumer progress,
                             AtomicBoolean cancel) throws IOException {
        if (n < 1) throw new IllegalArgumentException("an animation needs at least one frame");
        BufferedImage first = frame.apply(0);
        int w = first.getWidth();
        int h = first.getHeight();
        IndexColorModel palette = palette(List.of(first, frame.apply(n / 2), frame.apply(n - 1)));
        Map<Integer, Byte> nearest = new ConcurrentHashMap<>();
        int delay = (int) Math.max(2, Math.round(100 / fps));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(os);
            writer.prepareWriteSequence(streamMetadata(writer, param, palette, w, h));
            // a frame is written once the next one is known to differ (an equal one lengthens its delay instead)
            byte[] previous = null;
            Pending pending = null;
            int written = 0;
            for (int from = 0; from < n; from += BATCH) {
                stop(cancel);
                int to = Math.min(n, from + BATCH);
                byte[][] indexed = new byte[to - from][];
                int base = from;
                IntStream.range(from, to).parallel().forEach(i -> {
                    if (cancel != null && cancel.get()) return;
                    BufferedImage img = i == 0 ? first : frame.apply(i);
                    if (img.getWidth() != w || img.getHeight() != h) throw new IllegalArgumentException("frame " + (i + 1) + " is not " + w + "x" + h);
                    indexed[i - base] = index(img, palette, nearest);
                });
                stop(cancel);
                for (int i = from; i < to; i++) {
                    byte[] now = indexed[i - from];
                    int[] r = previous == null ? new int[] {0, 0, w, h} : changed(previous, now, w, h);
                    if (r == null) {
                        pending.delay += delay;
                    } else {
                        if (pending != null) written = write(writer, param, palette, pending, w, written, progress);
                        pending = new Pending(r, now, delay, i);
                    }
                    previous = now;
                }
            }
            pending.delay += (int) Math.round(holdLast * 100);
            write(writer, param, palette, pending, w, written, progress);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        if (progress != null) progress.accept(n);
    }

    /** A frame waiting to be written: the rectangle that changed, the pixels it is cut from, its delay so far. */
    private static final class Pending {
        final int[] rect;
        final byte[] source;
        final int index;
        int delay;

        Pending(int[] rect, byte[] source, int delay, int index) {
            this.rect = rect;
            this.source = source;
            this.delay = delay;
            this.index = index;
        }
    }

    private static int write(ImageWriter writer, ImageWriteParam param, IndexColorModel palette, Pending p, int w, int written, IntConsumer progress)
            throws IOException {
        int[] r = p.rect;
        BufferedImage sub = new BufferedImage(r[2], r[3], BufferedImage.TYPE_BYTE_INDEXED, palette);
        byte[] data = ((DataBufferByte) sub.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < r[3]; y++) System.arraycopy(p.source, (r[1] + y) * w + r[0], data, y * r[2], r[2]);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(sub), param);
        metadata(meta, p.delay, r[0], r[1], written == 0);
        writer.writeToSequence(new IIOImage(sub, null, meta), param);
        if (progress != null) progress.accept(p.index + 1);
        return written + 1;
    }

    private static void stop(AtomicBoolean cancel) {
        if (cancel != null && cancel.get()) throw new CancellationException("the animation was cancelled");
    }

    /**
     * 256 colours of the first, middle and last frames: the most used first (the background), each at some distance
     * from those before it, then the rest by use.
     */
    static IndexColorModel palette(List<BufferedImage> frames) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (BufferedImage f : List.of(frames.get(0), frames.get(frames.size() / 2), frames.get(frames.size() - 1))) {
            int[] px = f.getRGB(0, 0, f.getWidth(), f.getHeight(), null, 0, f.getWidth());
            for (int p : px) counts.merge(p & 0xFFFFFF, 1, Integer::sum);
        }
        List<Integer> byUse = counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).map(Map.Entry::getKey).toList();
        // most used first, but a colour close to one already taken waits: the shades anti-aliasing makes of the grid
        // must not crowd out a thin band of a colour of its own
        List<Integer> colours = new ArrayList<>();
        for (int spacing : new int[] {40, 16, 0}) {
            for (int c : byUse) {
                if (colours.size() == 256) break;
                if (colours.contains(c)) continue;
                boolean near = false;
                for (int t : colours) {
                    if (distance(c, t) < spacing * spacing) {
                        near = true;
                        break;
                    }
                }
                if (!near) colours.add(c);
            }
        }
        byte[] r = new byte[colours.size()];
        byte[] g = new byte[colours.size()];
        byte[] b = new byte[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            r[i] = (byte) (colours.get(i) >> 16);
            g[i] = (byte) (colours.get(i) >> 8);
            b[i] = (byte) (int) colours.get(i);
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, colours.size() - 1)));
        return new IndexColorModel(bits, colours.size(), r, g, b);
    }

    private static int distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return dr * dr + dg * dg + db * db;
    }

    /** Each pixel as the index of its colour in the palette, or of the nearest one. */
    static byte[] index(BufferedImage f, IndexColorModel palette, Map<Integer, Byte> nearest) {
        int[] px = f.getRGB(0, 0, f.getWidth(), f.getHeight(), null, 0, f.getWidth());
        byte[] out = new byte[px.length];
        int n = palette.getMapSize();
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xFFFFFF;
            Byte k = nearest.get(c);
            if (k == null) {
                int best = 0;
                long bestD = Long.MAX_VALUE;
                for (int j = 0; j < n; j++) {
                    long dr = ((c >> 16) & 0xFF) - palette.getRed(j);
                    long dg = ((c >> 8) & 0xFF) - palette.getGreen(j);
                    long db = (c & 0xFF) - palette.getBlue(j);
                    long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
                    if (d < bestD) {
                        bestD = d;
                        best = j;
                    }
                }
                k = (byte) best;
                nearest.put(c, k);
            }
            out[i] = k;
        }
        return out;
    }

    /** The rectangle (x, y, w, h) where {@code b} differs from {@code a}; null when they are the same. */
    static int[] changed(byte[] a, byte[] b, int w, int h) {
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (a[row + x] != b[row + x]) {
                    if (x < x0) x0 = x;
                    if (x > x1) x1 = x;
                    if (y < y0) y0 = y;
                    y1 = y;
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    /** The screen's size and the one palette every frame uses, as the global colour table (its size a power of two). */
    private static IIOMetadata streamMetadata(ImageWriter writer, ImageWriteParam param, IndexColorModel palette, int w, int h) throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(w));
        screen.setAttribute("logicalScreenHeight", Integer.toString(h));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        IIOMetadataNode table = child(root, "GlobalColorTable");
        while (table.getLength() > 0) table.removeChild(table.getFirstChild());
        int size = 2;
        while (size < palette.getMapSize()) size *= 2;
        table.setAttribute("sizeOfGlobalColorTable", Integer.toString(size));
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            int j = Math.min(i, palette.getMapSize() - 1);
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(palette.getRed(j)));
            entry.setAttribute("green", Integer.toString(palette.getGreen(j)));
            entry.setAttribute("blue", Integer.toString(palette.getBlue(j)));
            table.appendChild(entry);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static void metadata(IIOMetadata meta, int delay, int x, int y, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        // the rest of the screen stays as the frames before left it
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("transparentColorIndex", "0");
        gce.setAttribute("delayTime", Integer.toString(delay));
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(y));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        // every frame uses the global palette: no table of its own (the writer's default one is not the frames')
        for (int i = root.getLength() - 1; i >= 0; i--) {
            if (root.item(i).getNodeName().equals("LocalColorTable")) root.removeChild(root.item(i));
        }
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
