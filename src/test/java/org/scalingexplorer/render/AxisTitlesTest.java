package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.figure.Sweep;
import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * Issue 28: no axis title is drawn over a tick label, in any chart, at a window's sizes and an export's, in the
 * window's type and present mode's; and no text (tick label, axis title, legend entry, marker label) runs off the chart. Measured on the boxes of the text as drawn
 * (a painter that records every text with its font and transform, measuring with the real font).
 */
class AxisTitlesTest {
    /** A tick label: a number, a power of ten, a year (its exponent is drawn apart, as digits). */
    static final Pattern TICK = Pattern.compile("[0-9.,×⁰-⁹⁻¹²³ -]+");

    /** A text as drawn: its box on the chart, and whether it was rotated (an axis title). */
    record Drawn(String text, Rectangle2D box, boolean rotated) {
    }

    static List<Drawn> record(ChartExport.Drawing d, double w, double h) {
        Painter real = BarsRendererTest.painter();
        List<Drawn> out = new ArrayList<>();
        Deque<AffineTransform> saved = new ArrayDeque<>();
        AffineTransform[] at = {new AffineTransform()};
        double[] size = {13};
        Painter g = (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(), new Class<?>[] {Painter.class}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "font" -> size[0] = (Double) args[0];
                case "save" -> saved.push(new AffineTransform(at[0]));
                case "restore" -> at[0] = saved.pop();
                case "translate" -> at[0].translate((Double) args[0], (Double) args[1]);
                case "rotate" -> at[0].rotate(Math.toRadians((Double) args[0]));
                case "text" -> {
                    String t = (String) args[0];
                    double x = (Double) args[1];
                    double y = (Double) args[2];
                    double tw = real.textWidth(t);
                    double left = switch ((Painter.HAlign) args[3]) {
                        case LEFT -> x;
                        case CENTER -> x - tw / 2;
                        case RIGHT -> x - tw;
                    };
                    double top = switch ((Painter.VAlign) args[4]) {
                        case TOP -> y;
                        case CENTER -> y - 0.58 * size[0];
                        case BASELINE -> y - 0.93 * size[0];
                        case BOTTOM -> y - 1.17 * size[0];
                    };
                    Rectangle2D box = at[0].createTransformedShape(new Rectangle2D.Double(left, top, tw, 1.17 * size[0])).getBounds2D();
                    out.add(new Drawn(t, box, Math.abs(at[0].getShearY()) > 0.5));
                }
                default -> {
                }
            }
            return m.invoke(real, args);
        });
        d.draw(g, w, h);
        return out;
    }

    @Test
    void noAxisTitleCrossesATickLabelAndNoAxisTextLeavesTheChart() {
        FigureState state = FigureState.of(BundledDatasets.paper()).withCompute(1e22);
        List<String> problems = new ArrayList<>();
        int titles = 0;
        for (Figures.Kind kind : List.of(Figures.Kind.LOGLOG, Figures.Kind.CEG, Figures.Kind.ATTRIBUTION, Figures.Kind.FRAMES, Figures.Kind.SCALE,
                Figures.Kind.SENSITIVITY)) {
            for (double[] size : new double[][] {{480, 440}, {330, 450}, {820, 600}, {1920, 1080}}) {
                for (ChartStyle style : List.of(ChartStyle.light(), ChartStyle.light().withScale(1.6), ChartStyle.light().forOutput((int) size[0], (int) size[1]))) {
                    List<Drawn> texts = record(Figures.drawing(kind, state, Figures.View.full(), style, false), size[0], size[1]);
                    for (Drawn a : texts) {
                        // every text: tick labels, titles, and (issue 28) legends and marker labels of narrow exports
                        if ((a.box().getMinX() < -1 || a.box().getMaxX() > size[0] + 1 || a.box().getMinY() < -1 || a.box().getMaxY() > size[1] + 1)) {
                            problems.add(kind + " " + (int) size[0] + "x" + (int) size[1] + " at scale " + style.scale() + ": \"" + a.text() + "\" leaves the chart "
                                    + a.box());
                        }
                        if (!a.rotated()) continue;
                        titles++;
                        for (Drawn b : texts) {
                            if (b.rotated() || !TICK.matcher(b.text()).matches()) continue;
                            Rectangle2D inner = new Rectangle2D.Double(b.box().getX() + 0.5, b.box().getY() + 0.5, b.box().getWidth() - 1, b.box().getHeight() - 1);
                            if (a.box().intersects(inner)) {
                                problems.add(kind + " " + (int) size[0] + "x" + (int) size[1] + " at scale " + style.scale() + ": \"" + a.text() + "\" over \"" + b.text() + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(titles >= 5 * 4 * 3, "every chart has its y title: " + titles);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Issue 28: the sensitivity chart's axis read "10.0x, 100x ... 1.00x10^6x" and cut its last label. */
    @Test
    void theSensitivityAxisHasOneNumberFormAndKeepsItsEndsInside() {
        FigureState state = FigureState.of(BundledDatasets.paper()).withCompute(1e22);
        for (double[] size : new double[][] {{480, 440}, {980, 620}, {1920, 1080}}) {
            List<Drawn> texts = record(Figures.drawing(Figures.Kind.SENSITIVITY, state, Figures.View.full(), ChartStyle.light(), false), size[0], size[1]);
            List<String> ticks = texts.stream().map(Drawn::text).filter(t -> t.endsWith("×") && TICK.matcher(t).matches()).toList();
            assertTrue(ticks.size() >= 2, ticks.toString());
            // the title too stays inside (it ran past the window's edge at 980 px)
            for (Drawn t : texts) assertTrue(t.box().getMaxX() <= size[0] + 1, "\"" + t.text() + "\" runs past " + size[0] + ": " + t.box());
            boolean powers = ticks.stream().anyMatch(t -> t.startsWith("10") && t.chars().anyMatch(c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0));
            for (String t : ticks) {
                assertTrue(powers ? t.matches("10[⁻⁰-⁹¹²³]+×") : t.matches("[0-9.,]+×"), "one form: " + ticks);
                assertTrue(!t.contains(".0×") && !t.contains("×10"), "no 10.0x or 1.00x10^6x: " + ticks);
            }
        }
    }

    /**
     * Issue 28: every frame of a playback (the years swept 2012 to 2025, the compute following the trend) keeps all its
     * text inside the frame, the 2012 frame's labels included, for the loss chart and the attribution chart.
     */
    @Test
    void everyPlaybackFrameKeepsItsTextInside() {
        FigureState state = FigureState.of(BundledDatasets.paper()).withCompute(1e22);
        Sweep sweep = new Sweep(Sweep.Target.YEAR, 2012, 2025, 8);
        double[] values = sweep.frameValues(15);
        List<String> problems = new ArrayList<>();
        for (Figures.Kind kind : List.of(Figures.Kind.LOGLOG, Figures.Kind.ATTRIBUTION, Figures.Kind.CEG)) {
            for (int i = 0; i < values.length; i += 6) {
                ChartStyle style = ChartStyle.light().forOutput(1920, 1080);
                ChartExport.Drawing frame = Sweep.labelled(Figures.drawing(kind, sweep.at(state, values[i]), Figures.View.full(), style, false),
                        sweep.label(values[i]), style);
                for (Drawn t : record(frame, 1920, 1080)) {
                    if (t.box().getMinX() < -1 || t.box().getMaxX() > 1921 || t.box().getMinY() < -1 || t.box().getMaxY() > 1081) {
                        problems.add(kind + " at " + sweep.label(values[i]) + ": \"" + t.text() + "\" " + t.box());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " texts leave their frame:\n" + String.join("\n", problems));
    }

    @Test
    void oneNumberFormPerAxis() {
        List<String> labels = LogAxis.of(3e3, 2e7, 0, 400).ticks(10).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        assertTrue(labels.equals(List.of("10⁴", "10⁵", "10⁶", "10⁷")), labels.toString());
        List<String> plain = LogAxis.of(1, 2e4, 0, 400).ticks(10).stream().map(LogAxis.Tick::label).filter(l -> !l.isEmpty()).toList();
        assertTrue(plain.equals(List.of("1", "10", "100", "1,000", "10,000")), plain.toString());
    }
}
