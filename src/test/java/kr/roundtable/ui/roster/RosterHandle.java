package kr.roundtable.ui.roster;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import kr.roundtable.model.ImportRow;
import kr.roundtable.model.RosterEntry;

/** The People & Organizations screen and the import preview, as a user works them. */
public final class RosterHandle {
    private final FxRobot robot;

    public RosterHandle(FxRobot robot) {
        this.robot = robot;
    }

    public RosterHandle open() {
        robot.clickOn("#navPeople");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public TableView<RosterEntry> table() {
        return robot.lookup("#peopleTable").queryAs(TableView.class);
    }

    /** Types into the search field and waits until the results settle on {@code expected}. */
    public RosterHandle search(String query) {
        robot.clickOn("#rosterSearch");
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write(query);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> names() {
        return table().getItems().stream().map(e -> e.person().name()).toList();
    }

    public void waitUntil(Supplier<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; names now " + names(), e);
        }
    }

    /** Clicks the table row of the person with that name. */
    public RosterHandle clickRow(String name) {
        robot.clickOn(robot.lookup("#peopleTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                name.equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String query() {
        return robot.lookup("#rosterSearch").queryAs(TextField.class).getText();
    }

    public String status() {
        return robot.lookup("#rosterStatus").queryAs(Label.class).getText();
    }

    /** Clicks the rows holding these names, the second with Ctrl held. */
    public RosterHandle selectRows(int first, int second) {
        robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(first);
            table().getSelectionModel().select(second);
        });
        return this;
    }

    @SuppressWarnings("unchecked")
    public TableView<ImportRow> importRows() {
        return robot.lookup("#importRows").queryAs(TableView.class);
    }

    public String importSummary() {
        return robot.lookup("#importSummary").queryAs(Label.class).getText();
    }
}
