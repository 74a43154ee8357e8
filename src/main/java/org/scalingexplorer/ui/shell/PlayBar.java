package org.scalingexplorer.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.scalingexplorer.ui.present.PresentationViewModel;

/**
 * Present mode's play button and timeline, as Gapminder's: the button plays the sweep, pauses and resumes it; the
 * timeline shows how far the playback has gone and, clicked or dragged, goes there (paused); the label beside it
 * says where the sweep stands (a compute or a year).
 */
final class PlayBar extends HBox {
    PlayBar(PresentationViewModel present) {
        Button play = new Button();
        play.setId("play-button");
        play.textProperty().bind(Bindings.when(present.playingProperty()).then("\u275A\u275A Pause").otherwise("\u25B6 Play"));
        play.setTooltip(new Tooltip("Plays the sweep (Ctrl+P or Space); pauses and resumes it"));
        play.setOnAction(e -> {
            if (present.startedProperty().get()) present.pauseOrResume();
            else present.playSweep();
        });
        Slider timeline = new Slider(0, 1, 0);
        timeline.setId("play-timeline");
        timeline.setAccessibleText("Playback timeline");
        timeline.setFocusTraversable(true);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setMaxWidth(Double.MAX_VALUE);
        // the playback moves the thumb; the hand moves the playback (a change while playing is the playback's own)
        boolean[] moving = {false};
        Runnable follow = () -> {
            moving[0] = true;
            double d = present.durationProperty().get();
            timeline.setValue(d > 0 ? Math.min(1, present.elapsedProperty().get() / d) : 0);
            moving[0] = false;
        };
        present.elapsedProperty().addListener((o, was, now) -> follow.run());
        timeline.valueProperty().addListener((o, was, now) -> {
            if (!moving[0]) present.seek(now.doubleValue());
        });
        Label where = new Label();
        where.setId("play-position");
        where.setMinWidth(USE_PREF_SIZE);
        where.textProperty().bind(Bindings.createStringBinding(() -> present.startedProperty().get() || present.elapsedProperty().get() > 0
                        ? present.label(present.valueAt(present.elapsedProperty().get())) : "",
                present.elapsedProperty(), present.startedProperty()));
        getChildren().addAll(play, timeline, where);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setId("play-bar");
        getStyleClass().add("play-bar");
    }
}
