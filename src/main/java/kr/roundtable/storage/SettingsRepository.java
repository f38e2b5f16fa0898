package kr.roundtable.storage;

import java.util.Optional;

/** The user's small settings (language, window geometry) as key/value text. */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return Sql.one(db.connection(), "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        Sql.update(db.connection(), "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }
}
