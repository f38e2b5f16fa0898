package kr.roundtable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.BackupService;
import kr.roundtable.service.DemoDataService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.Repositories;
import kr.roundtable.service.SettingsService;
import kr.roundtable.storage.Backups;
import kr.roundtable.testutil.TestDatabase;
import kr.roundtable.ui.common.Background;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;
    Repositories repos;
    Background background;
    SettingsService settings;
    Stage stage;

    AppWindowFixture app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppWindowFixture(stage, dir, true);
        repos = app.repos;
        background = app.background;
        settings = new SettingsService(repos);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void meetingsListShowsTheDemoMeetingsNewestFirst(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        assertEquals(List.of("디지털 국정과제 연속 현장 간담회", "디지털 유니콘·스타트업 간담회", "2019년 제1차 정책협의회"), window.column(3));
        assertEquals(List.of("제16차", "", "제1차"), window.column(1));
        assertEquals(List.of("2023. 2. 8.(수)", "2022. 9. 18.(일)", "2019. 4. 22.(월)"), window.column(2));
        assertEquals(List.of("종료", "확정", "확정"), window.column(5));
        assertEquals("간담회 3건 표시 (전체 3건)", window.countText());
    }

    @Test
    void typingInTheFilterNarrowsTheList(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        window.filter("협의회");
        assertEquals(List.of("2019년 제1차 정책협의회"), window.column(3));
        assertEquals("간담회 1건 표시 (전체 3건)", window.countText());
        window.filter("실리콘밸리");
        assertEquals(List.of("디지털 유니콘·스타트업 간담회"), window.column(3));
        window.filter("");
        assertEquals(3, window.column(3).size());
    }

    @Test
    void clickingAColumnHeaderSortsInKoreanOrder(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        window.sortBy("간담회명");
        assertEquals(List.of("2019년 제1차 정책협의회", "디지털 국정과제 연속 현장 간담회", "디지털 유니콘·스타트업 간담회"), window.column(3));
        window.sortBy("일자");
        assertEquals(List.of("2019. 4. 22.(월)", "2022. 9. 18.(일)", "2023. 2. 8.(수)"), window.column(2));
    }

    @Test
    void navigationShowsEachAreaByClickAndByShortcut(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        window.navigate("navPeople");
        assertTrue(window.isShown("page-people"));
        assertTrue(window.navButton("navPeople").isSelected());
        assertFalse(window.isShown("meetingTable"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isShown("page-followUps"));

        window.navigate("navMeetings");
        assertTrue(window.isShown("meetingTable"));
        assertTrue(window.navButton("navMeetings").isSelected());
    }

    @Test
    void arrowKeysOnTheNavigationChangeThePageShown(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.clickOn("#navFollowUps");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.navButton("navSearch").isSelected());
        assertTrue(window.isShown("page-search"));
    }

    @Test
    void switchingToEnglishRelabelsTheWindowAndIsRemembered(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        window.menu("보기", "언어", "English");
        assertEquals("Meetings", window.navButton("navMeetings").getText());
        window.waitForMeetingRows(3);
        assertEquals(List.of("Series", "No.", "Date", "Title", "Venue", "Status"), window.columnHeaders());
        assertEquals(List.of("Closed", "Confirmed", "Confirmed"), window.column(5));
        assertEquals(Optional.of("en"), settings.language());

        window.menu("View", "Language", "한국어");
        assertEquals("간담회", window.navButton("navMeetings").getText());
        assertEquals(Optional.of("ko"), settings.language());
    }

    @Test
    void backupFromTheMenuWritesABackupAndSaysSo(FxRobot robot) throws Exception {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        window.menu("파일", "지금 백업");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.status().startsWith("백업했습니다"));
        assertEquals(1, new Backups(dir.resolve("backups")).list().size());
    }

    @Test
    void restoreFromTheMenuBringsBackTheBackupAfterConfirmation(FxRobot robot) throws Exception {
        MainWindowHandle window = new MainWindowHandle(robot).waitForMeetingRows(3);
        window.menu("파일", "지금 백업");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.status().startsWith("백업했습니다"));
        long meetingId = window.meetingTable().getItems().get(0).id();
        repos.db().write(() -> repos.meetings().delete(meetingId));
        assertEquals(2, new MeetingService(repos).meetings().size());

        window.menu("파일", "백업에서 복원…");
        robot.clickOn("확인");
        robot.clickOn("예");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.status().contains("복원했습니다"));
        assertEquals(3, new MeetingService(repos).meetings().size());
        window.waitForMeetingRows(3);
        assertEquals(2, new Backups(dir.resolve("backups")).list().size(), "the replaced data was backed up first");
    }

    @Test
    void closingTheWindowRemembersItsSizeAndPlace(FxRobot robot) {
        new MainWindowHandle(robot).waitForMeetingRows(3);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertEquals(Optional.of(new SettingsService.WindowGeometry(40, 30, 1000, 700, false)), settings.window());
        assertFalse(stage.isShowing());
    }
}
