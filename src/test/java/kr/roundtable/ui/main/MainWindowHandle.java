package kr.roundtable.ui.main;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import kr.roundtable.model.MeetingSummary;

/** The main window as a user sees it: find nodes by id, act like a user, read what is shown. */
public final class MainWindowHandle {
    private final FxRobot robot;

    public MainWindowHandle(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    public TableView<MeetingSummary> meetingTable() {
        return robot.lookup("#meetingTable").queryAs(TableView.class);
    }

    /** Waits until the meetings table shows {@code count} rows. */
    public MainWindowHandle waitForMeetingRows(int count) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> meetingTable().getItems().size() == count);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected " + count + " rows, saw " + meetingTable().getItems().size(), e);
        }
        return this;
    }

    /** The text of one column as displayed, top to bottom. */
    public List<String> column(int index) {
        TableView<MeetingSummary> table = meetingTable();
        TableColumn<MeetingSummary, ?> column = table.getColumns().get(index);
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(row -> ((javafx.scene.control.TableRow<?>) row).getItem() != null)
                .sorted(java.util.Comparator.comparingInt(row -> ((javafx.scene.control.TableRow<?>) row).getIndex()))
                .map(row -> robot.from(row).lookup(".table-cell").queryAll().stream()
                        .map(cell -> (javafx.scene.control.TableCell<?, ?>) cell)
                        .filter(cell -> cell.getTableColumn() == column).findFirst()
                        .map(cell -> cell.getText() == null ? "" : cell.getText()).orElse(""))
                .collect(Collectors.toList());
    }

    public List<String> columnHeaders() {
        return meetingTable().getColumns().stream().map(TableColumn::getText).toList();
    }

    public MainWindowHandle filter(String text) {
        robot.clickOn("#meetingFilter");
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public MainWindowHandle sortBy(String header) {
        robot.clickOn(robot.lookup(".column-header .label").match((Label l) -> header.equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String countText() {
        return robot.lookup("#meetingCount").queryAs(Label.class).getText();
    }

    public MainWindowHandle navigate(String buttonId) {
        robot.clickOn("#" + buttonId);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public ToggleButton navButton(String id) {
        return robot.lookup("#" + id).queryAs(ToggleButton.class);
    }

    public boolean isShown(String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Opens menus and clicks the item, e.g. {@code menu("보기", "언어", "English")}. */
    public MainWindowHandle menu(String... path) {
        for (String label : path) {
            robot.clickOn(label);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String status() {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }
}
