package org.scalingexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.figure.Sweep;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.io.report.CegReports;
import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Citation;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.OutputSize;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Playback;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.WindowState;

/**
 * Exports for slides and papers: any chart as PNG (chosen size, 1x to 4x), SVG or PDF, drawn by the same renderers
 * as the window; the chart as pixels for the clipboard; the CEG table, the attribution table and the fit as CSV or
 * Markdown; the dataset's sources as text and BibTeX. Files are written in the background.
 */
public final class ExportViewModel {
    /**
     * What the export is for (OutputSize): slides, or a paper's column or full width at
     * 300 dpi, each with its text in points at its resolution and, for PDF, its real page width; CUSTOM keeps what
     * was typed (text as on a slide of that size).
     */
    public enum Preset {
        HD(OutputSize.SLIDE), UHD(OutputSize.SLIDE_4K), FOUR_THREE(OutputSize.SLIDE_4_3), COLUMN(OutputSize.COLUMN), FULL(OutputSize.FULL),
        CUSTOM(null);

        final OutputSize size;
        final int width;
        final int height;

        Preset(OutputSize size) {
            this.size = size;
            this.width = size == null ? 0 : size.width();
            this.height = size == null ? 0 : size.height();
        }

        @Override
        public String toString() {
            return size == null ? "Custom" : size.label();
        }
    }

    /** The style of an export at {@code w} x {@code h}: the preset's text in points, or as a slide's at a typed size. */
    private ChartStyle outputStyle(int w, int h) {
        Preset p = preset.get();
        ChartStyle base = theme.get().chartStyle().withEndLabels(state.get().view().endLabels());
        return p.size != null ? p.size.style(base) : base.forOutput(w, h);
    }

    /** A PDF page's width in points: the preset's real width, or a slide's. */
    private double pageWidth() {
        Preset p = preset.get();
        return p.size != null ? p.size.pageWidthPoints() : ChartExport.SLIDE_WIDTH_PT;
    }

    public enum Table {
        CEG("CEG table"), ATTRIBUTION("Attribution table"), FIT("Fit results");

        private final String label;

        Table(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Pixels with no JavaFX type, for the view to put on the clipboard. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private final AppState state;
    private final Supplier<Optional<Report>> fitTable;
    private final Jobs jobs;
    private final ObjectProperty<Figures.Kind> kind = new SimpleObjectProperty<>(this, "kind", Figures.Kind.LOGLOG);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset", Preset.HD);
    private final ObjectProperty<Integer> width = new SimpleObjectProperty<>(this, "width", 1920);
    private final ObjectProperty<Integer> height = new SimpleObjectProperty<>(this, "height", 1080);
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale", 1);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty sourceLine = new SimpleBooleanProperty(this, "sourceLine", true);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper playbackProgress = new ReadOnlyDoubleWrapper(this, "playbackProgress");
    private Jobs.Job playbackJob;
    private boolean applyingPreset;

    /** @param fitTable the fit results' table, when a fit has been made (the Fit window's report) */
    public ExportViewModel(AppState state, Supplier<Optional<Report>> fitTable, Executor background, Executor ui) {
        this.state = state;
        this.fitTable = fitTable;
        this.jobs = new Jobs(background, ui);
        preset.addListener((o, was, now) -> {
            if (now == Preset.CUSTOM) return;
            applyingPreset = true;
            width.set(now.width);
            height.set(now.height);
            applyingPreset = false;
        });
        // a size typed by hand is a custom size
        InvalidationListener typed = o -> {
            Preset p = preset.get();
            if (!applyingPreset && p != Preset.CUSTOM && (width.get() != p.width || height.get() != p.height)) preset.set(Preset.CUSTOM);
        };
        width.addListener(typed);
        height.addListener(typed);
    }

    /** Whether exports carry the data's source in a line under the chart (on by default). */
    public BooleanProperty sourceLineProperty() {
        return sourceLine;
    }

    public ObjectProperty<Figures.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<Integer> widthProperty() {
        return width;
    }

    public ObjectProperty<Integer> heightProperty() {
        return height;
    }

    /** PNG pixel density, 1 to 4. */
    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    /** The theme the export is drawn in (light, dark or high contrast), independent of the window's. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Draws the chosen chart as the window shows it ({@code view}: hidden series, zoom) to {@code file}, whose
     * extension picks the format; returns why not when the settings are refused. The drawing is taken now and
     * written in the background.
     */
    public Optional<String> exportChart(Path file, Figures.View view) {
        int w = width.get();
        int h = height.get();
        int s = scale.get();
        double pageWidth = pageWidth();
        ChartExport.Drawing drawing;
        ChartStyle style;
        try {
            ChartExport.Format.of(file);
            style = outputStyle(w, h);
            check(w, h, s);
            drawing = Figures.drawing(kind.get(), state.figureState(), view, style, sourceLine.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.of(e.getMessage());
        }
        message.set("Exporting " + kind.get() + " to " + file.getFileName() + " ...");
        ChartExport.Format format = ChartExport.Format.of(file);
        jobs.act(job -> AtomicFiles.write(file, os -> ChartExport.encode(drawing, style.background(), format, w, h, s, pageWidth, os)),
                () -> message.set("Exported " + kind.get() + " to " + file + sizeText(file, w, h, s, pageWidth)),
                e -> message.set("Could not export to " + file + ": " + e.getMessage() + "; any earlier file there is unchanged"));
        return Optional.empty();
    }

    /** The size of what was written, in its own unit: a PNG's pixels, a PDF page's points, an SVG's CSS pixels. */
    static String sizeText(Path file, int w, int h, int s, double pageWidthPt) {
        return switch (ChartExport.Format.of(file)) {
            case PNG -> String.format(Locale.ROOT, " (%d x %d pixels)", w * s, h * s);
            case PDF -> String.format(Locale.ROOT, " (a page of %.0f x %.0f points)", pageWidthPt, pageWidthPt * h / w);
            case SVG -> String.format(Locale.ROOT, " (%d x %d CSS pixels)", w, h);
        };
    }

    private static void check(int w, int h, int s) {
        if (s < 1 || s > 4) throw new IllegalArgumentException("the scale must be 1 to 4, got " + s);
        if (w < 50 || h < 50 || (long) w * s > ChartExport.MAX_PIXELS || (long) h * s > ChartExport.MAX_PIXELS) {
            throw new IllegalArgumentException("the size must be at least 50 x 50 and at most " + ChartExport.MAX_PIXELS + " pixels a side");
        }
    }

    /**
     * Exports a playback of the chosen chart: as an animated GIF ({@code .gif}) or as numbered PNGs
     * ({@code name.png} becomes {@code name-0001.png}, ...), one frame per {@code 1/fps} seconds of the playback, at
     * the chosen size and one pixel a unit, each with its year or compute in the corner. The frames are taken now
     * (each value put into the view, then the view restored); they are drawn and written in the background, with
     * progress and Cancel, into a file renamed over the target only when complete.
     */
    public Optional<String> exportPlayback(Playback playback, Path file, double fps,
                                           Figures.View view) {
        if (playing.get()) return refuse("a playback is already being exported");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gif = name.endsWith(".gif");
        if (!gif && !name.endsWith(".png")) return refuse(file.getFileName() + ": expected a .gif, or a .png name for numbered frames");
        if (!(fps >= 1 && fps <= 60)) return refuse("frames per second must be 1 to 60, got " + fps);
        int w = width.get();
        int h = height.get();
        ChartStyle style;
        try {
            check(w, h, 1);
            style = outputStyle(w, h);
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        double[] values = playback.frameValues(fps);
        // each frame drawn from the state with its value put in: the window's own state does not move
        WindowState now = state.get();
        List<ChartExport.Drawing> frames = new ArrayList<>();
        for (double v : values) {
            frames.add(Sweep.labelled(Figures.drawing(kind.get(), playback.at(now, v).figureState(), view, style, sourceLine.get()),
                    playback.label(v), style));
        }
        playing.set(true);
        playbackProgress.set(0);
        message.set("Exporting " + frames.size() + " frames to " + file.getFileName() + " ...");
        playbackJob = jobs.act(job -> PlaybackFrames.write(frames, style, w, h, fps, file, gif, job.fraction(), job.stop()),
                () -> finishPlayback("Exported " + frames.size() + " frames of the playback to " + file),
                e -> finishPlayback(e instanceof CancellationException ? "Playback export cancelled; " + file.getFileName() + " was not written"
                        : "Could not export the playback to " + file + ": " + e.getMessage()),
                p -> playbackProgress.set(Math.max(playbackProgress.get(), p)));
        return Optional.empty();
    }

    private void finishPlayback(String text) {
        // the job holds the frames' drawings: let them go
        playbackJob = null;
        playing.set(false);
        playbackProgress.set(0);
        message.set(text);
    }

    /** Stops a playback export promptly; nothing is written. */
    public void cancelPlayback() {
        if (playbackJob != null) playbackJob.cancel();
    }

    /** Whether a playback is being exported. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** How far the playback export has got, 0 to 1. */
    public ReadOnlyDoubleProperty playbackProgressProperty() {
        return playbackProgress.getReadOnlyProperty();
    }

    /** The chart as pixels, at the chosen size and scale, for the clipboard. */
    public Pixels chartPixels(Figures.View view) {
        int w = width.get();
        int h = height.get();
        int s = scale.get();
        check(w, h, s);
        ChartStyle style = outputStyle(w, h);
        BufferedImage img = ChartExport.png(Figures.drawing(kind.get(), state.figureState(), view, style, sourceLine.get()), style.background(), w, h, s);
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        message.set("Copied " + kind.get() + " (" + img.getWidth() + " x " + img.getHeight() + " pixels)");
        return new Pixels(img.getWidth(), img.getHeight(), argb);
    }

    /** The table as the window shows it now, e.g. for the clipboard; empty when there is nothing (no fit yet). */
    public Optional<String> tableText(Table table, Report.Format format) {
        Report r = report(table).get();
        return r == null ? Optional.empty() : Optional.of(r.render(format));
    }

    /** The table's inputs taken now (on the FX thread); the table itself made when asked (on any thread). */
    private Supplier<Report> report(Table table) {
        WindowState now = state.get();
        Dataset d = now.dataset();
        String reference = now.view().reference();
        Anchor anchor = now.view().anchor();
        double compute = now.compute();
        Set<String> excluded = now.excluded();
        Uncertainty u = now.uncertainty();
        Attribution.Mode mode = now.view().mode();
        Optional<Report> fit = table == Table.FIT ? fitTable.get() : Optional.empty();
        return () -> switch (table) {
            case CEG -> CegReports.ceg(d, reference, anchor, compute, u);
            case ATTRIBUTION -> Reports.attribution(d, excluded, u, mode, compute, 2012, 2025, 1);
            case FIT -> fit.orElse(null);
        };
    }

    /** Writes a table as CSV ({@code .csv}) or Markdown ({@code .md}), beside the target first and then moved in place. */
    public Optional<String> exportTable(Table table, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Report.Format format = name.endsWith(".csv") ? Report.Format.CSV : name.endsWith(".md") || name.endsWith(".markdown")
                ? Report.Format.MARKDOWN : null;
        if (format == null) return refuse(file.getFileName() + ": expected a file name ending in .csv or .md");
        Supplier<Report> report = report(table);
        if (table == Table.FIT && fitTable.get().isEmpty()) return refuse("There are no fit results yet: fit a law first (Algorithms > Fit Laws to Runs)");
        // the table is computed in the background: with fitted laws, each attribution row's intervals take a whole
        // attribution per bootstrap draw
        message.set("Exporting the " + table.toString().toLowerCase(Locale.ROOT) + " to " + file.getFileName() + " ...");
        jobs.act(job -> AtomicFiles.writeString(file, report.get().render(format)),
                () -> message.set("Exported the " + table.toString().toLowerCase(Locale.ROOT) + " to " + file),
                e -> message.set("Could not write " + file + ": " + e.getMessage() + "; any earlier file there is unchanged"));
        return Optional.empty();
    }

    private Optional<String> refuse(String why) {
        message.set(why);
        return Optional.of(why);
    }

    /** The dataset's sources: one reference per line, then the BibTeX entries. */
    public String citation() {
        return Citation.describe(state.dataset().metadata().citations());
    }
}
