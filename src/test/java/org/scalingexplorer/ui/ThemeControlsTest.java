package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.Rgba;

/**
 * Issue 28: in every theme a selected toggle looks selected, the slider's track shows and an open menu is legible,
 * measured on the colours CSS gives the controls (WCAG's 3:1 for parts of controls, 4.5:1 for text).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeControlsTest {
    private Composition window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, new AppState(BundledDatasets.paper()));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void selectedTogglesSliderTracksAndOpenMenusReadInEveryTheme(Theme theme, FxRobot robot) {
        robot.interact(() -> window.presentVm().themeProperty().set(theme));
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton selected = robot.lookup("#anchor-reference").queryAs(ToggleButton.class);
        ToggleButton other = robot.lookup("#anchor-candidate").queryAs(ToggleButton.class);
        assertTrue(selected.isSelected() && !other.isSelected());
        double state = contrast(fill(selected), fill(other));
        assertTrue(state >= 3, theme + ": the selected toggle against the other, " + state + ":1");
        double text = contrast((Color) selected.getTextFill(), fill(selected));
        assertTrue(text >= 4.5, theme + ": the selected toggle's text, " + text + ":1");
        Region track = (Region) robot.lookup("#compute-slider").queryAs(Node.class).lookup(".track");
        Color edge = colour(track.getBackground().getFills().get(0).getFill());
        double trackContrast = contrast(edge, behind(track));
        assertTrue(trackContrast >= 3, theme + ": the slider's track against its bar, " + trackContrast + ":1");
        // an open menu: its header's text against the header
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Node header = bar.lookup(".menu-button");
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        Labeled label = (Labeled) header.lookup(".label");
        double menu = contrast((Color) label.getTextFill(), behind(label));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu >= 4.5, theme + ": an open menu's title, " + menu + ":1");
    }

    /** Issue 28: a table's swatch is its series's colour as the theme draws it, not the light palette's. */
    @Test
    void tableSwatchesTakeTheThemesSeriesColours(FxRobot robot) {
        int themed = 0;
        for (Theme theme : Theme.values()) {
            robot.interact(() -> window.presentVm().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            ChartStyle style = theme.chartStyle();
            TableView<?> table = robot.lookup("#ceg-table").queryAs(TableView.class);
            for (Node cell : table.lookupAll(".table-cell")) {
                if (!(cell instanceof TableCell<?, ?> c) || !(c.getItem() instanceof CegRow row) || !(c.getGraphic() instanceof Rectangle swatch)) continue;
                Rgba want = style.series(row.color());
                Color got = (Color) swatch.getFill();
                assertTrue(Math.abs(want.r() - got.getRed()) < 0.005 && Math.abs(want.g() - got.getGreen()) < 0.005
                        && Math.abs(want.b() - got.getBlue()) < 0.005, theme + ": " + row.name() + " is " + hex(got) + ", drawn " + want.hex());
                if (!style.series(row.color()).equals(Rgba.web(row.color()))) themed++;
            }
        }
        assertTrue(themed > 0, "some swatch is drawn other than the palette's own colour in some theme");
    }

    /** The colour of the last (innermost) background fill of a region; a gradient's mean colour. */
    private static Color fill(Region r) {
        var fills = r.getBackground().getFills();
        return colour(fills.get(fills.size() - 1).getFill());
    }

    private static Color colour(Paint p) {
        if (p instanceof Color c) return c;
        List<Stop> stops = p instanceof LinearGradient g ? g.getStops() : ((RadialGradient) p).getStops();
        double r = 0;
        double g = 0;
        double b = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed() / stops.size();
            g += s.getColor().getGreen() / stops.size();
            b += s.getColor().getBlue() / stops.size();
        }
        return Color.color(r, g, b);
    }

    /** The nearest opaque background behind a node (its own, then its parents'). */
    private static Color behind(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                for (int i = r.getBackground().getFills().size() - 1; i >= 0; i--) {
                    Color c = colour(r.getBackground().getFills().get(i).getFill());
                    if (c.getOpacity() == 1) {
                        if (p != n || !(n instanceof Labeled)) return c;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private static double contrast(Color a, Color b) {
        return Rgba.web(hex(a)).contrast(Rgba.web(hex(b)));
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
