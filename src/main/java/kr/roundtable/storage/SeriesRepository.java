package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.MeetingSeries;

/** 연속 간담회. */
public final class SeriesRepository {
    private final Database db;

    public SeriesRepository(Database db) {
        this.db = db;
    }

    public MeetingSeries insert(MeetingSeries series) {
        return series.withId(Sql.insert(db.connection(),
                "INSERT INTO meeting_series (name, interval_days) VALUES (?, ?)",
                series.name(), series.intervalDays()));
    }

    public void update(MeetingSeries series) {
        Sql.update(db.connection(), "UPDATE meeting_series SET name = ?, interval_days = ? WHERE id = ?",
                series.name(), series.intervalDays(), series.id());
    }

    public Optional<MeetingSeries> find(long id) {
        return Sql.one(db.connection(), "SELECT id, name, interval_days FROM meeting_series WHERE id = ?",
                this::map, id);
    }

    public Optional<MeetingSeries> findByName(String name) {
        return Sql.one(db.connection(), "SELECT id, name, interval_days FROM meeting_series WHERE name = ?",
                this::map, name);
    }

    public List<MeetingSeries> all() {
        return Sql.list(db.connection(), "SELECT id, name, interval_days FROM meeting_series ORDER BY name",
                this::map);
    }

    /** The highest ordinal used so far in the series, {@code null} when it has no numbered meeting. */
    public Integer highestOrdinal(long seriesId) {
        return Sql.one(db.connection(), "SELECT max(ordinal) AS highest FROM meeting WHERE series_id = ?",
                rs -> Sql.intOrNull(rs, "highest"), seriesId).orElse(null);
    }

    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM meeting_series WHERE id = ?", id);
    }

    private MeetingSeries map(ResultSet rs) throws SQLException {
        return new MeetingSeries(rs.getLong("id"), rs.getString("name"), Sql.intOrNull(rs, "interval_days"));
    }
}
