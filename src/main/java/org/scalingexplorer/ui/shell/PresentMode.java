package org.scalingexplorer.ui.shell;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.scalingexplorer.ui.present.PresentationViewModel;

/**
 * Present mode in the window: stylesheets follow the theme, present mode hides the chrome and fills the screen with
 * larger type, an animation timer drives playback (a play button and timeline under the charts), and keys step through it all (F11, Esc, Space, Page Up/Down and,
 * while presenting, the arrows).
 */
final class PresentMode {
    private final BorderPane host;
    private final PresentationViewModel present;
    private final Node chrome;
    private final Node statusBar;
    /** The line under the charts while presenting: how to play and leave, then what playback and the story say. */
    private final Label hint = new Label(HINT);
    /** The play button and timeline above that line. */
    private final VBox bottom;
    static final String HINT = "Ctrl+P or Space plays the sweep  ·  Page Down: next saved view  ·  Esc or F11 leaves present mode";

    /** @param foldTable folds the CEG table away while presenting (true) and brings it back (false) */
    PresentMode(BorderPane host, PresentationViewModel present, Node chrome, Node statusBar, ShellViewModel vm,
                Consumer<Boolean> foldTable) {
        this.host = host;
        this.present = present;
        this.chrome = chrome;
        this.statusBar = statusBar;
        this.bottom = new VBox(new PlayBar(present), hint);
        bottom.getStyleClass().add("present-bottom");
        host.sceneProperty().addListener((o, was, now) -> {
            if (now == null) return;
            present.viewWidthProperty().bind(now.widthProperty());
            present.viewHeightProperty().bind(now.heightProperty());
            applyStylesheets();
            now.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        });
        present.themeProperty().addListener((o, was, now) -> applyStylesheets());
        // type in present mode follows the same scale as the charts' drawing
        present.presentScaleProperty().addListener((o, was, now) ->
                host.setStyle(now.doubleValue() == 1 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * now.doubleValue())));
        present.presentingProperty().addListener((o, was, now) -> {
            applyStylesheets();
            host.setTop(now ? null : chrome);
            hint.setText(HINT);
            host.setBottom(now ? bottom : statusBar);
            // the charts get the screen: the table folds away while presenting
            foldTable.accept(now);
            host.pseudoClassStateChanged(PseudoClass.getPseudoClass("presenting"), now);
            if (host.getScene() != null && host.getScene().getWindow() instanceof Stage stage) {
                stage.setFullScreenExitHint("Esc or F11 leaves present mode");
                stage.setFullScreen(now);
            }
        });
        hint.setId("present-hint");
        hint.getStyleClass().add("present-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        present.messageProperty().addListener((o, was, now) -> {
            if (now.isEmpty()) return;
            vm.say(now);
            hint.setText(now);
        });
        AnimationTimer timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) present.advance((now - last) / 1e9);
                last = now;
                if (!present.playingProperty().get()) {
                    last = -1;
                    stop();
                }
            }
        };
        present.playingProperty().addListener((o, was, now) -> {
            if (now) timer.start();
        });
    }

    private void applyStylesheets() {
        if (host.getScene() == null) return;
        host.getScene().getStylesheets().setAll(present.themeProperty().get().stylesheets(present.presentingProperty().get()));
    }

    private void keys(KeyEvent e) {
        boolean typing = host.getScene().getFocusOwner() instanceof TextInputControl;
        boolean presenting = present.presentingProperty().get();
        boolean story = !present.story().isEmpty();
        if (e.isShortcutDown() && e.getCode() == KeyCode.P) {
            // the menus are hidden while presenting, and their accelerators with them
            if (!presenting) return;
            present.playSweep();
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case F11 -> present.presentingProperty().set(!presenting);
            case ESCAPE -> {
                if (!presenting) return;
                present.presentingProperty().set(false);
            }
            case SPACE -> {
                if (typing) return;
                if (present.startedProperty().get()) present.pauseOrResume();
                else if (presenting) present.playSweep();
                else return;
            }
            case PAGE_DOWN, PAGE_UP -> {
                if (!story) return;
                step(e);
            }
            case RIGHT, DOWN, LEFT, UP -> {
                if (!presenting || !story || typing) return;
                step(e);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void step(KeyEvent e) {
        switch (e.getCode()) {
            case PAGE_DOWN, RIGHT, DOWN -> present.next();
            default -> present.previous();
        }
    }
}
