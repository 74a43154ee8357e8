package org.scalingexplorer.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.Sweep;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Workspace.Keyframe;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Playback;
import org.scalingexplorer.ui.Projections;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.WindowState;

/**
 * Presenting: present mode (larger type, thicker lines), the theme the charts draw in, playback that sweeps the
 * compute (or the year) with easing, and a story of saved views to step through.
 */
public final class PresentationViewModel implements Playback {
    /** How much larger type and lines are in present mode on a 1280 x 720 screen; larger screens scale up from it. */
    public static final double PRESENT_SCALE = 1.25;
    /**
     * Below this width in present-mode pixels (window width / scale), present mode folds the side panel away so the
     * charts keep their room. Present mode scales with the screen, so a 16:9 screen of any size gets the same layout
     * as 1280 x 720: what is rehearsed on a laptop is what the projector shows.
     */
    public static final double NARROW = 1500;

    public enum Target { COMPUTE, YEAR }

    private final AppState state;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    /** The window's size, bound by the view: present mode scales with it. */
    private final DoubleProperty viewWidth = new SimpleDoubleProperty(this, "viewWidth", 1280);
    private final DoubleProperty viewHeight = new SimpleDoubleProperty(this, "viewHeight", 720);
    private final ReadOnlyDoubleWrapper presentScale = new ReadOnlyDoubleWrapper(this, "presentScale", 1);
    private boolean panelBeforePresenting = true;
    private final ReadOnlyObjectWrapper<ChartStyle> chartStyle = new ReadOnlyObjectWrapper<>(this, "chartStyle");
    // playback
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.COMPUTE);
    private final DoubleProperty from = new SimpleDoubleProperty(this, "from", 16);
    private final DoubleProperty to = new SimpleDoubleProperty(this, "to", 26);
    private final DoubleProperty duration = new SimpleDoubleProperty(this, "duration", 8);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyDoubleWrapper elapsed = new ReadOnlyDoubleWrapper(this, "elapsed");
    // story
    private final ObservableList<Keyframe> story = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme;
    private final BooleanProperty colorBlindSafe;
    private final IntegerProperty digits;
    private final ReadOnlyObjectWrapper<Integer> storyIndex = new ReadOnlyObjectWrapper<>(this, "storyIndex", -1);
    private final IntegerProperty sideTab;
    private final BooleanProperty sidePanel;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Whether the user typed the sweep's range (kept until the sweep's target changes). */
    private boolean customRange;

    public PresentationViewModel(AppState state) {
        this.state = state;
        this.sideTab = state.intField(s -> s.view().sideTab(), WindowState::setSideTab);
        this.sidePanel = state.booleanField(s -> s.view().sidePanel(), WindowState::setSidePanel);
        this.theme = state.field(s -> s.view().theme(), WindowState::setTheme);
        this.colorBlindSafe = state.booleanField(s -> s.view().colorBlindSafe(), WindowState::setColorBlindSafe);
        this.digits = state.intField(s -> s.view().digits(), WindowState::setDigits);
        story.setAll(state.get().story());
        state.stateProperty().addListener((o, was, now) -> {
            if (was.story() != now.story()) {
                // a story replaced or cut (a workspace opened) has no current view
                int i = storyIndex.get();
                if (i >= 0 && (i >= now.story().size() || i >= was.story().size() || !now.story().get(i).equals(was.story().get(i)))) storyIndex.set(-1);
                story.setAll(now.story());
            }
            if (was.view().theme() != now.view().theme() || was.view().endLabels() != now.view().endLabels()) updateStyle();
        });
        state.playbackStopsProperty().addListener((o, was, now) -> stop());
        target.addListener((o, was, now) -> customRange = false);
        presenting.addListener((o, was, now) -> {
            // a narrow screen gives the charts the room; leaving present mode brings the panel back as it was
            if (now) {
                panelBeforePresenting = sidePanel.get();
                if (viewWidth.get() / scaleFor(viewWidth.get(), viewHeight.get()) < NARROW) sidePanel.set(false);
            } else {
                sidePanel.set(panelBeforePresenting);
            }
            updateStyle();
        });
        viewWidth.addListener((o, was, now) -> updateStyle());
        viewHeight.addListener((o, was, now) -> updateStyle());
        updateStyle();
    }

    private void updateStyle() {
        ChartStyle s = state.view().theme().chartStyle().withEndLabels(state.view().endLabels());
        double k = presenting.get() ? scaleFor(viewWidth.get(), viewHeight.get()) : 1;
        presentScale.set(k);
        chartStyle.set(k == 1 ? s : s.withScale(s.scale() * k));
    }

    /** Present mode's scale for a window: 1.25 at 1280 x 720, growing with the smaller of the two ratios, up to 4. */
    public static double scaleFor(double width, double height) {
        double r = Math.min(width / 1280, height / 720);
        return Math.max(PRESENT_SCALE, Math.min(4, PRESENT_SCALE * r));
    }

    public DoubleProperty viewWidthProperty() {
        return viewWidth;
    }

    public DoubleProperty viewHeightProperty() {
        return viewHeight;
    }

    /** How much larger everything is drawn now: 1 outside present mode. */
    public ReadOnlyDoubleProperty presentScaleProperty() {
        return presentScale.getReadOnlyProperty();
    }

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty colorBlindSafeProperty() {
        return colorBlindSafe;
    }

    /** The significant figures of every number shown (View > Significant Figures). */
    public IntegerProperty digitsProperty() {
        return digits;
    }

    /** What every chart draws with: the theme's colours, larger in present mode, lines named at their ends if chosen. */
    public ReadOnlyObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- playback -----------------------------------------------------------------------------------------------

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** Start value: log10 FLOP for the compute, a year for the year. */
    public DoubleProperty fromProperty() {
        return from;
    }

    public DoubleProperty toProperty() {
        return to;
    }

    /** Seconds from start to end at speed 1. */
    public DoubleProperty durationProperty() {
        return duration;
    }

    /** Multiplies the passing of time: 0.5 plays at half speed. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether a playback is under way, playing or paused. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Playback seconds so far, in the playback's own time (speed applied). */
    public ReadOnlyDoubleProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /**
     * Sets the sweep from text: two computes ({@code 1e18 1e24}, {@code 3x10^20 to 250 PF-days}) for the compute, or
     * two years ({@code 2015 2025}) for the year; returns why not, leaving the range as it was.
     */
    public Optional<String> setRange(String text) {
        try {
            double[] r = Sweep.range(target.get() == Target.COMPUTE ? Sweep.Target.COMPUTE : Sweep.Target.YEAR, text);
            from.set(r[0]);
            to.set(r[1]);
            customRange = true;
            message.set("The sweep goes over " + describe());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
    }

    /** The swept value {@code seconds} into the playback. */
    public double valueAt(double seconds) {
        return from.get() + (to.get() - from.get()) * Sweep.ease(seconds / duration.get());
    }

    /** The sweep covers what the user typed, or else the compute slider's whole range, or the attribution's years. */
    public void fitRange() {
        if (customRange) return;
        if (target.get() == Target.COMPUTE) {
            from.set(state.get().slider().min());
            to.set(state.get().slider().max());
        } else {
            from.set(2012);
            to.set(2025);
        }
    }

    /** Ctrl+P, Space before any playback, the play button: the sweep over its range (see {@link #fitRange}). */
    public Optional<String> playSweep() {
        fitRange();
        return play();
    }

    public Optional<String> play() {
        if (!(duration.get() > 0)) return refuse("the playback needs a duration above 0 seconds");
        if (!(speed.get() > 0)) return refuse("the playback speed must be above 0");
        if (from.get() == to.get()) return refuse("the playback starts and ends at the same value");
        elapsed.set(0);
        started.set(true);
        playing.set(true);
        apply(from.get());
        message.set("Playing " + describe());
        return Optional.empty();
    }

    /**
     * The timeline clicked or dragged: the playback goes to {@code fraction} (0 to 1) of its time and waits there,
     * paused; one not yet under way starts over the sweep's range (see {@link #fitRange}).
     */
    public void seek(double fraction) {
        if (!started.get()) fitRange();
        if (!(duration.get() > 0) || from.get() == to.get() || Double.isNaN(fraction)) return;
        double t = duration.get() * Math.max(0, Math.min(1, fraction));
        started.set(true);
        playing.set(false);
        elapsed.set(t);
        apply(valueAt(t));
    }

    /** Space: pauses a playing sweep, resumes a paused one. */
    public void pauseOrResume() {
        if (!started.get()) return;
        playing.set(!playing.get());
        message.set(playing.get() ? "Playing" : "Paused at " + String.format(Locale.ROOT, "%.1f s", elapsed.get()));
    }

    public void stop() {
        playing.set(false);
        started.set(false);
    }

    /** Moves the playback on by {@code seconds} of wall time (the view's animation timer calls it every frame). */
    public void advance(double seconds) {
        if (!playing.get()) return;
        double t = Math.min(duration.get(), elapsed.get() + seconds * speed.get());
        elapsed.set(t);
        apply(t >= duration.get() ? to.get() : valueAt(t));
        if (t >= duration.get()) {
            playing.set(false);
            started.set(false);
            message.set("Playback done");
        }
    }

    /** The sweep as set: what moves, from and to where, over how long. */
    public Sweep sweep() {
        return new Sweep(target.get() == Target.COMPUTE ? Sweep.Target.COMPUTE : Sweep.Target.YEAR, from.get(), to.get(), duration.get());
    }

    /** The values of each frame at {@code fps} frames a second, the last exactly the end value. */
    @Override
    public double[] frameValues(double fps) {
        return sweep().frameValues(fps);
    }

    @Override
    public String label(double value) {
        return sweep().label(value);
    }

    /** The state with a swept value put in: a compute (log10 FLOP) or a year. */
    @Override
    public WindowState at(WindowState s, double value) {
        return target.get() == Target.COMPUTE ? s.setCompute(value) : s.setYear(value);
    }

    /** Shows a swept value. */
    void apply(double value) {
        state.update(s -> at(s, value));
    }

    private String describe() {
        return target.get() == Target.COMPUTE
                ? "compute " + Numbers.format(Math.pow(10, from.get())) + " to " + Numbers.format(Math.pow(10, to.get())) + " FLOP"
                : String.format(Locale.ROOT, "years %.0f to %.0f", from.get(), to.get());
    }

    private Optional<String> refuse(String why) {
        message.set(why);
        return Optional.of(why);
    }

    // ---- story --------------------------------------------------------------------------------------------------

    /** The story's views, as the state holds them (read-only here: the methods below change it). */
    public ObservableList<Keyframe> story() {
        return FXCollections.unmodifiableObservableList(story);
    }

    /** The keyframe shown last, or -1. */
    public ReadOnlyObjectProperty<Integer> storyIndexProperty() {
        return storyIndex.getReadOnlyProperty();
    }

    /** The side panel's tab, bound by the view so keyframes can keep and restore it. */
    public IntegerProperty sideTabProperty() {
        return sideTab;
    }

    public BooleanProperty sidePanelProperty() {
        return sidePanel;
    }

    /** Saves the view as it is now as the next keyframe. */
    public Keyframe addKeyframe() {
        WindowState now = state.get();
        Keyframe k = Projections.keyframe(now, "View " + (story.size() + 1) + ": " + now.dataset().algorithm(now.view().reference()).name()
                + " at " + Numbers.format(now.compute()) + " FLOP");
        List<Keyframe> next = new ArrayList<>(now.story());
        next.add(k);
        state.setStory(next);
        storyIndex.set(story.size() - 1);
        message.set("Saved " + k.name() + " (" + story.size() + " in the story)");
        return k;
    }

    /** The next saved view; at the last one, says that the story has ended (nothing else moves). */
    public void next() {
        if (!story.isEmpty() && storyIndex.get() >= story.size() - 1) {
            message.set(String.format(Locale.ROOT, "End of the story: that was view %d of %d. Page Up goes back; Esc leaves present mode",
                    story.size(), story.size()));
            return;
        }
        show(storyIndex.get() + 1);
    }

    public void previous() {
        show(storyIndex.get() - 1);
    }

    /** Shows keyframe {@code i}; out of range stays where it is. */
    public void show(int i) {
        if (i < 0 || i >= story.size()) return;
        Keyframe k = story.get(i);
        stop();
        state.update(s -> Projections.show(s, k));
        storyIndex.set(i);
        message.set((i + 1) + " of " + story.size() + ": " + k.name());
    }

    public void clearStory() {
        state.setStory(List.of());
        storyIndex.set(-1);
    }
}
