package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.ui.laws.PublishedLawsDialog;
import org.scalingexplorer.ui.laws.PublishedLawsViewModel;

/**
 * Issue 29, Algorithms > Add Published Law: search the library, read the chosen law in full (its standard errors,
 * source and loss scale, and what its CEG against the reference will be), add it, and make it the reference.
 */
@ExtendWith(ApplicationExtension.class)
class PublishedLawsDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = TestWindows.owner(stage);
    }

    @Test
    void searchReadAddAndMakeItTheReference(FxRobot robot) {
        AppState state = new AppState(BundledDatasets.paper());
        PublishedLawsViewModel vm = new PublishedLawsViewModel(state, BundledDatasets.laws());
        PublishedLawsDialog[] dialog = new PublishedLawsDialog[1];
        robot.interact(() -> {
            dialog[0] = new PublishedLawsDialog(owner, vm);
            dialog[0].show();
        });
        robot.clickOn("#laws-search").write("besiroglu");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PublishedLawsViewModel.Row> table = (TableView<PublishedLawsViewModel.Row>) dialog[0].getDialogPane().lookup("#laws-table");
        assertEquals(1, table.getItems().size(), "one law matches");
        Node add = dialog[0].getDialogPane().lookupButton(PublishedLawsDialog.ADD);
        assertTrue(add.isDisabled(), "nothing chosen yet");
        robot.interact(() -> table.getSelectionModel().select(0));
        String details = ((Label) dialog[0].getDialogPane().lookup("#laws-details")).getText();
        assertTrue(details.contains("B = 2085.434  (standard error 1293.284)"), details);
        assertTrue(details.contains("nats per token"), details);
        // the reference is the LSTM, on C4: the refit's CEG against it will be refused, and the dialog says so before adding
        assertTrue(details.contains("will be refused"), details);
        assertFalse(add.isDisabled());
        robot.interact(() -> ((Button) add).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing(), "added, the dialog closes");
        assertTrue(state.dataset().findAlgorithm("besiroglu-2024-refit").isPresent());
        assertEquals("massivetext", state.dataset().algorithm("besiroglu-2024-refit").lossScale());
        // it can be the reference: the bundled Chinchilla law is then on its scale, with a CEG
        robot.interact(() -> state.setReference("besiroglu-2024-refit"));
        assertEquals("besiroglu-2024-refit", state.view().reference());
        assertTrue(Ceg.between(state.dataset().algorithm("besiroglu-2024-refit").law(), state.dataset().algorithm("chinchilla-allocation").law(),
                Anchor.REFERENCE, 1e22).ceg().isPresent());
        // once added it cannot be added twice; an allocation law cannot be added at all, and the dialog says why
        robot.interact(() -> vm.selectedProperty().set("besiroglu-2024-refit"));
        assertFalse(vm.canAddProperty().get());
        assertTrue(vm.detailsProperty().get().contains("Already in the dataset"));
        robot.interact(() -> vm.selectedProperty().set("deepseek-2024-model-scale"));
        assertFalse(vm.canAddProperty().get());
        assertTrue(vm.detailsProperty().get().contains("Cannot be an algorithm: an allocation law"), vm.detailsProperty().get());
        // a law published with an interval rather than a standard error shows it (Porian et al.'s a)
        robot.interact(() -> vm.selectedProperty().set("porian-2024-refinedweb"));
        assertTrue(vm.detailsProperty().get().contains("a = 0.4968951  (95% interval 0.4907 to 0.5045)"), vm.detailsProperty().get());
        robot.interact(() -> vm.queryProperty().set("no such law"));
        assertTrue(vm.rowsProperty().get().isEmpty());
        assertTrue(vm.messageProperty().get().contains("No published law matches"));
    }

    @Test
    void theMenuOpensItAndEscCloses(FxRobot robot) {
        AppState state = new AppState(BundledDatasets.paper());
        PublishedLawsViewModel vm = new PublishedLawsViewModel(state, BundledDatasets.laws());
        robot.interact(() -> new PublishedLawsDialog(owner, vm).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#laws-search").tryQuery().isPresent());
        assertTrue(((TextField) robot.lookup("#laws-search").query()).isFocused(), "the search has the keys");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#laws-search").tryQuery().isEmpty(), "Esc closes it");
    }
}
