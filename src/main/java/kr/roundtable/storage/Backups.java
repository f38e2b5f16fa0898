package kr.roundtable.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.sqlite.SQLiteConfig;

/**
 * Consistent copies of the database in {@code backups/}: made with {@code VACUUM INTO}, never by copying the file,
 * so a copy taken while the app writes is still a valid database. The newest {@value #KEEP} are kept.
 */
public final class Backups {
    public static final int KEEP = 14;
    private static final String PREFIX = "roundtable-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");

    private final Path folder;

    public Backups(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Makes a backup now, then keeps only the newest {@value #KEEP}. */
    public Path create(Database db, LocalDateTime now) {
        Path target = createWithoutPruning(db, now);
        prune();
        return target;
    }

    private Path createWithoutPruning(Database db, LocalDateTime now) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("cannot create backup folder " + folder + ": " + e.getMessage(), e);
        }
        Path target = uniqueName(now);
        String sql = "VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'";
        if (db.isReadOnly()) {
            db.withReaderOutsideTransaction(c -> execute(c, sql));
        } else {
            db.withWriterOutsideTransaction(c -> execute(c, sql));
        }
        return target;
    }

    /** The first start of a day makes that day's backup; later starts that day do nothing. */
    public Optional<Path> createDailyIfDue(Database db, LocalDateTime now) {
        String today = PREFIX + now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        boolean done = list().stream().anyMatch(p -> p.getFileName().toString().startsWith(today));
        return done ? Optional.empty() : Optional.of(create(db, now));
    }

    /** Backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(".db");
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new StorageException("cannot list backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The newest backup that is a healthy database of a schema this version knows. */
    public Optional<Path> newestGood() {
        for (Path candidate : list()) {
            try {
                Database.inspect(candidate);
                return Optional.of(candidate);
            } catch (DatabaseProblem ignored) {
                // try the next older one
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the live database's content with {@code backup}, after backing up the current content. The open
     * {@link Database} stays usable and sees the restored data.
     */
    public Path restore(Database db, Path backup, LocalDateTime now) throws DatabaseProblem {
        Database.inspect(backup);
        if (!Files.isRegularFile(backup)) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, backup, "no such file", null);
        }
        Path safety = createWithoutPruning(db, now);
        String sql = "restore from '" + backup.toAbsolutePath() + "'";
        db.withWriterOutsideTransaction(c -> execute(c, sql));
        db.migrateAgain();
        prune(); // only now: the backup restored from may have been the oldest kept
        return safety;
    }

    /**
     * For a damaged file that cannot be opened: moves it aside (never deleted) and writes the backup's content as the
     * new database. Returns where the damaged file went.
     */
    public static Path replaceDamaged(Path databaseFile, Path backup, LocalDateTime now) throws DatabaseProblem {
        Database.inspect(backup);
        Path aside = databaseFile.resolveSibling(databaseFile.getFileName() + ".replaced-" + now.format(STAMP));
        try {
            Files.move(databaseFile, aside, StandardCopyOption.ATOMIC_MOVE);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, databaseFile, e.getMessage(), e);
        }
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath())) {
            execute(c, "restore from '" + backup.toAbsolutePath() + "'");
        } catch (SQLException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.UNREADABLE, backup, e.getMessage(), e);
        }
        return aside;
    }

    private Path uniqueName(LocalDateTime now) {
        String base = PREFIX + now.format(STAMP);
        Path target = folder.resolve(base + ".db");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(base + "-" + i + ".db");
        }
        return target;
    }

    private void prune() {
        List<Path> all = new ArrayList<>(list());
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StorageException("cannot remove old backup " + old + ": " + e.getMessage(), e);
            }
        }
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        return null;
    }
}
