import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The app icon from one source: assets/icon.png (1024 x 1024) is drawn here once (if missing) and every size is made
 * from it: assets/icons/scaling-explorer-N.png, a Windows .ico and a macOS .icns holding PNGs.
 * Run from the project directory: java packaging/tools/Icons.java
 */
public class Icons {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path source = Path.of("assets", "icon.png");
        if (!Files.exists(source)) ImageIO.write(draw(1024), "png", source.toFile());
        BufferedImage master = ImageIO.read(source.toFile());
        Path dir = Path.of("assets", "icons");
        Files.createDirectories(dir);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            byte[] bytes = encode(scale(master, size));
            png.put(size, bytes);
            if (size <= 512) Files.write(dir.resolve("scaling-explorer-" + size + ".png"), bytes);
        }
        Files.write(dir.resolve("scaling-explorer.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(dir.resolve("scaling-explorer.icns"), icns(png));
        System.out.println("icons written to " + dir.toAbsolutePath());
    }

    /** A rounded tile; two loss curves falling on log-log axes, the better one crossing below. */
    static BufferedImage draw(int n) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double m = n * 0.06;
        RoundRectangle2D tile = new RoundRectangle2D.Double(m, m, n - 2 * m, n - 2 * m, n * 0.22, n * 0.22);
        g.setPaint(new GradientPaint(0, 0, new Color(0x0b61a4), n, n, new Color(0x06304f)));
        g.fill(tile);
        g.setClip(tile);
        g.setColor(new Color(255, 255, 255, 40));
        g.setStroke(new BasicStroke((float) (n * 0.008)));
        for (int i = 1; i < 5; i++) {
            double p = m + i * (n - 2 * m) / 5;
            g.drawLine((int) p, (int) m, (int) p, (int) (n - m));
            g.drawLine((int) m, (int) p, (int) (n - m), (int) p);
        }
        curve(g, n, new Color(0xE69F00), 0.18, 0.30, 0.82, 0.62, 0.05);
        curve(g, n, new Color(0x56B4E9), 0.18, 0.22, 0.82, 0.80, 0.22);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (n * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine((int) (n * 0.16), (int) (n * 0.14), (int) (n * 0.16), (int) (n * 0.84));
        g.drawLine((int) (n * 0.16), (int) (n * 0.84), (int) (n * 0.86), (int) (n * 0.84));
        g.dispose();
        return img;
    }

    /** A saturating fall from (x0, y0) toward the floor y1 (fractions of the tile; y down). */
    static void curve(Graphics2D g, int n, Color c, double x0, double y0, double x1, double y1, double bend) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i <= 100; i++) {
            double t = i / 100.0;
            double x = x0 + t * (x1 - x0);
            double y = y0 + (y1 - y0) * (1 - Math.exp(-t / (bend + 0.12))) / (1 - Math.exp(-1 / (bend + 0.12)));
            if (i == 0) p.moveTo(x * n, y * n);
            else p.lineTo(x * n, y * n);
        }
        g.setColor(c);
        g.setStroke(new BasicStroke((float) (n * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }

    static BufferedImage scale(BufferedImage src, int size) {
        BufferedImage out = src;
        int w = src.getWidth();
        // halve step by step, then the last step: small sizes stay smooth
        while (w / 2 >= size) {
            w /= 2;
            out = resize(out, w);
        }
        return w == size ? out : resize(out, size);
    }

    static BufferedImage resize(BufferedImage src, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG-compressed, as Windows Vista and later read). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) b.put(png.get(s));
        return b.array();
    }

    /** ICNS: 'icns' and the file length, then typed PNG entries (ic07 128, ic08 256, ic09 512, ic10 1024). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] data = png.get(t.getValue());
            d.writeBytes(t.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
