package kr.roundtable.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
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
import kr.roundtable.model.Disposition;
import kr.roundtable.model.DueDates;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkDraft;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.Side;
import kr.roundtable.service.CaptureService;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.RosterService;
import kr.roundtable.storage.StorageTestAccess;
import kr.roundtable.ui.main.AppWindowFixture;
import kr.roundtable.ui.main.MainWindowHandle;

/** A whole meeting driven from the keyboard, as a secretary runs it. */
@ExtendWith(ApplicationExtension.class)
class ConsoleTest {
    @TempDir
    Path dir;
    AppWindowFixture app;
    long meetingId;

    @Start
    void start(Stage stage) {
        app = new AppWindowFixture(stage, dir, false);
        MeetingService meetings = new MeetingService(app.repos);
        RosterService roster = new RosterService(app.repos);
        InvitationService invitations = new InvitationService(app.repos);
        Meeting m = meetings.save(new Meeting(0, null, null, "수출기업 현장 간담회", MeetingKind.ROUNDTABLE,
                LocalDate.now(), LocalTime.of(14, 0), LocalTime.of(16, 0), "정부세종청사", List.of(), List.of(), null,
                null, MeetingStatus.PREPARING), "수출 현장 간담회");
        meetingId = m.id();
        String[][] people = {{"박차관", "산업통상자원부", "차관"}, {"김대표", "한빛테크", "대표이사"}, {"이사장", "미래정밀", "사장"},
                {"최이사", "누리바이오", "이사"}, {"정본부장", "한국무역협회", "본부장"}};
        for (String[] p : people) {
            long id = roster.save(new Person(0, p[0], null, null, p[2], null, null, null, null, null), p[1],
                    p[1].endsWith("부") ? OrganizationKind.MINISTRY : OrganizationKind.SME).person().id();
            invitations.invite(meetingId, id, p[1].endsWith("부") ? Side.GOVERNMENT : Side.COMPANY,
                    p[0].equals("박차관") ? ParticipantRole.CHAIR : ParticipantRole.ATTENDEE);
        }
        meetings.saveAgendaItem(AgendaItem.of(meetingId, 0, "인사말씀", 5));
        meetings.saveAgendaItem(AgendaItem.of(meetingId, 0, "수출 애로 청취", 60));
        app.window.model().meetingList().refresh();
    }

    @AfterEach
    void close() {
        app.close();
    }

    void waitUntil(Supplier<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    List<Remark> stored() {
        return app.repos.db().read(() -> app.repos.remarks().ofMeeting(meetingId));
    }

    TextArea capture(FxRobot robot) {
        return robot.lookup("#captureText").queryAs(TextArea.class);
    }

    void startConsole(FxRobot robot) {
        MainWindowHandle list = new MainWindowHandle(robot).waitForMeetingRows(1);
        robot.clickOn(robot.lookup("#meetingTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "수출기업 현장 간담회".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#startMeeting");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.isShown("liveConsole"));
    }

    /** F2, part of a name, Enter; Alt+kind; F3, category; the text; Enter. */
    void say(FxRobot robot, String speaker, int kind, String category, String text) {
        int before = stored().size();
        robot.type(KeyCode.F2).write(speaker).type(KeyCode.ENTER);
        robot.press(KeyCode.ALT, digit(kind)).release(digit(kind), KeyCode.ALT);
        if (category != null) {
            robot.type(KeyCode.F3).write(category).type(KeyCode.ENTER);
        }
        robot.write(text).type(KeyCode.ENTER);
        waitUntil(() -> stored().size() == before + 1, "the remark \"" + text + "\" saved");
        WaitForAsyncUtils.waitForFxEvents();
    }

    static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }

    void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWholeMeetingByKeyboard(FxRobot robot) {
        startConsole(robot);
        assertEquals(MeetingStatus.IN_PROGRESS, new MeetingService(app.repos).meeting(meetingId).status());

        // check-in: 박차관, 김대표, 이사장 present; 최이사 absent; 정본부장 sends a substitute
        ctrl(robot, KeyCode.I);
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2).type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().map(Node::isFocused).orElse(false),
                "the substitute dialog");
        javafx.stage.Window main = robot.targetWindow();
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow()); // headless: type into it
        robot.write("정대리").type(KeyCode.ENTER);
        robot.targetWindow(main);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        List<Invitee> invitees = new InvitationService(app.repos).invitees(meetingId);
        assertEquals(List.of(Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.DECLINED,
                Attendance.SUBSTITUTE), invitees.stream().map(i -> i.participant().attendance()).toList(),
                robot.lookup("#consoleNotice").queryAs(Label.class).getText());
        assertEquals("정대리", invitees.get(4).substituteName());
        assertEquals("참석 4명 / 초청 5명", robot.lookup("#checkInSummary").queryAs(Label.class).getText());

        // ten remarks of several kinds from several speakers, in Korean
        say(robot, "박차", 5, null, "바쁘신 중에 참석해 주셔서 감사합니다.");
        ctrl(robot, KeyCode.RIGHT); // 수출 애로 청취
        say(robot, "김대", 1, "인증", "해외 인증 비용이 너무 커서 수출 초기 부담이 큽니다.");
        say(robot, "김대", 2, "자금", "수출 바우처 한도를 늘려 주십시오.");
        say(robot, "ㅇㅅㅈ", 2, "규제", "실증 특례 기간을 2년에서 4년으로 늘려 주십시오.");
        say(robot, "미래", 4, null, "R&D 과제 정산 기준은 언제 바뀝니까?");
        say(robot, "정대", 3, "판로", "공공조달 혁신제품 지정 절차를 간소화하면 좋겠습니다.");
        say(robot, "정대", 1, "인력", "숙련 인력을 구하기 어렵습니다.");
        say(robot, "한빛", 5, null, "부처 간 협업 창구가 하나였으면 합니다.");
        say(robot, "박차", 5, null, "말씀하신 내용은 관계부처와 협의하겠습니다.");
        say(robot, "이사", 2, "세제", "연구개발 세액공제 요건을 명확히 해 주십시오.");
        List<Remark> remarks = stored();
        assertEquals(10, remarks.size());
        assertEquals(List.of(RemarkKind.OPINION, RemarkKind.DIFFICULTY, RemarkKind.REQUEST, RemarkKind.REQUEST,
                RemarkKind.QUESTION, RemarkKind.PROPOSAL, RemarkKind.DIFFICULTY, RemarkKind.OPINION,
                RemarkKind.OPINION, RemarkKind.REQUEST), remarks.stream().map(Remark::kind).toList());
        List<AgendaItem> agenda = new MeetingService(app.repos).agenda(meetingId);
        assertEquals(agenda.get(0).id(), remarks.get(0).agendaItemId());
        assertEquals(agenda.get(1).id(), remarks.get(1).agendaItemId());
        assertEquals("실증 특례 기간을 2년에서 4년으로 늘려 주십시오.", remarks.get(3).text());
        assertEquals("", capture(robot).getText());

        // answer the newest remark (세액공제) with a disposition
        ctrl(robot, KeyCode.DOWN);
        ctrl(robot, KeyCode.R);
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT); // 일부수용
        robot.write("요건을 고시로 명확히 하겠습니다.").type(KeyCode.ENTER);
        waitUntil(() -> stored().stream().anyMatch(r -> r.kind() == RemarkKind.ANSWER), "the answer");
        Remark answer = stored().stream().filter(r -> r.kind() == RemarkKind.ANSWER).findFirst().orElseThrow();
        assertEquals(Disposition.PARTIALLY_ACCEPTED, answer.disposition());
        assertEquals(remarks.get(9).id(), answer.replyToId());

        // two follow-ups: one due "6월까지", one due a date
        ctrl(robot, KeyCode.R); // answer panel opens on the same remark; leave it
        robot.type(KeyCode.ESCAPE);
        ctrl(robot, KeyCode.F);
        robot.write("조세정책과").type(KeyCode.TAB).write("김사무관").type(KeyCode.TAB).write("6월까지").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.DOWN); // the remark spoken before it
        ctrl(robot, KeyCode.F); // the last department used is suggested, selected, and replaced by typing
        robot.write("수출지원과").type(KeyCode.TAB).type(KeyCode.TAB)
                .write("2027-03-31").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<FollowUp> followUps = app.repos.db().read(() -> app.repos.followUps().ofMeeting(meetingId));
        assertEquals(List.of("조세정책과|김사무관|6월까지|" + DueDates.parse("6월까지", LocalDate.now()).orElseThrow(),
                "수출지원과|null|2027-03-31|2027-03-31"), followUps.stream()
                .map(f -> f.department() + "|" + f.owner() + "|" + f.dueText() + "|" + f.dueDate()).toList());

        // delete a remark and take the delete back
        ctrl(robot, KeyCode.DOWN);
        int before = stored().size();
        ctrl(robot, KeyCode.DELETE);
        waitUntil(() -> stored().size() == before - 1, "the delete");
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> stored().size() == before, "the undo");

        // back to the first agenda item and forward again; times are recorded
        ctrl(robot, KeyCode.LEFT);
        ctrl(robot, KeyCode.RIGHT);
        agenda = new MeetingService(app.repos).agenda(meetingId);
        assertTrue(agenda.get(0).actualStart() != null && agenda.get(0).actualEnd() != null);

        // close: unanswered remarks become follow-ups
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MeetingStatus.CLOSED, new MeetingService(app.repos).meeting(meetingId).status());
        long withoutAnswerOrFollowUp = app.repos.db().read(() -> app.repos.remarks().unanswered(meetingId)).size();
        assertEquals(0, withoutAnswerOrFollowUp);
    }

    @Test
    void aFollowUpTakesTwoKeystrokesWithTheSuggestedDepartment(FxRobot robot) {
        startConsole(robot);
        say(robot, "김대", 2, "규제", "샌드박스 심사 기간을 줄여 주십시오.");
        say(robot, "이사", 2, null, "실증 장소를 찾기 어렵습니다.");
        ctrl(robot, KeyCode.DOWN);
        ctrl(robot, KeyCode.F);
        robot.write("규제혁신과").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.DOWN);
        ctrl(robot, KeyCode.F);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<FollowUp> made = app.repos.db().read(() -> app.repos.followUps().ofMeeting(meetingId));
        assertEquals(List.of("규제혁신과", "규제혁신과"), made.stream().map(FollowUp::department).toList());
        assertEquals(2, made.stream().map(FollowUp::remarkId).distinct().count());
    }

    @Test
    void anEnterThatCommitsACompositionSavesTheWholeWord(FxRobot robot) {
        startConsole(robot);
        TextArea text = capture(robot);
        robot.write("수출 바우처 확대를 건의합니");
        robot.interact(() -> text.fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new InputMethodTextRun("다", InputMethodHighlight.UNSELECTED_RAW)), "", 1)));
        robot.type(KeyCode.ENTER); // the Enter arrives while 다 is still being composed
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stored().isEmpty(), "nothing saved before the composition is committed");
        robot.interact(() -> text.fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), "다", 0)));
        waitUntil(() -> stored().size() == 1, "the saved remark");
        assertEquals("수출 바우처 확대를 건의합니다", stored().get(0).text());
    }

    @Test
    void shiftEnterBreaksTheLineAndEnterSaves(FxRobot robot) {
        startConsole(robot);
        robot.write("첫째 줄");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("둘째 줄").type(KeyCode.ENTER);
        waitUntil(() -> stored().size() == 1, "the saved remark");
        assertEquals("첫째 줄\n둘째 줄", stored().get(0).text());
    }

    @Test
    void whenTheDatabaseRefusesWritesTheTextStaysAndIsSavedOnceItAccepts(FxRobot robot) {
        startConsole(robot);
        StorageTestAccess.setReadOnly(app.repos.db(), true);
        robot.write("디스크가 가득 차도 이 문장은 사라지지 않습니다.").type(KeyCode.ENTER);
        Label warning = robot.lookup("#saveWarning").queryAs(Label.class);
        waitUntil(warning::isVisible, "the warning");
        assertTrue(warning.getText().startsWith("발언을 저장하지 못했습니다"), warning.getText());
        assertEquals("디스크가 가득 차도 이 문장은 사라지지 않습니다.", capture(robot).getText());
        assertTrue(stored().isEmpty());

        StorageTestAccess.setReadOnly(app.repos.db(), false);
        waitUntil(() -> stored().size() == 1, "the retry to save it");
        waitUntil(() -> !warning.isVisible(), "the warning to go");
        assertEquals("디스크가 가득 차도 이 문장은 사라지지 않습니다.", stored().get(0).text());
        assertEquals("", capture(robot).getText());
    }

    @Test
    void theDraftIsStoredAfterTypingStopsAndRestoredWithANotice(FxRobot robot) {
        startConsole(robot);
        robot.type(KeyCode.F2).write("김대").type(KeyCode.ENTER);
        robot.write("저장하기 전에 정전이 나도");
        CaptureService capture = new CaptureService(app.repos, java.time.Clock.systemDefaultZone());
        waitUntil(() -> capture.draft(meetingId).map(RemarkDraft::text).orElse("").equals("저장하기 전에 정전이 나도"),
                "the draft within a second");
        assertEquals("김대표", new InvitationService(app.repos).invitees(meetingId).stream()
                .filter(i -> capture.draft(meetingId).orElseThrow().speakerId() == i.participant().id())
                .findFirst().orElseThrow().name());

        robot.clickOn("#consoleBack");
        startConsole(robot);
        assertEquals("저장하기 전에 정전이 나도", capture(robot).getText());
        assertTrue(robot.lookup("#consoleNotice").queryAs(Label.class).getText().startsWith("저장되지 않았던 입력 내용"));
        assertTrue(robot.lookup("#currentSpeaker").queryAs(Label.class).getText().startsWith("김대표"));
    }

    @Test
    void transcriptIsGroupedByAgendaItemAndFiltersByKind(FxRobot robot) {
        startConsole(robot);
        say(robot, "박차", 5, null, "인사말씀입니다.");
        ctrl(robot, KeyCode.RIGHT);
        say(robot, "김대", 2, null, "건의 하나");
        say(robot, "이사", 1, null, "애로 하나");
        @SuppressWarnings("unchecked")
        ListView<ConsoleRow> transcript = robot.lookup("#transcript").queryAs(ListView.class);
        assertEquals(List.of("H 수출 애로 청취", "애로 하나", "건의 하나", "H 인사말씀", "인사말씀입니다."),
                transcript.getItems().stream().map(ConsoleTest::describe).toList());
        robot.interact(() -> robot.lookup("#filterKind").queryComboBox().getSelectionModel().select(2)); // 건의
        assertEquals(List.of("H 수출 애로 청취", "건의 하나"), transcript.getItems().stream().map(ConsoleTest::describe)
                .toList());
        assertFalse(transcript.getItems().isEmpty());
    }

    static String describe(ConsoleRow row) {
        return row instanceof ConsoleRow.Heading h ? "H " + h.item().title()
                : ((ConsoleRow.Entry) row).item().remark().text();
    }
}
