package kr.roundtable.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kr.roundtable.testutil.AttendeeFiles;
import kr.roundtable.ui.main.AppWindowFixture;

/**
 * Walks through the screens like a user, in a real window, and saves a picture of each for the guides. Run under a
 * display (Xvfb works), not headless:
 *
 * <pre>xvfb-run -a -s "-screen 0 1280x900x24" mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=kr.roundtable.docs.ScreenshotTour -Dexec.args=docs/images</pre>
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "docs/images"));
        Path data = Files.createTempDirectory("roundtable-tour");
        Stage stage = FxToolkit.registerPrimaryStage();
        AppWindowFixture app = WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(820);
            return new AppWindowFixture(stage, data, true);
        }).get();
        FxRobot robot = new FxRobot();
        settle();

        robot.clickOn("#navPeople");
        robot.clickOn("#rosterSearch").write("기업인");
        settle();
        robot.clickOn(cell(robot, "#peopleTable", "기업인 E"));
        settle();
        shoot(stage.getScene(), out.resolve("roster-search.png"));
        robot.clickOn("#rosterSearch").push(KeyCode.CONTROL, KeyCode.A).write("ㄱㅇㅇ");
        settle();
        shoot(stage.getScene(), out.resolve("roster-initials.png"));

        app.nextChosenFile.set(AttendeeFiles.ministryXlsx(data));
        robot.clickOn("#importPeople");
        settle();
        Window preview = robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                .orElseThrow();
        shoot(preview.getScene(), out.resolve("import-preview.png"));
        robot.clickOn("#importApply");
        robot.clickOn("확인");

        robot.clickOn("#navMeetings");
        settle();
        robot.clickOn(cell(robot, "#meetingTable", "제16차"));
        robot.clickOn("#openMeeting");
        settle();
        shoot(stage.getScene(), out.resolve("meeting-editor.png"));
        robot.clickOn("#tabParticipants");
        robot.clickOn(cell(robot, "#participantTable", "기업인 A"));
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT3);
        robot.clickOn("#inviteSearch").write("홍길동");
        settle();
        shoot(stage.getScene(), out.resolve("meeting-participants.png"));
        robot.clickOn("#tabAgenda");
        settle();
        shoot(stage.getScene(), out.resolve("meeting-agenda.png"));

        // the live console, mid-meeting
        robot.clickOn("#backToMeetings");
        settle();
        robot.clickOn(cell(robot, "#meetingTable", "제16차"));
        robot.clickOn("#startMeeting");
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        String[][] remarks = {
                {"기업인 A", "2", "수출", "MOU 이후 현지 법인 설립 절차에 대한 안내가 필요합니다."},
                {"기업인 C", "1", "인증", "중동 지역 인증을 따로 받느라 6개월이 걸렸습니다."},
                {"발표자", "5", null, "수출 개척단 참가 기업을 상반기에 추가 모집할 예정입니다."},
                {"기업인 D", "2", "자금", "투융자 지원 심사 기간을 단축해 주십시오."},
                {"기업인 B", "4", null, "해외거점 입주 기업 선정 기준은 어떻게 됩니까?"},
                {"기업인 A", "3", "판로", "대기업 플랫폼과 동반 진출하는 사업을 늘려 주십시오."},
                {"관계자", "5", null, "본투글로벌센터 컨설팅을 수시로 신청할 수 있도록 하겠습니다."},
                {"기업인 C", "2", "인력", "현지 영업 인력 채용 비용을 지원해 주십시오."},
                {"박윤규", "5", null, "전담부서를 지정해 밀착 지원하겠습니다."},
                {"기업인 D", "1", "규제", "데이터 국외 이전 규제 때문에 현지 서비스 출시가 늦어지고 있습니다."},
                {"기업인 B", "2", "세제", "해외 법인 설립 비용에 대한 세액공제를 검토해 주십시오."}};
        for (String[] r : remarks) {
            robot.type(KeyCode.F2).write(r[0]).type(KeyCode.ENTER);
            robot.press(KeyCode.ALT, KeyCode.valueOf("DIGIT" + r[1])).release(KeyCode.valueOf("DIGIT" + r[1]),
                    KeyCode.ALT);
            if (r[2] != null) {
                robot.type(KeyCode.F3).write(r[2]).type(KeyCode.ENTER);
            }
            robot.write(r[3]).type(KeyCode.ENTER);
            settle();
        }
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        robot.write("관계부처와 세제 지원 방안을 검토하겠습니다.").type(KeyCode.ENTER);
        settle();
        robot.write("현지 인증 상호인정 협의 현황도 알려 주시면 좋겠습니다");
        settle();
        shoot(stage.getScene(), out.resolve("console.png"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("기획재정부 조세정책과").type(KeyCode.TAB).write("김사무관").type(KeyCode.TAB).write("상반기");
        settle();
        shoot(stage.getScene(), out.resolve("console-follow-up.png"));
        robot.type(KeyCode.ENTER);
        settle();

        // seating: a meeting of 20, each layout
        long twenty = WaitForAsyncUtils.asyncFx(() -> seatingMeeting(app)).get();
        robot.clickOn("#consoleBack");
        settle();
        WaitForAsyncUtils.asyncFx(() -> app.window.model().meetingList().refresh()).get();
        settle();
        robot.clickOn(cell(robot, "#meetingTable", "반도체 수출기업 간담회"));
        robot.clickOn("#openMeeting");
        robot.clickOn("#tabSeating");
        settle();
        for (kr.roundtable.model.SeatingLayout layout : kr.roundtable.model.SeatingLayout.values()) {
            WaitForAsyncUtils.asyncFx(() -> {
                robot.lookup("#seatingLayout").queryComboBox().getSelectionModel().select(layout);
                return null;
            }).get();
            robot.clickOn("#autoArrange");
            settle();
            shoot(stage.getScene(), out.resolve("seating-" + layout.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
        }
        robot.clickOn("#makeCaption");
        settle();
        shoot(stage.getScene(), out.resolve("seating-caption.png"));
        System.out.println("seating meeting " + twenty);

        WaitForAsyncUtils.asyncFx(app::close).get();
        FxToolkit.cleanupStages();
        System.out.println("screenshots in " + out.toAbsolutePath());
        System.exit(0);
    }

    /** A meeting of 20: the chair, 5 officials and 14 company representatives. */
    private static long seatingMeeting(AppWindowFixture app) {
        var meetings = new kr.roundtable.service.MeetingService(app.repos);
        var roster = new kr.roundtable.service.RosterService(app.repos);
        var invitations = new kr.roundtable.service.InvitationService(app.repos);
        long id = meetings.save(kr.roundtable.model.Meeting.draft("반도체 수출기업 간담회", java.time.LocalDate.of(2026,
                12, 3)), "반도체 현장 간담회").id();
        String[][] gov = {{"정차관", "차관"}, {"한실장", "실장"}, {"오국장", "국장"}, {"서국장", "국장"}, {"문과장", "과장"},
                {"배과장", "과장"}};
        for (int i = 0; i < gov.length; i++) {
            long p = roster.save(kr.roundtable.model.Person.of(gov[i][0], null, gov[i][1]), "산업통상자원부",
                    kr.roundtable.model.OrganizationKind.MINISTRY).person().id();
            invitations.invite(id, p, kr.roundtable.model.Side.GOVERNMENT, i == 0
                    ? kr.roundtable.model.ParticipantRole.CHAIR : kr.roundtable.model.ParticipantRole.ATTENDEE);
        }
        String[] titles = {"회장", "대표이사", "대표이사", "사장", "부사장", "전무", "전무", "상무", "상무", "이사", "이사", "본부장",
                "팀장", "팀장"};
        String[] companies = {"한국반도체산업협회", "한빛반도체", "미래정밀", "누리소재", "가온테크", "새솔장비", "다온케미칼", "세움전자",
                "나래시스템", "으뜸부품", "해오름소재", "늘봄테크", "푸른반도체", "한결정밀"};
        String[] names = {"강민준", "김서연", "이도윤", "박하은", "최지호", "정수아", "윤현우", "장서진", "임예준", "한지민", "오승현",
                "서유나", "신태윤", "권나윤"};
        for (int i = 0; i < names.length; i++) {
            long p = roster.save(kr.roundtable.model.Person.of(names[i], null, titles[i]), companies[i],
                    i == 0 ? kr.roundtable.model.OrganizationKind.ASSOCIATION : kr.roundtable.model.OrganizationKind.SME)
                    .person().id();
            invitations.invite(id, p, kr.roundtable.model.Side.COMPANY, kr.roundtable.model.ParticipantRole.ATTENDEE);
        }
        return id;
    }

    private static Node cell(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                text.equals(c.getText())).queryAs(Node.class);
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        System.out.println("wrote " + file);
    }
}
