package org.scalingexplorer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartStyle;

/**
 * The command line as a whole process against the Python tools a user would otherwise script, measured alternately
 * in one run (ours, theirs, ours, ...) so that the machine's state affects both alike: {@code export --chart loglog}
 * to a 1920x1080 PNG against Debian's matplotlib drawing the same curves, and {@code trend --epoch} against pandas
 * reading the same CSV and fitting the same trend. Needs {@code mvn package} and python3-matplotlib, python3-pandas.
 * Arguments: [RUNS] [LAUNCHER]: the installed launcher (e.g. the app-image's bin/scaling-explorer) is measured too.
 */
public final class CliSpeedBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path dir = Files.createTempDirectory("cli-speed");
        Path curves = dir.resolve("curves.csv");
        writeCurves(curves);
        Path loglog = dir.resolve("loglog.py");
        Path trend = dir.resolve("trend.py");
        Files.copy(CliSpeedBenchmark.class.getResourceAsStream("/bench/loglog.py"), loglog);
        Files.copy(CliSpeedBenchmark.class.getResourceAsStream("/bench/trend.py"), trend);
        String epoch = Path.of("src/test/resources/data/epoch-all-ml-systems.csv").toString();
        List<List<String>> ours = new ArrayList<>(List.of(List.of("java", "-jar", "target/scaling-explorer.jar")));
        if (args.length > 1) ours.add(List.of(args[1]));
        for (List<String> launcher : ours) {
            String who = launcher.size() == 1 ? "installed launcher" : "jar";
            List<String> export = new ArrayList<>(launcher);
            export.addAll(List.of("export", "--chart", "loglog", "--compute", "1e21", "--out", dir.resolve("ours.png").toString(),
                    "--width", "1920", "--height", "1080"));
            List<String> mpl = List.of("/usr/bin/python3", loglog.toString(), curves.toString(), dir.resolve("mpl.png").toString(), "1920", "1080", "1");
            compare("export --chart loglog, 1920x1080 PNG (" + who + ") vs matplotlib", export, mpl, runs);
            List<String> ourTrend = new ArrayList<>(launcher);
            ourTrend.addAll(List.of("trend", "--epoch", epoch));
            compare("trend --epoch (" + who + ") vs pandas", ourTrend, List.of("/usr/bin/python3", trend.toString(), epoch), runs);
        }
    }

    private static void compare(String what, List<String> ours, List<String> theirs, int runs) throws Exception {
        double[] a = new double[runs];
        double[] b = new double[runs];
        run(ours);
        run(theirs); // warm the file cache for both
        for (int i = 0; i < runs; i++) {
            a[i] = run(ours);
            b[i] = run(theirs);
        }
        System.out.printf(Locale.ROOT, "%s: ours median %.0f ms, theirs %.0f ms, ratio ours/theirs %.2f (%d runs each, alternating)%n",
                what, median(a), median(b), median(a) / median(b), runs);
    }

    private static double run(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(command + " exited " + p.exitValue() + ": " + out);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The loss chart's curves as drawn (solid and dashed parts, colours as the light theme draws them). */
    private static void writeCurves(Path file) throws IOException {
        ChartData.Plot plot = ExplorerFigure.loss(FigureState.of(BundledDatasets.paper()).withCompute(1e21));
        ChartStyle light = ChartStyle.light();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("series,part,name,color,dashed,x,y");
            for (ChartData.Series s : plot.series()) {
                for (int part = 0; part < s.lines().size(); part++) {
                    ChartData.Line l = s.lines().get(part);
                    for (int i = 0; i < l.xs().length; i++) {
                        w.printf(Locale.ROOT, "%s,%d,\"%s\",%s,%d,%.17g,%.17g%n", s.id(), part, s.name(), light.series(s.color()).hex(),
                                l.dashed() ? 1 : 0, l.xs()[i], l.ys()[i]);
                    }
                }
            }
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
