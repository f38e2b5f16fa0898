package kr.roundtable.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.testutil.TestDatabase;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void openingSetsWalForeignKeysAndFullSync() {
        try (Database db = TestDatabase.open(dir)) {
            List<String> pragmas = db.write(() -> List.of(
                    Sql.one(db.connection(), "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow(),
                    Sql.one(db.connection(), "PRAGMA foreign_keys", rs -> rs.getString(1)).orElseThrow(),
                    Sql.one(db.connection(), "PRAGMA synchronous", rs -> rs.getString(1)).orElseThrow()));
            assertEquals(List.of("wal", "1", "2"), pragmas);
        }
    }

    @Test
    void committedWriteIsReadBackAfterReopening() {
        try (Database db = TestDatabase.open(dir)) {
            db.write(() -> new OrganizationRepository(db).insert(Organization.of("한국무역협회", OrganizationKind.ASSOCIATION)));
        }
        try (Database db = TestDatabase.open(dir)) {
            List<String> names = db.read(() -> new OrganizationRepository(db).all().stream()
                    .map(Organization::name).toList());
            assertEquals(List.of("한국무역협회"), names);
        }
    }

    @Test
    void failedWriteLeavesNothingBehind() {
        try (Database db = TestDatabase.open(dir)) {
            OrganizationRepository orgs = new OrganizationRepository(db);
            assertThrows(IllegalStateException.class, () -> db.write(() -> {
                orgs.insert(Organization.of("반쯤 저장될 뻔한 기관", OrganizationKind.OTHER));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0L, db.read(orgs::count));
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = TestDatabase.open(dir)) {
            assertThrows(StorageException.class, () -> db.write(() -> Sql.update(db.connection(),
                    "INSERT INTO participant (meeting_id, person_id, side, role, attendance) VALUES (999, 999, 'COMPANY', "
                            + "'ATTENDEE', 'INVITED')")));
        }
    }

    @Test
    void repositoryOutsideTransactionIsAnError() {
        try (Database db = TestDatabase.open(dir)) {
            assertThrows(IllegalStateException.class, () -> new OrganizationRepository(db).count());
        }
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("roundtable.db");
        byte[] content = "회의록 초안입니다. 데이터베이스가 아닙니다.".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Database.open(file));
        assertEquals(DatabaseProblem.Kind.NOT_A_DATABASE, problem.kind());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void damagedDatabaseIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("roundtable.db");
        try (Database db = TestDatabase.open(dir)) {
            OrganizationRepository orgs = new OrganizationRepository(db);
            db.write(() -> {
                for (int i = 0; i < 400; i++) {
                    orgs.insert(new Organization(0, "기관 " + i, OrganizationKind.SME, "제조 ".repeat(20)));
                }
            });
        }
        checkpoint(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            long pageSize = 4096;
            for (long page = 2; page * pageSize < raw.length(); page += 2) {
                raw.seek(page * pageSize + 8);
                raw.write(new byte[512]); // zero the middle of every other page's cell area
                raw.seek(page * pageSize);
                raw.write(new byte[] {(byte) 0x7f, 1, 2, 3});
            }
        }
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Database.open(file));
        assertEquals(DatabaseProblem.Kind.DAMAGED, problem.kind());
    }

    @Test
    void databaseFromNewerSchemaIsRefused() throws Exception {
        Path file = dir.resolve("roundtable.db");
        try (Database db = TestDatabase.open(dir)) {
            db.write(() -> Sql.update(db.connection(), "INSERT INTO flyway_schema_history (installed_rank, version, "
                    + "description, type, script, checksum, installed_by, installed_on, execution_time, success) "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', "
                    + "'2030-01-01 00:00:00', 0, 1)"));
        }
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Database.open(file));
        assertEquals(DatabaseProblem.Kind.NEWER_SCHEMA, problem.kind());
    }

    @Test
    void readOnlyOpenRefusesWrites() {
        TestDatabase.open(dir).close();
        try (Database db = Database.openReadOnly(dir.resolve("roundtable.db"))) {
            assertTrue(db.isReadOnly());
            assertThrows(StorageException.class, () -> db.write(() -> { }));
        } catch (DatabaseProblem e) {
            throw new AssertionError(e);
        }
    }

    static void checkpoint(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }
}
