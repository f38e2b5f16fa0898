package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.Meeting;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkDraft;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.TestDatabase;

/**
 * Kills a process that is saving remarks with SIGKILL at random moments, 20 times, and checks that every remark it
 * acknowledged is in the database, that the database is intact, and that the last text typed is either saved or
 * restored as the draft.
 */
class CaptureCrashTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRemarkSurvivesSigkill() throws Exception {
        long meetingId;
        Repositories setup = TestDatabase.repositories(dir);
        try {
            Meeting m = setup.db().write(() -> setup.meetings().insert(new MeetingBuilder().build()));
            meetingId = m.id();
        } finally {
            setup.db().close();
        }
        Random random = new Random(42);
        Set<Integer> acknowledged = new HashSet<>();
        int lastDraft = -1;
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(), dir.toString(),
                    String.valueOf(meetingId), String.valueOf(next)).redirectErrorStream(false).start();
            AtomicInteger lastAck = new AtomicInteger(-1);
            AtomicInteger lastDraftAck = new AtomicInteger(-1);
            Set<Integer> acks = java.util.concurrent.ConcurrentHashMap.newKeySet();
            CountDownLatch firstAck = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("ack ")) {
                            int i = Integer.parseInt(line.substring(4));
                            acks.add(i);
                            lastAck.set(i);
                            firstAck.countDown();
                        } else if (line.startsWith("draft ")) {
                            lastDraftAck.set(Integer.parseInt(line.substring(6)));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the process was killed
                }
            });
            reader.start();
            assertTrue(firstAck.await(60, TimeUnit.SECONDS), "round " + round + ": the worker never saved");
            Thread.sleep(random.nextInt(300));
            worker.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            worker.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            acknowledged.addAll(acks);
            lastDraft = Math.max(lastDraftAck.get(), lastAck.get());
            next = Math.max(lastDraftAck.get(), lastAck.get()) + 1;
        }

        Repositories after = TestDatabase.repositories(dir);
        try {
            List<Remark> stored = after.db().read(() -> after.remarks().ofMeeting(meetingId));
            Set<Integer> storedIndexes = new HashSet<>();
            for (Remark r : stored) {
                storedIndexes.add(Integer.parseInt(r.text().split(" ")[1]));
            }
            Set<Integer> missing = new HashSet<>(acknowledged);
            missing.removeAll(storedIndexes);
            assertEquals(Set.of(), missing, "acknowledged remarks lost");
            assertTrue(acknowledged.size() >= ROUNDS, "only " + acknowledged.size() + " remarks acknowledged");
            System.out.printf("crash test: %d SIGKILLs, %d remarks acknowledged, %d stored, last draft %d%n", ROUNDS,
                    acknowledged.size(), stored.size(), lastDraft);

            // the last text typed is either saved as a remark or restored as the draft
            int last = lastDraft;
            Optional<RemarkDraft> draft = new CaptureService(after, java.time.Clock.systemDefaultZone()).draft(meetingId);
            boolean saved = storedIndexes.contains(last);
            boolean restored = draft.isPresent() && draft.get().text().startsWith("발언 " + last + " ");
            assertTrue(saved || restored, "the last text typed (발언 " + last + ") was neither saved nor kept as draft: "
                    + draft.map(RemarkDraft::text).orElse("no draft"));
        } finally {
            after.db().close();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("roundtable.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
        }
    }
}
