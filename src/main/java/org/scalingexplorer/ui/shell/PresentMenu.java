package org.scalingexplorer.ui.shell;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.ui.DialogService;
import org.scalingexplorer.ui.export.ExportViewModel;
import org.scalingexplorer.ui.present.PresentationViewModel;

/** The Present menu: playback (sweep the compute or the year, its range, duration and speed, export) and the story of saved views. */
final class PresentMenu {
    private PresentMenu() {
    }

    static Menu create(PresentationViewModel present, ExportViewModel export, DialogService dialogs, Supplier<Figures.View> chartView) {
        MenuItem play = item("_Play Sweep", "Shortcut+P", present::playSweep);
        MenuItem pause = item("Pause or Resume (Space)", null, present::pauseOrResume);
        pause.disableProperty().bind(present.startedProperty().not());
        MenuItem stop = item("_Stop", null, present::stop);
        stop.disableProperty().bind(present.startedProperty().not());
        Menu sweep = new Menu("Sweep");
        ToggleGroup targets = new ToggleGroup();
        for (var t : PresentationViewModel.Target.values()) {
            RadioMenuItem r = radio(t == PresentationViewModel.Target.COMPUTE ? "Compute (the slider's range)" : "Year (2012 to 2025)", targets,
                    present.targetProperty().get() == t, () -> present.targetProperty().set(t));
            sweep.getItems().add(r);
        }
        Menu duration = new Menu("Duration");
        ToggleGroup durations = new ToggleGroup();
        for (double d : new double[] {4, 8, 16, 30}) {
            duration.getItems().add(radio(Math.round(d) + " seconds", durations, present.durationProperty().get() == d,
                    () -> present.durationProperty().set(d)));
        }
        Menu speed = new Menu("Speed");
        ToggleGroup speeds = new ToggleGroup();
        for (double v : new double[] {0.25, 0.5, 1, 2, 4}) {
            speed.getItems().add(radio(v + "x", speeds, present.speedProperty().get() == v, () -> present.speedProperty().set(v)));
        }
        MenuItem range = item("Sweep _Range...", null, () -> {
            boolean compute = present.targetProperty().get() == PresentationViewModel.Target.COMPUTE;
            dialogs.askText("Sweep range", compute ? "From and to, in FLOP (1e18 1e24, 3x10^20 to 250 PF-days)" : "From and to, in years (2012 to 2025)",
                    compute ? "1e18 1e24" : "2015 2025").ifPresent(present::setRange);
        });
        MenuItem exportPlayback = item("_Export Playback (GIF or PNG Frames)...", null, () -> {
            present.fitRange();
            dialogs.saveFile("playback", "Export the playback of " + export.kindProperty().get() + " at the Export Chart size, 15 frames a second",
                    "playback.gif", List.of(new DialogService.Filter("Animated GIF", "*.gif"), new DialogService.Filter("Numbered PNG frames", "*.png")))
                    .ifPresent(f -> export.exportPlayback(present, f, 15, chartView.get()));
        });
        MenuItem addKey = item("_Save View to Story", "Shortcut+K", present::addKeyframe);
        MenuItem next = item("_Next View (Page Down)", null, present::next);
        MenuItem previous = item("P_revious View (Page Up)", null, present::previous);
        MenuItem clear = item("_Clear Story", null, present::clearStory);
        for (MenuItem i : List.of(next, previous, clear)) i.disableProperty().bind(Bindings.isEmpty(present.story()));
        return new Menu("P_resent", null, play, pause, stop, sweep, range, duration, speed, exportPlayback, new SeparatorMenuItem(), addKey, next,
                previous, clear);
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.run());
        return item;
    }
}
