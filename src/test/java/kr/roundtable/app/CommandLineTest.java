package kr.roundtable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.storage.InstanceLock;

/** The command line as a user types it: exit codes, what goes to stdout, and messages on stderr in Korean. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RoundtableCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void demoThenListMeetingsPrintsTheThreeMeetings() {
        Run demo = run("--data-dir", data(), "demo");
        assertEquals(0, demo.code(), demo.err());
        assertEquals("데모 데이터를 불러왔습니다: 간담회 3건", demo.out().strip());

        Run list = run("--data-dir", data(), "list", "meetings");
        assertEquals(0, list.code(), list.err());
        assertEquals(List.of(
                "1\t디지털 국정과제 연속 현장 간담회\t제16차\t2023-02-08\t디지털 국정과제 연속 현장 간담회",
                "3\t\t\t2022-09-18\t디지털 유니콘·스타트업 간담회",
                "2\t중기부·산업부 정책협의회\t제1차\t2019-04-22\t2019년 제1차 정책협의회"), list.lines());
    }

    @Test
    void demoIntoANonEmptyDatabaseFails() {
        run("--data-dir", data(), "demo");
        Run again = run("--data-dir", data(), "demo");
        assertEquals(ExitCode.FAILED, again.code());
        assertTrue(again.err().contains("비어 있지 않아"), again.err());
    }

    @Test
    void unknownListIsAUsageError() {
        run("--data-dir", data(), "demo");
        Run r = run("--data-dir", data(), "list", "cats");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("알 수 없는 목록"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("--no-such-option").code());
    }

    @Test
    void listOnAFolderWithoutDataSaysSo() {
        Run r = run("--data-dir", data(), "list", "meetings");
        assertEquals(ExitCode.DATABASE_PROBLEM, r.code());
        assertTrue(r.err().contains("아직 데이터가 없습니다"), r.err());
    }

    @Test
    void writingCommandIsRefusedWhileTheFolderIsLocked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        try (InstanceLock held = InstanceLock.tryAcquire(folder.resolve("roundtable.lock")).orElseThrow()) {
            Run r = run("--data-dir", data(), "demo");
            assertEquals(ExitCode.LOCKED, r.code());
            assertTrue(r.err().contains("이미 실행 중"), r.err());
            assertEquals(false, Files.exists(folder.resolve("roundtable.db")));
        }
    }

    @Test
    void readingCommandRunsWhileTheFolderIsLocked() throws Exception {
        run("--data-dir", data(), "demo");
        try (InstanceLock held = InstanceLock.tryAcquire(dir.resolve("data/roundtable.lock")).orElseThrow()) {
            Run r = run("--data-dir", data(), "list", "meetings");
            assertEquals(0, r.code(), r.err());
            assertEquals(3, r.lines().size());
        }
    }

    @Test
    void backupThenRestoreBringsBackTheBackedUpState() throws Exception {
        run("--data-dir", data(), "generate", "--people", "5", "--meetings", "1", "--remarks", "0");
        Run backup = run("--data-dir", data(), "backup");
        assertEquals(0, backup.code(), backup.err());
        Path file = Path.of(backup.out().strip().substring("백업했습니다: ".length()));
        assertTrue(Files.isRegularFile(file), file.toString());
        run("--data-dir", data(), "generate", "--people", "5", "--meetings", "1", "--remarks", "0");
        assertEquals(2, run("--data-dir", data(), "list", "meetings").lines().size());

        Run restore = run("--data-dir", data(), "restore", file.toString());

        assertEquals(0, restore.code(), restore.err());
        assertEquals(1, run("--data-dir", data(), "list", "meetings").lines().size());
    }

    @Test
    void restoringSomethingThatIsNotABackupIsRefused() throws Exception {
        run("--data-dir", data(), "demo");
        Path fake = Files.writeString(dir.resolve("메모.txt"), "백업이 아닙니다");
        Run r = run("--data-dir", data(), "restore", fake.toString());
        assertEquals(ExitCode.DATABASE_PROBLEM, r.code());
        assertTrue(r.err().contains("데이터베이스가 아닙니다"), r.err());
        assertEquals(3, run("--data-dir", data(), "list", "meetings").lines().size());
    }

    @Test
    void restoringAMissingFileFails() {
        run("--data-dir", data(), "demo");
        Run r = run("--data-dir", data(), "restore", dir.resolve("없는파일.db").toString());
        assertEquals(ExitCode.FAILED, r.code());
        assertTrue(r.err().contains("백업 파일이 없습니다"), r.err());
    }

    @Test
    void generateReportsProgressAndTotals() {
        Run r = run("--data-dir", data(), "generate", "--people", "6000", "--meetings", "3", "--remarks", "10");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().contains("인물 5,000/6,000"), r.out());
        assertTrue(r.lines().get(r.lines().size() - 1).startsWith("생성 완료: 인물 6,000명, 간담회 3건, 발언 10건"), r.out());
    }

    @Test
    void generateWithImpossibleCountsIsAUsageError() {
        Run r = run("--data-dir", data(), "generate", "--people", "0");
        assertEquals(ExitCode.USAGE, r.code());
    }

    @Test
    void damagedDatabaseIsReportedWithoutBeingTouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        byte[] junk = "SQLite format 3\0 그러나 나머지는 쓰레기".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("roundtable.db"), junk);
        Run r = run("--data-dir", data(), "demo");
        assertEquals(ExitCode.DATABASE_PROBLEM, r.code());
        assertEquals(List.of(junk.length), List.of(Files.readAllBytes(folder.resolve("roundtable.db")).length));
    }

    @Test
    void exportFollowUpsWritesTheRegister() throws Exception {
        run("--data-dir", data(), "demo");
        Path out = dir.resolve("처리현황.xlsx");
        Run r = run("--data-dir", data(), "export", "followups", "--all", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("저장했습니다: " + out + " (10건)", r.out().strip());
        assertTrue(Files.size(out) > 0);
        Run planned = run("--data-dir", data(), "export", "followups", "--all", "--status", "PLANNED", "--out",
                out.toString());
        assertTrue(planned.out().strip().endsWith("(5건)"), planned.out());
        Run series = run("--data-dir", data(), "export", "followups", "--series", "중기부·산업부 정책협의회", "--out",
                out.toString());
        assertTrue(series.out().strip().endsWith("(5건)"), series.out());
    }

    @Test
    void exportRefusesWhatItCannotDo() {
        run("--data-dir", data(), "demo");
        String out = dir.resolve("x.docx").toString();
        assertEquals(ExitCode.USAGE, run("--data-dir", data(), "export", "followups", "--out", out).code());
        assertEquals(ExitCode.USAGE, run("--data-dir", data(), "export", "minutes-of-doom", "--meeting", "1", "--out",
                out).code());
        assertEquals(ExitCode.USAGE, run("--data-dir", data(), "export", "attendees", "--meeting", "1", "--format",
                "pdf", "--out", out).code());
        Run noSeries = run("--data-dir", data(), "export", "followups", "--series", "없는 연속", "--out", out);
        assertEquals(ExitCode.FAILED, noSeries.code());
        Run noPlan = run("--data-dir", data(), "export", "nameplates", "--meeting", "1", "--out", out);
        assertEquals(ExitCode.FAILED, noPlan.code());
        assertTrue(noPlan.err().contains("좌석배치가 없습니다"), noPlan.err());
        assertEquals(false, Files.exists(Path.of(out)));
    }

    @Test
    void exportAttendeesAsWordAndListParticipants() {
        run("--data-dir", data(), "demo");
        Path out = dir.resolve("명단.docx");
        Run r = run("--data-dir", data(), "export", "attendees", "--meeting", "1", "--format", "docx", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out));
        Run list = run("--data-dir", data(), "list", "participants", "--meeting", "1");
        assertEquals(0, list.code(), list.err());
        assertEquals(7, list.lines().size());
        assertEquals("정부측\t과학기술정보통신부\t제2차관\t박윤규\t참석", list.lines().get(0));
        assertEquals(ExitCode.USAGE, run("--data-dir", data(), "list", "participants").code());
        assertTrue(run("--data-dir", data(), "list", "templates").out().contains("nameplate.docx"));
    }

    @Test
    void importAttendeesAddsAndInvitesOrImportsNothingOnAnyError() throws Exception {
        run("--data-dir", data(), "demo");
        Path good = Files.writeString(dir.resolve("good.csv"), "성명,소속,직위\n최새롬,새솔테크,대표\n한가람,가온바이오,이사\n");
        Run ok = run("--data-dir", data(), "import", "attendees", good.toString(), "--meeting", "2");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("새 인물 2명, 갱신 0명, 초청 추가 2명, 이미 초청된 0명", ok.out().strip());
        assertTrue(run("--data-dir", data(), "list", "participants", "--meeting", "2").out().contains("최새롬"));

        Path bad = Files.writeString(dir.resolve("bad.csv"), "성명,소속,이메일\n송하늘,누리,x@y\n,빈이름,a@b.kr\n");
        Run refused = run("--data-dir", data(), "import", "attendees", bad.toString(), "--meeting", "2");
        assertEquals(ExitCode.FAILED, refused.code());
        assertTrue(refused.err().contains("2행: 이메일 형식이 아닙니다: x@y"), refused.err());
        assertTrue(refused.err().contains("3행: 성명이 비어 있습니다"), refused.err());
        assertEquals(false, run("--data-dir", data(), "list", "participants", "--meeting", "2").out().contains("송하늘"));

        Path notSheet = Files.write(dir.resolve("사진.xlsx"), new byte[] {1, 2, 3, 4});
        Run problem = run("--data-dir", data(), "import", "attendees", notSheet.toString());
        assertEquals(ExitCode.FAILED, problem.code());
        assertTrue(problem.err().contains("엑셀이나 CSV 명단 파일이 아닙니다"), problem.err());
    }

    @Test
    void exportMinutesAndPressReleaseAndRefuseABrokenTemplate() throws Exception {
        run("--data-dir", data(), "demo");
        Path minutes = dir.resolve("회의록.docx");
        Run ok = run("--data-dir", data(), "export", "minutes", "--meeting", "1", "--author", "홍길동", "--out",
                minutes.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.size(minutes) > 0);
        Path press = dir.resolve("보도자료.docx");
        assertEquals(0, run("--data-dir", data(), "export", "press", "--meeting", "1", "--out", press.toString()).code());
        assertTrue(Files.exists(press));

        Path template = dir.resolve("서식.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = Files.newOutputStream(template)) {
            doc.createParagraph().createRun().setText("{{회의명}}");
            doc.write(out);
        }
        Path target = dir.resolve("안 만들어질 회의록.docx");
        Run bad = run("--data-dir", data(), "export", "minutes", "--meeting", "1", "--template", template.toString(),
                "--out", target.toString());
        assertEquals(ExitCode.FAILED, bad.code());
        assertTrue(bad.err().contains("알 수 없는 태그가 있습니다: {{회의명}}"), bad.err());
        assertEquals(false, Files.exists(target));
    }

    @Test
    void exportNamePlatesAndSeatingChartOnceThereIsAPlan() throws Exception {
        run("--data-dir", data(), "demo");
        kr.roundtable.service.Repositories repos = kr.roundtable.testutil.TestDatabase.repositories(dir.resolve("data"));
        try {
            new kr.roundtable.service.SeatingService(repos).autoArrange(1, kr.roundtable.model.SeatingLayout.ROUND, 8,
                    true, true);
        } finally {
            repos.db().close();
        }
        Path plates = dir.resolve("명패.docx");
        Run ok = run("--data-dir", data(), "export", "nameplates", "--meeting", "1", "--out", plates.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.size(plates) > 0);
        Path chart = dir.resolve("좌석배치도.png");
        assertEquals(0, run("--data-dir", data(), "export", "seating", "--meeting", "1", "--out", chart.toString())
                .code());
        assertEquals(2000, javax.imageio.ImageIO.read(chart.toFile()).getWidth());
        Path chartDocx = dir.resolve("좌석배치도.docx");
        assertEquals(0, run("--data-dir", data(), "export", "seating", "--meeting", "1", "--out",
                chartDocx.toString()).code());
        assertTrue(Files.size(chartDocx) > 0);
    }
}
