package kr.roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.sqlite.SQLiteConfig;

import kr.roundtable.model.Meeting;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.service.CaptureService;
import kr.roundtable.service.GeneratorService;
import kr.roundtable.service.Repositories;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;

/**
 * Save latency of the live console: 10,000 remarks into one meeting through {@link CaptureService#record} (one
 * committed transaction each, synchronous=FULL, the draft cleared with it) on a database that already holds 200,000
 * remarks, against the floor of a raw JDBC insert of the same row with the same pragmas in the same run.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.roundtable.bench.CaptureBenchmark
 *     -Dexec.args="/tmp/capture-bench"</pre>
 */
public final class CaptureBenchmark {
    private static final int SAVES = 10_000;
    private static final int WARMUP = 2_000;

    private CaptureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/capture-bench");
        DataFolder data = new DataFolder(folder).create();
        data.useForNativeLibraries();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        try (Database db = Database.open(data.database());
             Connection raw = config.createConnection("jdbc:sqlite:" + data.database());
             Statement tx = raw.createStatement();
             PreparedStatement insert = raw.prepareStatement("INSERT INTO remark (meeting_id, agenda_item_id, "
                     + "speaker_id, kind, category_id, text, recorded_at) VALUES (?, NULL, NULL, 'REQUEST', 1, ?, ?)")) {
            Repositories repos = Repositories.over(db);
            if (db.read(() -> repos.remarks().count()) < 200_000) {
                System.out.println("generating 100,000 people, 2,000 meetings, 200,000 remarks …");
                new GeneratorService(repos).generate(100_000, 2_000, 200_000, 20261121L, (p, d, t) -> { });
            }
            long meetingId = db.write(() -> repos.meetings().insert(Meeting.draft("저장 지연 측정 간담회",
                    java.time.LocalDate.now()))).id();
            System.out.printf("database: %,d remarks, %,d bytes%n", db.read(() -> repos.remarks().count()),
                    Files.size(data.database()));
            CaptureService capture = new CaptureService(repos, Clock.systemDefaultZone());
            long[] service = new long[SAVES];
            long[] floor = new long[SAVES];
            // warm both paths up, then alternate them so both see the same JIT, cache and checkpoint conditions
            for (int i = -WARMUP; i < SAVES; i++) {
                String text = "발언 " + i + ": 해외 인증 비용 지원과 수출 바우처 한도 확대를 건의합니다.";
                long start = System.nanoTime();
                capture.record(meetingId, null, null, RemarkKind.REQUEST, 1L, text);
                long tookService = System.nanoTime() - start;
                start = System.nanoTime();
                tx.execute("BEGIN IMMEDIATE");
                insert.setLong(1, meetingId);
                insert.setString(2, text);
                insert.setString(3, LocalDateTime.now().withNano(0).toString());
                insert.executeUpdate();
                tx.execute("COMMIT");
                long tookFloor = System.nanoTime() - start;
                if (i >= 0) {
                    service[i] = tookService;
                    floor[i] = tookFloor;
                }
            }
            report("CaptureService.record", service);
            report("floor: raw JDBC insert", floor);
        }
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-26s p50 %6.3f ms   p90 %6.3f ms   p99 %6.3f ms   max %7.3f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
