package org.scalingexplorer.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import org.scalingexplorer.io.files.AtomicFiles;

/** Writes what a node shows to a PNG, through ImageIO, without the javafx.swing bridge. */
public final class Snapshots {
    static {
        // encode in memory, never through temporary files in java.io.tmpdir
        ImageIO.setUseCache(false);
    }

    private Snapshots() {
    }

    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        return node.snapshot(p, null);
    }

    public static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        AtomicFiles.write(file, os -> {
            if (!ImageIO.write(out, "png", os)) throw new IOException("no PNG writer available");
        });
    }
}
