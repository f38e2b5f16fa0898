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

        WaitForAsyncUtils.asyncFx(app::close).get();
        FxToolkit.cleanupStages();
        System.out.println("screenshots in " + out.toAbsolutePath());
        System.exit(0);
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
