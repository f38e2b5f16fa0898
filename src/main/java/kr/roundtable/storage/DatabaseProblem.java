package kr.roundtable.storage;

import java.nio.file.Path;

/** The database file cannot be used as it is; {@link Kind} says why, so the user can be told and offered a way out. */
public final class DatabaseProblem extends Exception {
    /** Why a file cannot be opened. */
    public enum Kind {
        /** The file is a SQLite database but fails the integrity check. */
        DAMAGED,
        /** The file is not a SQLite database at all. */
        NOT_A_DATABASE,
        /** The file was written by a newer Roundtable whose schema this version does not know. */
        NEWER_SCHEMA,
        /** The file is from an older version and may only be upgraded by a writer (the app), not by a read-only command. */
        NEEDS_UPGRADE,
        /** The file or its folder cannot be read or written. */
        UNREADABLE
    }

    private final Kind kind;
    private final Path file;

    public DatabaseProblem(Kind kind, Path file, String detail, Throwable cause) {
        super(kind + ": " + file + (detail == null ? "" : " (" + detail + ")"), cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
