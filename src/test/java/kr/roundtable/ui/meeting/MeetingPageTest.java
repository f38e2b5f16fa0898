package kr.roundtable.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.service.MeetingService;
import kr.roundtable.ui.main.AppWindowFixture;
import kr.roundtable.ui.main.MainWindowHandle;

@ExtendWith(ApplicationExtension.class)
class MeetingPageTest {
    @TempDir
    Path dir;
    AppWindowFixture app;

    @Start
    void start(Stage stage) {
        app = new AppWindowFixture(stage, dir, true);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void clickRow(FxRobot robot, String tableId, String text) {
        robot.clickOn(robot.lookup("#" + tableId + " .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                text.equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    @Test
    void nextMeetingOfASeriesIsCreatedWithTheNextNumberAndTheSameList(FxRobot robot) {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        clickRow(robot, "meetingTable", "제16차");
        robot.clickOn("#nextMeeting");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("17", robot.lookup("#meetingOrdinal").queryAs(TextField.class).getText());
        assertEquals("디지털 국정과제 연속 현장 간담회", label(robot, "meetingHeading"));
        robot.clickOn("#tabParticipants");
        TableView<Invitee> participants = table(robot, "participantTable");
        assertEquals(7, participants.getItems().size());
        assertTrue(participants.getItems().stream().allMatch(i -> i.participant().attendance() == Attendance.INVITED));
        assertTrue(label(robot, "attendanceSummary").startsWith("총 7명"), label(robot, "attendanceSummary"));
        robot.clickOn("#tabAgenda");
        List<String> agenda = this.<AgendaItem>table(robot, "agendaTable").getItems().stream().map(AgendaItem::title)
                .toList();
        assertEquals("지난 회의 건의사항 처리결과", agenda.get(0), "the 16th left follow-ups open");

        robot.clickOn("#backToMeetings");
        MainWindowHandle list = new MainWindowHandle(robot).waitForMeetingRows(4);
        assertTrue(list.column(1).contains("제17차"));
    }

    @Test
    void agendaIsReorderedByKeyboard(FxRobot robot) {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        clickRow(robot, "meetingTable", "2019년 제1차 정책협의회");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#tabAgenda");
        clickRow(robot, "agendaTable", "수출마케팅 강화");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> expected = List.of("중소·중견기업 연구개발(R&D) 연계", "스마트공장 확산", "수출마케팅 강화", "규제자유특구 활용",
                "제조업 창업 활성화");
        assertEquals(expected, this.<AgendaItem>table(robot, "agendaTable").getItems().stream().map(AgendaItem::title)
                .toList());
        long id = new MeetingService(app.repos).meetings().stream().filter(m -> m.title().startsWith("2019"))
                .findFirst().map(MeetingSummary::id).orElseThrow();
        assertEquals(expected, new MeetingService(app.repos).agenda(id).stream().map(AgendaItem::title).toList(),
                "stored in the new order");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("수출마케팅 강화", this.<AgendaItem>table(robot, "agendaTable").getItems().get(1).title());
    }

    @Test
    void agendaOverrunningTheSlotIsShownAsAWarning(FxRobot robot) {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        clickRow(robot, "meetingTable", "2019년 제1차 정책협의회");
        robot.clickOn("#openMeeting");
        robot.clickOn("#tabAgenda");
        assertEquals("계획 100분 / 회의 시간 120분", label(robot, "agendaTotal"));
        robot.clickOn("#agendaNewTitle").write("자유토론");
        robot.clickOn("#agendaNewMinutes").write("40");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("계획 140분 / 회의 시간 120분 — 20분 초과", label(robot, "agendaTotal"));
        assertTrue(robot.lookup("#agendaTotal").queryAs(Label.class).getStyleClass().contains("warning"));
    }

    @Test
    void newMeetingNeedsATitleAndGetsTheSeriesNextNumber(FxRobot robot) throws Exception {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn("#newMeeting");
        robot.clickOn("#saveMeeting");
        assertEquals("간담회명을 입력하십시오.", label(robot, "meetingError"));
        robot.clickOn("#meetingSeries").write("중기부·산업부 정책협의회");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", robot.lookup("#meetingOrdinal").queryAs(TextField.class).getText());
        robot.clickOn("#meetingTitle").write("2019년 제2차 정책협의회");
        robot.clickOn("#meetingEnd").push(KeyCode.CONTROL, KeyCode.A).write("0900");
        robot.clickOn("#saveMeeting");
        assertEquals("끝나는 시각이 시작 시각보다 빠릅니다.", label(robot, "meetingError"));
        robot.clickOn("#meetingEnd").push(KeyCode.CONTROL, KeyCode.A).write("16:30");
        robot.clickOn("#saveMeeting");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "meetingError").isEmpty());
        assertEquals("2019년 제2차 정책협의회", label(robot, "meetingHeading"));
        assertTrue(new MeetingService(app.repos).meetings().stream()
                .anyMatch(m -> m.ordinal() != null && m.ordinal() == 2 && m.title().equals("2019년 제2차 정책협의회")));
    }

    @Test
    void invitingFromTheRosterAndMarkingAttendanceUpdatesTheSummary(FxRobot robot) {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn("#newMeeting");
        robot.clickOn("#meetingTitle").write("수출기업 현장 간담회");
        robot.clickOn("#saveMeeting");
        robot.clickOn("#tabParticipants");
        robot.clickOn("#inviteSearch").write("기업인");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Invitee> participants = table(robot, "participantTable");
        assertEquals(2, participants.getItems().size());
        assertEquals("2명을 초청했습니다.", label(robot, "inviteMessage"));

        robot.clickOn("#inviteSearch").push(KeyCode.CONTROL, KeyCode.A).write("0000-0004"); // 기업인 A's phone
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0명을 초청했습니다. 이미 초청된 사람: 기업인 A", label(robot, "inviteMessage"));

        clickRow(robot, "participantTable", participants.getItems().get(0).name());
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("총 2명 | 기업측 2 | 초청 0 · 참석확정 1 · 불참 1 · 참석 0 · 대리참석 0", label(robot, "attendanceSummary"));
    }
}
