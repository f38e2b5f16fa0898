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
}
