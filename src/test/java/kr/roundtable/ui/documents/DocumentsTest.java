package kr.roundtable.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void minutesFromTheMeetingPageThenOpenTheFolder(FxRobot robot) throws Exception {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn(robot.lookup("#meetingTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "제16차".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#openMeeting");
        app.nextSaveFolder.set(dir);
        robot.clickOn("#documentsMenu").clickOn("회의록 (.docx)");
        Path expected = dir.resolve("제16차 디지털 국정과제 연속 현장 간담회 회의록.docx");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("폴더 열기").tryQuery().isPresent());
        robot.clickOn("폴더 열기");
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
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("파일 열기").tryQuery().isPresent());
        robot.clickOn("파일 열기");
        assertEquals(List.of(expected), app.opened);
        try (InputStream in = Files.newInputStream(expected); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertEquals("총 5건", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue(),
                    "only the five 예정 follow-ups");
        }
    }
}
