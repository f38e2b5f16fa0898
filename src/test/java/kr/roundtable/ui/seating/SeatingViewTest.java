package kr.roundtable.ui.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Precedence;
import kr.roundtable.model.SeatingPlan;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.SeatingService;
import kr.roundtable.ui.main.AppWindowFixture;
import kr.roundtable.ui.main.MainWindowHandle;

@ExtendWith(ApplicationExtension.class)
class SeatingViewTest {
    @TempDir
    Path dir;
    AppWindowFixture app;
    long meetingId;

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(900);
        app = new AppWindowFixture(stage, dir, true);
        meetingId = new MeetingService(app.repos).meetings().stream().filter(m -> "제16차".equals(m.ordinalLabel()))
                .findFirst().map(MeetingSummary::id).orElseThrow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    void openSeating(FxRobot robot) {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn(robot.lookup("#meetingTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "제16차".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#openMeeting");
        robot.clickOn("#tabSeating");
        WaitForAsyncUtils.waitForFxEvents();
    }

    Map<Integer, Long> stored() {
        Map<Integer, Long> out = new java.util.TreeMap<>();
        new SeatingService(app.repos).plan(meetingId).ifPresent(p -> p.seats().forEach(s -> out.put(s.number(),
                s.participantId())));
        return out;
    }

    /** Clicks a field, waits until it has the focus, types, and checks the text is there (headless typing races). */
    void typeInto(FxRobot robot, javafx.scene.control.TextField field, String text) {
        robot.clickOn(field);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the field never took the focus", e);
        }
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, field.getText());
    }

    /** The ranking's cell showing row {@code index} (cells are reused, so not in scene order). */
    Node rankCell(FxRobot robot, int index) {
        return robot.lookup("#rankedList .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getIndex() == index && c.getItem() != null).queryAs(Node.class);
    }

    String seatText(FxRobot robot, int number) {
        return robot.lookup("#seat-" + number + " .seat-name").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void autoArrangeSeatsTheChairAtTheHeadSeat(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#autoArrange");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("박윤규", seatText(robot, 1));
        assertEquals(7, stored().size());
        List<Precedence.Attendee> ranked = new SeatingService(app.repos).ranked(meetingId, true);
        assertEquals(ranked.get(1).participantId(), stored().get(2));
    }

    @Test
    void theHeadSideSizeIsOfferedForFacingTablesAndShapesTheArrangement(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#seatingLayout");
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "원탁".equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#headSeats").query().isVisible(), "원탁 has no head side to size");
        robot.clickOn("#seatingLayout");
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "마주보기".equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node heads = robot.lookup("#headSeats").query();
        assertTrue(heads.isVisible());
        robot.clickOn(heads);
        for (int i = 0; i < 2; i++) {
            robot.type(KeyCode.UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#autoArrange");
        WaitForAsyncUtils.waitForFxEvents();
        kr.roundtable.model.SeatingPlan plan = new SeatingService(app.repos).plan(meetingId).orElseThrow();
        assertEquals(Integer.valueOf(2), plan.headSeats());
        assertEquals("박윤규", seatText(robot, 1));
        assertEquals(kr.roundtable.model.SeatingGeometry.Group.BOTTOM, plan.geometry().seat(3).group(),
                "with two seats on the head side the third is across the table");

        robot.clickOn(heads);
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> seatCount = robot.lookup("#seatCount").queryAs(
                javafx.scene.control.Spinner.class);
        assertEquals(seatCount.getValue(), ((javafx.scene.control.Spinner<?>) heads).getValue(),
                "the head side stops at the number of seats");

        javafx.scene.control.Spinner<?> spinner = (javafx.scene.control.Spinner<?>) heads;
        Object before = spinner.getValue();
        robot.doubleClickOn(spinner.getEditor());
        robot.write("두명");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, spinner.getValue(), "text that is not a number changes nothing");
        assertEquals(String.valueOf(before), spinner.getEditor().getText(), "and the field shows the value again");
    }

    @Test
    void draggingOntoASeatSeatsThePersonAndSeatToSeatSwaps(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#autoArrange");
        WaitForAsyncUtils.waitForFxEvents();
        Map<Integer, Long> before = stored();
        robot.drag("#seat-2").dropTo("#seat-3");
        WaitForAsyncUtils.waitForFxEvents();
        Map<Integer, Long> after = stored();
        assertEquals(before.get(2), after.get(3), "the one from seat 2 now sits in 3");
        assertEquals(before.get(3), after.get(2), "and the one from 3 in 2");

        robot.clickOn("#seat-4");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, stored().size());
        assertEquals("", seatText(robot, 4));

        @SuppressWarnings("unchecked")
        ListView<Precedence.Attendee> ranked = robot.lookup("#rankedList").queryAs(ListView.class);
        long unseated = before.get(4);
        int index = 0;
        while (ranked.getItems().get(index).participantId() != unseated) {
            index++;
        }
        Node cell = rankCell(robot, index);
        robot.drag(cell).dropTo("#seat-4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unseated, stored().get(4), "dragged from the ranking onto the empty seat");
    }

    @Test
    void aCancellationLeavesAGapThatClosesUpInOneAction(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#autoArrange");
        robot.clickOn("#seat-3");
        robot.type(KeyCode.DELETE);
        Map<Integer, Long> gap = stored();
        robot.clickOn("#closeUp");
        WaitForAsyncUtils.waitForFxEvents();
        Map<Integer, Long> closed = stored();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), List.copyOf(closed.keySet()));
        assertEquals(gap.get(4), closed.get(3));
    }

    @Test
    void aSeatIsAssignedFromTheKeyboard(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#autoArrange");
        robot.clickOn("#seat-5");
        robot.type(KeyCode.DELETE);
        @SuppressWarnings("unchecked")
        ListView<Precedence.Attendee> ranked = robot.lookup("#rankedList").queryAs(ListView.class);
        robot.clickOn(rankCell(robot, 1));
        long second = ranked.getItems().get(1).participantId();
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, stored().get(5));
    }

    @Test
    void theCaptionIsMadeWithTheChairInTheMiddleAndKept(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#makeCaption");
        WaitForAsyncUtils.waitForFxEvents();
        String caption = robot.lookup("#caption").queryAs(TextArea.class).getText();
        assertTrue(caption.startsWith("(왼쪽부터) "), caption);
        assertTrue(caption.contains(", 박윤규 과학기술정보통신부 제2차관, "), caption);
        assertEquals(java.util.Optional.of(caption), new SeatingService(app.repos).storedCaption(meetingId));
    }

    @Test
    void exportWritesTheNamePlatesWhereTheUserChose(FxRobot robot) throws Exception {
        openSeating(robot);
        robot.clickOn("#autoArrange");
        app.nextSaveFolder.set(dir);
        robot.clickOn("내보내기").clickOn("명패 (.docx)");
        Path expected = dir.resolve("제16차 디지털 국정과제 연속 현장 간담회 명패.docx");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(expected));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#seatingMessage").queryAs(Label.class)
                .getText().startsWith("저장했습니다"));
    }

    @Test
    void clickingASeatInTheConsolePicksThatSpeaker(FxRobot robot) {
        new SeatingService(app.repos).autoArrange(meetingId, kr.roundtable.model.SeatingLayout.ROUND, 8, true, true);
        SeatingPlan plan = new SeatingService(app.repos).plan(meetingId).orElseThrow();
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn(robot.lookup("#meetingTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "제16차".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#startMeeting");
        robot.clickOn("#tabSeats");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#consoleSeatMap #seat-2");
        WaitForAsyncUtils.waitForFxEvents();
        String speaker = robot.lookup("#currentSpeaker").queryAs(Label.class).getText();
        String expected = new SeatingService(app.repos).attendees(meetingId).stream()
                .filter(a -> a.participantId() == plan.seats().get(1).participantId()).findFirst().orElseThrow().name();
        assertTrue(speaker.startsWith("[2] " + expected), speaker);
        robot.type(KeyCode.F2).write("3").type(KeyCode.ENTER);
        String third = new SeatingService(app.repos).attendees(meetingId).stream()
                .filter(a -> a.participantId() == plan.seats().get(2).participantId()).findFirst().orElseThrow().name();
        assertTrue(robot.lookup("#currentSpeaker").queryAs(Label.class).getText().startsWith("[3] " + third),
                "typing a seat number picks who sits there");
    }

    @Test
    void editingATitleLevelInTheTableReRanks(FxRobot robot) {
        openSeating(robot);
        robot.clickOn("#editTitles");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<kr.roundtable.model.TitleLevels.Level> table =
                robot.lookup("#titleLevels").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TextField newTitle = robot.lookup(".dialog-pane .text-field").nth(0)
                .queryAs(javafx.scene.control.TextField.class);
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(newTitle.getScene().getWindow());
        javafx.scene.control.TextField newLevel = robot.lookup(".dialog-pane .text-field").nth(1)
                .queryAs(javafx.scene.control.TextField.class);
        typeInto(robot, newTitle, "본부장");
        typeInto(robot, newLevel, "15");
        robot.clickOn("#addTitle");
        robot.targetWindow(main);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, new SeatingService(app.repos).titleLevels().level("본부장"));
        assertTrue(table.getItems().stream().anyMatch(l -> l.title().equals("본부장") && l.level() == 15));
        robot.type(KeyCode.ESCAPE);
        @SuppressWarnings("unchecked")
        ListView<Precedence.Attendee> ranked = robot.lookup("#rankedList").queryAs(ListView.class);
        assertEquals("발표자 A", ranked.getItems().get(1).name(), "the 본부장 now ranks right after the chair");
    }
}
