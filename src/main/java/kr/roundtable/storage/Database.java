package kr.roundtable.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;

/**
 * The one SQLite file. Writes go through a single connection under a lock, each in a {@code BEGIN IMMEDIATE}
 * transaction with {@code synchronous=FULL}, so a write that returned survives a power cut; reads use a small pool
 * and never wait for writes (WAL). Repositories reach the connection of the running transaction through
 * {@link #connection()}; services draw the transaction boundary with {@link #write} and {@link #read}.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 3;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final boolean readOnly;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private volatile boolean closed;

    private Database(Path file, boolean readOnly) throws SQLException {
        this.file = file;
        this.readOnly = readOnly;
        this.writer = readOnly ? null : config(false).createConnection(url(file));
        for (int i = 0; i < READERS; i++) {
            readers.add(config(true).createConnection(url(file)));
        }
    }

    /**
     * Opens (creating if absent) the database for writing: checks that the file is a healthy SQLite database of a
     * schema this version knows, then applies pending migrations. Never writes to a file that fails a check.
     */
    public static Database open(Path file) throws DatabaseProblem {
        inspect(file);
        Flyway flyway = flyway(file, false);
        refuseNewerSchema(flyway, file);
        try {
            MigrateResult result = flyway.migrate();
            if (!result.success) {
                throw new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, file, "migration failed", null);
            }
            return new Database(file, false);
        } catch (SQLException | RuntimeException e) {
            throw classify(file, e);
        }
    }

    /** Opens for reading only, without migrating: for commands that run beside an open window. */
    public static Database openReadOnly(Path file) throws DatabaseProblem {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, file, "no database here yet", null);
        }
        inspect(file);
        Flyway flyway = flyway(file, true);
        refuseNewerSchema(flyway, file);
        try {
            if (flyway.info().pending().length > 0) {
                throw new DatabaseProblem(DatabaseProblem.Kind.NEEDS_UPGRADE, file, "pending migrations", null);
            }
            return new Database(file, true);
        } catch (SQLException | RuntimeException e) {
            throw classify(file, e);
        }
    }

    /** Header and {@code PRAGMA quick_check}, without changing the file. */
    static void inspect(Path file) throws DatabaseProblem {
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (Files.size(file) == 0) {
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_HEADER.length);
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new DatabaseProblem(DatabaseProblem.Kind.NOT_A_DATABASE, file, "no SQLite header", null);
            }
        } catch (IOException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, file, e.getMessage(), e);
        }
        SQLiteConfig check = new SQLiteConfig();
        check.setReadOnly(true);
        try (Connection c = check.createConnection(url(file));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
            if (!problems.isEmpty()) {
                throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, file, String.join("; ", problems), null);
            }
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, Path file) throws DatabaseProblem {
        try {
            for (MigrationInfo info : flyway.info().all()) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new DatabaseProblem(DatabaseProblem.Kind.NEWER_SCHEMA, file,
                            "schema version " + info.getVersion(), null);
                }
            }
        } catch (RuntimeException e) {
            throw classify(file, e);
        }
    }

    private static DatabaseProblem classify(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseProblem problem) {
                return problem;
            }
            if (t instanceof org.sqlite.SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                    return new DatabaseProblem(DatabaseProblem.Kind.NOT_A_DATABASE, file, t.getMessage(), e);
                }
                if (code == SQLiteErrorCode.SQLITE_CORRUPT || code.name().startsWith("SQLITE_CORRUPT")) {
                    return new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, file, t.getMessage(), e);
                }
            }
        }
        return new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, file, e.getMessage(), e);
    }

    private static Flyway flyway(Path file, boolean readOnly) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config(readOnly));
        dataSource.setUrl(url(file));
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:kr/roundtable/storage/migration")
                .failOnMissingLocations(true)
                .load();
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Runs {@code work} as one write transaction: all of it is committed, or none of it. */
    public <T> T write(Supplier<T> work) {
        if (readOnly) {
            throw new StorageException("the database is open for reading only");
        }
        Connection joined = current.get();
        if (joined == writer) {
            return work.get();
        }
        if (joined != null) {
            throw new IllegalStateException("a write cannot start inside a read");
        }
        writeLock.lock();
        try {
            ensureOpen();
            execute(writer, "BEGIN IMMEDIATE");
            current.set(writer);
            boolean committed = false;
            try {
                T result = work.get();
                execute(writer, "COMMIT");
                committed = true;
                return result;
            } finally {
                current.remove();
                if (!committed) {
                    rollbackQuietly(writer);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    public void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} on one consistent snapshot of the database. */
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        ensureOpen();
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the database", e);
        }
        try {
            execute(reader, "BEGIN");
            current.set(reader);
            try {
                return work.get();
            } finally {
                current.remove();
                rollbackQuietly(reader);
            }
        } finally {
            readers.add(reader);
        }
    }

    /** The connection of the transaction running on this thread; only repositories call this. */
    Connection connection() {
        Connection c = current.get();
        if (c == null) {
            throw new IllegalStateException("no transaction: call through Database.write or Database.read");
        }
        return c;
    }

    /** Runs {@code work} on the writer connection outside any transaction (VACUUM, backup, restore). */
    <T> T withWriterOutsideTransaction(SqlWork<T> work) {
        if (readOnly) {
            throw new StorageException("the database is open for reading only");
        }
        writeLock.lock();
        try {
            ensureOpen();
            return work.run(writer);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on an idle reader connection outside any transaction. */
    <T> T withReaderOutsideTransaction(SqlWork<T> work) {
        ensureOpen();
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the database", e);
        }
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        } finally {
            readers.add(reader);
        }
    }

    /** Re-applies migrations after the file's content was replaced (restore from an older backup). */
    void migrateAgain() throws DatabaseProblem {
        Flyway flyway = flyway(file, false);
        refuseNewerSchema(flyway, file);
        flyway.migrate();
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StorageException("the database is closed");
        }
    }

    private static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StorageException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try (Statement s = c.createStatement()) {
            if (!c.getAutoCommit()) {
                c.rollback();
            } else {
                s.execute("ROLLBACK");
            }
        } catch (SQLException ignored) {
            // nothing was open to roll back
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writeLock.lock();
        try {
            closed = true;
            List<Connection> all = new ArrayList<>();
            readers.drainTo(all);
            if (writer != null) {
                all.add(writer);
            }
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing is best effort; the file stays consistent (WAL)
                }
            }
        } finally {
            writeLock.unlock();
        }
    }
}
