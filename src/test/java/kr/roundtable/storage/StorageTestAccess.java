package kr.roundtable.storage;

/** Lets tests in other packages put the database into states the app never writes itself. */
public final class StorageTestAccess {
    private StorageTestAccess() {
    }

    /** As a database from before the search column existed. */
    public static int clearSearchText(Database db) {
        return Sql.update(db.connection(), "UPDATE person SET search_text = NULL");
    }

    /** As a full disk or a read-only folder: every write fails until switched back. */
    public static void setReadOnly(Database db, boolean readOnly) {
        db.withWriterOutsideTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA query_only = " + (readOnly ? "ON" : "OFF"));
            }
            return null;
        });
    }

    public static long count(Database db, String sql) {
        return Sql.count(db.connection(), sql);
    }

    public static java.util.List<Long> ids(Database db, String sql) {
        return Sql.list(db.connection(), sql, rs -> rs.getLong(1));
    }

    /** Bulk rows for tests that need a large database quickly (one write transaction). */
    public static int update(Database db, String sql) {
        return db.write(() -> Sql.update(db.connection(), sql));
    }
}
