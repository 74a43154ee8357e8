package org.scalingexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;

/** The charts the curve commands draw beside their reports: 1600 x 1000 unless {@code export} says otherwise, PNG, SVG or PDF by the file's extension. */
final class ChartFiles {
    private ChartFiles() {
    }

    /** The size the curve commands draw at; {@code export} gives its own. */
    record Size(int width, int height, double scale) {
        static final Size DEFAULT = new Size(1600, 1000, 1);
    }

    /** Writes {@code drawing} (made in the theme's style) to {@code file} and says so on stderr, stdout keeping the report. */
    static void write(Path file, String theme, Function<ChartStyle, ChartExport.Drawing> drawing, PrintWriter err, Size size) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ChartStyle style = ChartStyle.ofTheme(theme).forOutput(size.width(), size.height());
        write(drawing.apply(style), style, file, size.width(), size.height(), size.scale(), ChartExport.SLIDE_WIDTH_PT);
        err.println("wrote " + file);
    }

    /** Encodes {@code d} to {@code file} by its extension, beside it first and then moved into place. */
    static void write(ChartExport.Drawing d, ChartStyle style, Path file, int width, int height, double scale, double pageWidthPt) throws IOException {
        ChartExport.Format format = ChartExport.Format.of(file);
        ChartExport.check(width, height, scale);
        AtomicFiles.write(file, os -> ChartExport.encode(d, style.background(), format, width, height, scale, pageWidthPt, os));
    }
}
