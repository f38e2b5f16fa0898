package kr.roundtable.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.testutil.TestDatabase;

class BackupsTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 21, 9, 0);

    @TempDir
    Path dir;

    private List<String> names(Database db) {
        return db.read(() -> new OrganizationRepository(db).all().stream().map(Organization::name).toList());
    }

    private void add(Database db, String name) {
        db.write(() -> new OrganizationRepository(db).insert(Organization.of(name, OrganizationKind.MINISTRY)));
    }

    @Test
    void backupIsAConsistentDatabaseWithTheSameContent() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"));
        try (Database db = TestDatabase.open(dir)) {
            add(db, "과학기술정보통신부");
            Path copy = backups.create(db, MORNING);
            try (Database restored = Database.openReadOnly(copy)) {
                assertEquals(List.of("과학기술정보통신부"), names(restored));
            }
        }
    }

    @Test
    void dailyBackupIsMadeOncePerDay() {
        Backups backups = new Backups(dir.resolve("backups"));
        try (Database db = TestDatabase.open(dir)) {
            assertTrue(backups.createDailyIfDue(db, MORNING).isPresent());
            assertEquals(Optional.empty(), backups.createDailyIfDue(db, MORNING.plusHours(8)));
            assertTrue(backups.createDailyIfDue(db, MORNING.plusDays(1)).isPresent());
            assertEquals(2, backups.list().size());
        }
    }

    @Test
    void onlyTheNewestFourteenAreKept() {
        Backups backups = new Backups(dir.resolve("backups"));
        try (Database db = TestDatabase.open(dir)) {
            for (int day = 0; day < 20; day++) {
                backups.create(db, MORNING.plusDays(day));
            }
            List<Path> kept = backups.list();
            assertEquals(Backups.KEEP, kept.size());
            assertTrue(kept.get(0).getFileName().toString().startsWith("roundtable-20261210"));
            assertTrue(kept.get(13).getFileName().toString().startsWith("roundtable-20261127"));
        }
    }

    @Test
    void restoreBringsBackOldContentAndFirstBacksUpTheCurrent() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"));
        try (Database db = TestDatabase.open(dir)) {
            add(db, "중소벤처기업부");
            Path before = backups.create(db, MORNING);
            add(db, "산업통상자원부");

            Path safety = backups.restore(db, before, MORNING.plusHours(1));

            assertEquals(List.of("중소벤처기업부"), names(db));
            assertNotEquals(before, safety);
            try (Database saved = Database.openReadOnly(safety)) {
                assertEquals(List.of("산업통상자원부", "중소벤처기업부"), names(saved));
            }
            add(db, "기획재정부"); // still writable after restore
            assertEquals(List.of("기획재정부", "중소벤처기업부"), names(db));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotADatabase() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"));
        Path fake = dir.resolve("fake.db");
        Files.writeString(fake, "이것은 데이터베이스가 아닙니다");
        try (Database db = TestDatabase.open(dir)) {
            add(db, "환경부");
            DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> backups.restore(db, fake, MORNING));
            assertEquals(DatabaseProblem.Kind.NOT_A_DATABASE, problem.kind());
            assertEquals(List.of("환경부"), names(db));
        }
    }

    @Test
    void damagedFileIsSetAsideAndReplacedByTheNewestGoodBackup() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"));
        Path file = dir.resolve("roundtable.db");
        try (Database db = TestDatabase.open(dir)) {
            add(db, "특허청");
            backups.create(db, MORNING);
        }
        Files.writeString(file, "망가진 파일");
        Files.deleteIfExists(dir.resolve("roundtable.db-wal"));
        Files.deleteIfExists(dir.resolve("roundtable.db-shm"));
        Path newest = backups.newestGood().orElseThrow();

        Path aside = Backups.replaceDamaged(file, newest, MORNING.plusHours(2));

        assertEquals("망가진 파일", Files.readString(aside));
        try (Database db = Database.open(file)) {
            assertEquals(List.of("특허청"), names(db));
        }
    }
}
