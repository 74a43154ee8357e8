package org.scalingexplorer.ui.export;

import java.util.Locale;
import java.util.Set;

import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;
import org.scalingexplorer.render.YearChartRenderer;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.attribution.AttributionViewModel;
import org.scalingexplorer.ui.attribution.FramesViewModel;
import org.scalingexplorer.ui.attribution.ScaleViewModel;
import org.scalingexplorer.ui.explorer.ExplorerViewModel;

/**
 * The window's charts as drawings for export: the same view models feed them and the same renderers draw them, so a
 * figure shows what the window shows. Needs JavaFX's beans but not its toolkit: the command line uses it headless.
 */
public final class ChartPictures {
    public enum Kind {
        LOGLOG("loglog", "Loss vs compute"),
        CEG("ceg", "CEG across compute"),
        ATTRIBUTION("attribution", "Attribution by innovation"),
        FRAMES("frames", "Frontier in reference frames"),
        SCALE("scale", "Gains by compute scale"),
        SENSITIVITY("sensitivity", "Sensitivity of the frontier total");

        private final String id;
        private final String title;

        Kind(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return title;
        }

        public static Kind parse(String text) {
            for (Kind k : values()) if (k.id.equals(text.trim().toLowerCase(Locale.ROOT))) return k;
            throw new IllegalArgumentException("unknown chart '" + text + "'; expected loglog, ceg, attribution, frames, scale or sensitivity");
        }
    }

    /**
     * What the window shows beyond the view models: series hidden in each log chart's legend and their zoomed
     * ranges (null for the full range).
     */
    public record View(Set<String> hiddenLoss, double[] lossRanges, Set<String> hiddenCeg, double[] cegRanges) {
        public static View full() {
            return new View(Set.of(), null, Set.of(), null);
        }
    }

    private final AppState state;
    private final ExplorerViewModel explorer;
    private final AttributionViewModel attribution;
    private final ScaleViewModel scale;
    private final FramesViewModel frames;

    public ChartPictures(AppState state, ExplorerViewModel explorer, AttributionViewModel attribution, ScaleViewModel scale,
                         FramesViewModel frames) {
        this.state = state;
        this.explorer = explorer;
        this.attribution = attribution;
        this.scale = scale;
        this.frames = frames;
    }

    /** The view models of {@code state}, built without any view: for the command line. */
    public static ChartPictures headless(AppState state) {
        return new ChartPictures(state, new ExplorerViewModel(state), new AttributionViewModel(state), new ScaleViewModel(state),
                new FramesViewModel(state));
    }

    /** Measures the frames chart against {@code referenceId} (the command line's {@code --reference}). */
    public void framesReference(String referenceId) {
        frames.referenceIdProperty().set(referenceId);
    }

    /** The chart as it stands now, drawn in {@code style}. */
    public ChartExport.Drawing drawing(Kind kind, View view, ChartStyle style) {
        double year = state.yearProperty().get();
        return switch (kind) {
            case LOGLOG -> log(explorer.lossPlotProperty().get(), explorer.lossOverlayProperty().get(), view.hiddenLoss(), view.lossRanges(), style);
            case CEG -> log(explorer.cegPlotProperty().get(), explorer.cegOverlayProperty().get(), view.hiddenCeg(), view.cegRanges(), style);
            case ATTRIBUTION -> years(attribution.plotProperty().get(), year, style);
            case FRAMES -> years(frames.plotProperty().get(), year, style);
            case SENSITIVITY -> {
                // each input 10% down and up, at the year cursor, with the innovations switched off in the window left out
                org.scalingexplorer.model.Sensitivity.Result r = org.scalingexplorer.model.Sensitivity.of(state.dataset(),
                        state.excludedInnovationsProperty().get(), Math.round(year), 0.1);
                yield (g, w, h) -> org.scalingexplorer.render.TornadoRenderer.draw(g, r, w, h, style);
            }
            case SCALE -> (g, w, h) -> {
                // the two charts of the tab, one above the other
                g.save();
                years(scale.overYearsProperty().get(), year, style).draw(g, w, h / 2);
                g.restore();
                g.save();
                g.translate(0, h / 2);
                log(scale.lastYearProperty().get(), scale.lastYearOverlayProperty().get(), Set.of(), null, style).draw(g, w, h - h / 2);
                g.restore();
            };
        };
    }

    private static ChartExport.Drawing log(ChartData.Plot p, ChartData.Overlay o, Set<String> hidden, double[] ranges, ChartStyle style) {
        return (g, w, h) -> LogChartRenderer.drawFull(g, p, o, hidden, ranges, w, h, style);
    }

    private static ChartExport.Drawing years(YearData.Plot p, double cursor, ChartStyle style) {
        return (g, w, h) -> YearChartRenderer.drawFull(g, p, cursor, w, h, style);
    }
}
