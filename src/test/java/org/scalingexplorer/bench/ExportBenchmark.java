package org.scalingexplorer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.explorer.ExplorerViewModel;

/**
 * Issue 6's export targets: the log-log chart as PNG at 1920x1080 scale 2 in a warm JVM (<= 1 s), the headless
 * {@code export} command as a whole process (<= 3 s; needs {@code mvn package} first), and Debian's
 * python3-matplotlib drawing the same figure at the same size (run from the project directory; python3 at
 * /usr/bin/python3 with matplotlib installed).
 */
public final class ExportBenchmark {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("export-bench");
        AppState state = new AppState(BundledDatasets.paper());

        state.setCompute(21);
        ChartStyle style = ChartStyle.light();
        double[] warm = new double[10];
        for (int i = -3; i < warm.length; i++) {
            long t0 = System.nanoTime();
            AtomicFiles.write(dir.resolve("warm.png"), out -> ChartExport.encode(Figures.drawing(Figures.Kind.LOGLOG,
                    state.figureState(), Figures.View.full(), style), style.background(), ChartExport.Format.PNG, 1920, 1080, 2, out));
            if (i >= 0) warm[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "PNG export, log-log 1920x1080 scale 2 (3840x2160 px), warm JVM: median %.0f ms (of %d)%n",
                median(warm), warm.length);

        Path jar = Path.of("target", "scaling-explorer.jar");
        double[] process = new double[5];
        for (int i = 0; i < process.length; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("java", "-jar", jar.toString(), "export", "--chart", "loglog", "--compute", "1e21",
                    "--out", dir.resolve("cli.png").toString(), "--width", "1920", "--height", "1080", "--scale", "2")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("export exited " + p.exitValue());
            process[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Headless export command, whole process (JVM start included): median %.0f ms (of %d)%n",
                median(process), process.length);

        Path curves = dir.resolve("curves.csv");
        writeCurves(state, curves);
        Path script = dir.resolve("loglog.py");
        Files.copy(ExportBenchmark.class.getResourceAsStream("/bench/loglog.py"), script);
        double[] mplDraw = new double[5];
        double[] mplProcess = new double[5];
        for (int i = 0; i < mplDraw.length; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), curves.toString(), dir.resolve("mpl.png").toString(),
                    "1920", "1080", "2").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() != 0) throw new IllegalStateException("matplotlib failed: " + out);
            mplProcess[i] = (System.nanoTime() - t0) / 1e6;
            mplDraw[i] = Double.parseDouble(out.split(" ")[0]) * 1000;
        }
        System.out.printf(Locale.ROOT, "matplotlib, same figure and size: drawing and saving median %.0f ms, whole process %.0f ms%n",
                median(mplDraw), median(mplProcess));
        System.out.printf(Locale.ROOT, "ratio matplotlib / ours: warm %.1fx, whole process %.1fx%n", median(mplDraw) / median(warm),
                median(mplProcess) / median(process));
    }

    /** The loss chart's curves (as drawn: solid and dashed parts) for the matplotlib script. */
    private static void writeCurves(AppState state, Path file) throws IOException {
        ChartData.Plot plot = new ExplorerViewModel(state, Runnable::run, Runnable::run).lossPlotProperty().get();
        List<String> rows = new ArrayList<>();
        rows.add("series,part,name,color,dashed,x,y");
        for (ChartData.Series s : plot.series()) {
            for (int part = 0; part < s.lines().size(); part++) {
                ChartData.Line l = s.lines().get(part);
                for (int i = 0; i < l.xs().length; i++) {
                    rows.add(String.format(Locale.ROOT, "%s,%d,\"%s\",%s,%d,%.17g,%.17g", s.id(), part, s.name(), ChartStyle.light().series(s.color()).hex(), l.dashed() ? 1 : 0,
                            l.xs()[i], l.ys()[i]));
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            rows.forEach(w::println);
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
