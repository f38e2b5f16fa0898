package kr.roundtable.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.RegisterFilter;
import kr.roundtable.model.RegisterRow;
import kr.roundtable.service.ExportService;
import kr.roundtable.service.FollowUpService;
import kr.roundtable.service.GeneratorService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.Repositories;
import kr.roundtable.service.SeatingService;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;

/**
 * The follow-up register of 100,000 rows: time and peak heap of {@link ExportService#followUpRegister}, against the
 * floor of writing the same rows (same query) with bare POI SXSSF, in the same run. Run it in a 256 MB heap:
 *
 * <pre>MAVEN_OPTS=-Xmx256m mvn -q test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=kr.roundtable.bench.RegisterBenchmark -Dexec.args=/tmp/register-bench</pre>
 */
public final class RegisterBenchmark {
    private static final int ROWS = 100_000;

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/register-bench");
        DataFolder data = new DataFolder(folder).create();
        data.useForNativeLibraries();
        try (Database db = Database.open(data.database())) {
            Repositories repos = Repositories.over(db);
            if (db.read(() -> repos.remarks().count()) < ROWS) {
                System.out.println("generating 100,000 people, 2,000 meetings, 200,000 remarks …");
                new GeneratorService(repos).generate(100_000, 2_000, 200_000, 20261121L, (p, d, t) -> { });
            }
            long have = db.read(() -> kr.roundtable.bench.BenchAccess.followUps(db));
            if (have < ROWS) {
                List<Long> remarkIds = db.read(() -> kr.roundtable.bench.BenchAccess.remarkIds(db, ROWS));
                FollowUpStatus[] statuses = FollowUpStatus.values();
                for (int start = 0; start < remarkIds.size(); start += 5_000) {
                    List<Long> batch = remarkIds.subList(start, Math.min(remarkIds.size(), start + 5_000));
                    int offset = start;
                    db.write(() -> {
                        for (int i = 0; i < batch.size(); i++) {
                            int n = offset + i;
                            repos.followUps().insert(new FollowUp(0, batch.get(i), "부서 " + (n % 40), "담당 " + (n % 300),
                                    LocalDate.of(2026, 1, 1).plusDays(n % 700), (n % 12 + 1) + "월까지",
                                    statuses[n % statuses.length], n % 3 == 0 ? "조치 완료: 제도 개선" : null, List.of(), null));
                        }
                    });
                }
            }
            FollowUpService followUps = new FollowUpService(repos);
            ExportService exports = new ExportService(new MeetingService(repos), new SeatingService(repos), followUps,
                    new kr.roundtable.service.MinutesService(repos, new kr.roundtable.service.CaptureService(repos,
                    java.time.Clock.systemDefaultZone())), null);
            LocalDate today = LocalDate.of(2026, 11, 22);
            RegisterFilter all = RegisterFilter.all(today);
            System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                Path ours = folder.resolve("register.xlsx");
                resetPeaks();
                long start = System.nanoTime();
                int rows = exports.followUpRegister(all, I18n.forLanguage("ko"), today, ours);
                long oursMs = (System.nanoTime() - start) / 1_000_000;
                long oursPeak = peakHeap();

                Path floor = folder.resolve("floor.xlsx");
                resetPeaks();
                start = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(floor)) {
                    SXSSFWorkbook wb = new SXSSFWorkbook(200);
                    SXSSFSheet sheet = wb.createSheet();
                    int[] r = {0};
                    followUps.forEachRegisterRow(all, row -> write(sheet.createRow(r[0]++), row));
                    wb.write(out);
                    wb.close();
                    wb.dispose();
                }
                long floorMs = (System.nanoTime() - start) / 1_000_000;
                long floorPeak = peakHeap();
                if (round == 1) {
                    System.out.printf("register: %,d rows, %,d ms, peak heap %d MB, %,d bytes%n", rows, oursMs,
                            oursPeak >> 20, Files.size(ours));
                    System.out.printf("floor (bare SXSSF, same rows): %,d ms, peak heap %d MB, %,d bytes%n", floorMs,
                            floorPeak >> 20, Files.size(floor));
                    System.out.printf("ratio %.2f%n", oursMs / (double) floorMs);
                }
            }
        }
    }

    private static void write(Row r, RegisterRow row) {
        List<Object> values = new ArrayList<>(List.of(row.followUpId(), nz(row.meetingTitle()), nz(row.organization()),
                nz(row.speaker()), nz(row.category()), nz(row.text()), nz(row.answer()), nz(row.department()),
                nz(row.owner()), nz(row.dueText()), row.status().name(), nz(row.result())));
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Long l) {
                r.createCell(i).setCellValue(l);
            } else {
                r.createCell(i).setCellValue((String) v);
            }
        }
        if (row.meetingDate() != null) {
            r.createCell(12).setCellValue(row.meetingDate());
        }
        if (row.due() != null) {
            r.createCell(13).setCellValue(row.due());
        }
        LocalDateTime updated = row.updatedAt();
        if (updated != null) {
            r.createCell(14).setCellValue(updated);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
