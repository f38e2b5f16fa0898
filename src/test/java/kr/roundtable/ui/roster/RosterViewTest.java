package kr.roundtable.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import kr.roundtable.model.ImportField;
import kr.roundtable.model.ImportRow;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Person;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.service.RosterService;
import kr.roundtable.testutil.AttendeeFiles;
import kr.roundtable.ui.main.AppWindowFixture;

@ExtendWith(ApplicationExtension.class)
class RosterViewTest {
    @TempDir
    Path dir;
    AppWindowFixture app;

    @Start
    void start(Stage stage) {
        app = new AppWindowFixture(stage, dir, true);
        RosterService roster = new RosterService(app.repos);
        roster.save(new Person(0, "홍길동", null, "수출지원팀", "본부장", null, "010-1234-5678", null, null, null),
                "한국무역협회", OrganizationKind.ASSOCIATION);
        roster.save(new Person(0, "김인력", null, "인력정책과", "과장", null, null, null, null, null), "고용노동부",
                OrganizationKind.MINISTRY);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void searchingByInitialsAndByATwoSyllableWordFindsThePerson(FxRobot robot) {
        RosterHandle roster = new RosterHandle(robot).open();
        roster.waitUntil(() -> roster.names().size() == 20, "the whole roster");
        roster.search("ㅎㄱㄷ");
        roster.waitUntil(() -> roster.names().equals(List.of("홍길동")), "ㅎㄱㄷ → 홍길동");
        roster.search("수출");
        roster.waitUntil(() -> roster.names().equals(List.of("홍길동")), "수출 → 홍길동");
        roster.search("인력");
        roster.waitUntil(() -> roster.names().equals(List.of("김인력")), "인력 → 김인력");
        assertEquals("1명", robot.lookup("#rosterResultInfo").queryAs(Label.class).getText());
    }

    @Test
    void selectingAPersonShowsTheFormAndTheirHistory(FxRobot robot) {
        RosterHandle roster = new RosterHandle(robot).open();
        roster.search("이종호");
        roster.waitUntil(() -> roster.names().equals(List.of("이종호")), "이종호");
        roster.clickRow("이종호");
        @SuppressWarnings("unchecked")
        ListView<Object> meetings = robot.lookup("#historyMeetings").queryAs(ListView.class);
        roster.waitUntil(() -> meetings.getItems().size() == 1, "history");
        assertEquals("과학기술정보통신부", robot.lookup("#personOrganization").queryAs(ComboBox.class).getEditor()
                .getText());
        assertTrue(robot.lookup("#historyMeetings .list-cell").queryAll().stream()
                .anyMatch(c -> String.valueOf(((javafx.scene.control.Labeled) c).getText()).contains("주재")));
    }

    @Test
    void mergingTwoRecordsLeavesOneWithBothHistories(FxRobot robot) {
        new RosterService(app.repos).save(new Person(0, "홍길동", null, null, null, null, null, "hong@kita.example",
                null, null), "한국무역협회 ", OrganizationKind.ASSOCIATION);
        RosterHandle roster = new RosterHandle(robot).open();
        roster.search("홍길동");
        roster.waitUntil(() -> roster.names().equals(List.of("홍길동", "홍길동")), "two 홍길동");
        roster.selectRows(0, 1);
        robot.clickOn("#mergePeople");
        robot.clickOn("확인");
        robot.clickOn("예");
        roster.waitUntil(() -> roster.names().size() == 1, "one 홍길동 after the merge");
        RosterEntry merged = roster.table().getItems().get(0);
        assertEquals("010-1234-5678", merged.person().phone());
        assertEquals("hong@kita.example", merged.person().email());
        assertTrue(roster.status().contains("합쳤습니다"), roster.status());
    }

    @Test
    void importingAListShowsThePreviewThenAddsThePeople(FxRobot robot) throws Exception {
        app.nextChosenFile.set(AttendeeFiles.ministryXlsx(dir));
        RosterHandle roster = new RosterHandle(robot).open();
        robot.clickOn("#importPeople");
        WaitForAsyncUtils.waitForFxEvents();

        List<ImportRow> rows = roster.importRows().getItems();
        assertEquals(List.of("홍길동 UPDATE", "김철수 NEW", "이영희 NEW"), rows.stream()
                .map(r -> r.value(ImportField.NAME) + " " + r.status()).toList());
        assertEquals("새 인물 2명 · 갱신 1명 · 오류 0행", roster.importSummary());
        assertEquals("010-9876-5432", rows.get(1).value(ImportField.PHONE));
        assertEquals(4, (int) robot.lookup("#importHeaderRow").queryAs(javafx.scene.control.Spinner.class).getValue());
        assertFalse(robot.lookup("#importApply").queryAs(Button.class).isDisabled());

        robot.clickOn("#importApply");
        robot.clickOn("확인");
        roster.search("ㄱㅊㅅ");
        roster.waitUntil(() -> roster.names().equals(List.of("김철수")), "the imported 김철수");
        assertEquals("베어로보틱스", roster.table().getItems().get(0).organizationName());
    }

    @Test
    void aListWithBadRowsCannotBeImported(FxRobot robot) throws Exception {
        app.nextChosenFile.set(AttendeeFiles.csv(dir, "bad.csv", "성명,소속,이메일\n홍길동,네이버,메일아님\n",
                java.nio.charset.StandardCharsets.UTF_8, false));
        RosterHandle roster = new RosterHandle(robot).open();
        robot.clickOn("#importPeople");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("새 인물 0명 · 갱신 0명 · 오류 1행", roster.importSummary());
        assertTrue(robot.lookup("#importApply").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup(".table-row-cell .table-cell").queryAll().stream()
                .anyMatch(c -> "이메일 형식이 아닙니다: 메일아님".equals(((javafx.scene.control.Labeled) c).getText())));
    }

    @Test
    void deletingAPersonCanBeUndoneWithCtrlZ(FxRobot robot) {
        RosterHandle roster = new RosterHandle(robot).open();
        roster.search("김인력");
        roster.waitUntil(() -> roster.names().equals(List.of("김인력")), "김인력");
        roster.clickRow("김인력");
        robot.clickOn("#deletePerson");
        robot.clickOn("예");
        roster.search("김인력");
        roster.waitUntil(() -> roster.names().isEmpty(), "김인력 gone");
        robot.clickOn("#peopleTable");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        roster.search("김인력");
        roster.waitUntil(() -> roster.names().equals(List.of("김인력")), "김인력 back");
    }
}
