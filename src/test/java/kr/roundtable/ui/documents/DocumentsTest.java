package kr.roundtable.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.stage.Stage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import kr.roundtable.ui.main.AppWindowFixture;
import kr.roundtable.ui.main.MainWindowHandle;

@ExtendWith(ApplicationExtension.class)
class DocumentsTest {
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

    /** Waits for the button of that text in a window that is showing (earlier tests leave hidden dialogs), clicks it. */
    void clickWhenShown(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot, text) != null);
        robot.clickOn(shown(robot, text));
    }

    static Node shown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.isVisible()).tryQuery().orElse(null);
    }

    @Test
    void minutesFromTheMeetingPageThenOpenTheFolder(FxRobot robot) throws Exception {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn(robot.lookup("#meetingTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "제16차".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#openMeeting");
        app.nextSaveFolder.set(dir);
        robot.clickOn("#documentsMenu").clickOn("회의록 (.docx)");
        Path expected = dir.resolve("제16차 디지털 국정과제 연속 현장 간담회 회의록.docx");
        clickWhenShown(robot, "폴더 열기");
        assertEquals(List.of(dir.toAbsolutePath()), app.opened);
        try (InputStream in = Files.newInputStream(expected); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().get(0).getText().startsWith("제16차 디지털 국정과제 연속 현장 간담회 회의록"));
        }
    }

    @Test
    void theRegisterOfEveryMeetingFromTheFollowUpsPageWithAFilter(FxRobot robot) throws Exception {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn("#navFollowUps");
        robot.clickOn("#statusInProgress"); // untick 추진중: only 예정 … 
        robot.clickOn("#statusDone");
        robot.clickOn("#statusNotFeasible");
        app.nextSaveFolder.set(dir);
        robot.clickOn("#exportRegisterAll");
        Path expected = dir.resolve("건의사항 처리현황.xlsx");
        clickWhenShown(robot, "파일 열기");
        assertEquals(List.of(expected), app.opened);
        try (InputStream in = Files.newInputStream(expected); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertEquals("총 5건", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue(),
                    "only the five 예정 follow-ups");
        }
    }

    @Test
    void cancellingALongRegisterClosesTheProgressAndLeavesNoFile(FxRobot robot) throws Exception {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        // a register long enough to cancel by hand: 80,000 remarks, each with a follow-up
        new kr.roundtable.service.GeneratorService(app.repos).generate(300, 40, 80_000, 11L, (p, d, t) -> { });
        kr.roundtable.storage.StorageTestAccess.update(app.repos.db(), "INSERT INTO follow_up (remark_id, department,"
                + " owner, due_date, due_text, status, result, updated_at) SELECT id, '반도체과', '김주무관', '2026-12-31',"
                + " NULL, 'PLANNED', NULL, '2026-11-21T10:00' FROM remark");
        robot.clickOn("#navFollowUps");
        app.nextSaveFolder.set(dir);
        robot.clickOn("#exportRegisterAll");
        Path expected = dir.resolve("건의사항 처리현황.xlsx");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "취소") != null);
        robot.clickOn(shown(robot, "취소"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportProgress").tryQuery()
                .map(n -> !n.getScene().getWindow().isShowing()).orElse(true));
        // the writer notices the interruption at its next row and removes its temporary file
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> registerFiles().isEmpty());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(shown(robot, "파일 열기"), "no \"saved\" message after a cancel");
        assertFalse(Files.exists(expected), "a cancelled register is not written");
        assertEquals(List.of(), registerFiles(), "and leaves no temporary file behind");
    }

    List<Path> registerFiles() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains("건의사항")).toList();
        }
    }

    @Test
    void minutesWithATemplateTheUserPicks(FxRobot robot) throws Exception {
        Path template = dir.resolve("우리부 서식.docx");
        try (var doc = new XWPFDocument(); var out = Files.newOutputStream(template)) {
            doc.createParagraph().createRun().setText("우리 부 회의록: {{title}}");
            doc.write(out);
        }
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn(robot.lookup("#meetingTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "제16차".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#openMeeting");
        app.nextChosenFile.set(template);
        app.nextSaveFolder.set(dir);
        robot.clickOn("#documentsMenu").clickOn("회의록 — 서식 고르기… (.docx)");
        clickWhenShown(robot, "확인");
        try (InputStream in = Files.newInputStream(dir.resolve("제16차 디지털 국정과제 연속 현장 간담회 회의록.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("우리 부 회의록: 제16차 디지털 국정과제 연속 현장 간담회", doc.getParagraphs().get(0).getText());
        }
    }
}
