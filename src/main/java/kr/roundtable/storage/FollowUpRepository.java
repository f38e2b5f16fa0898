package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.Disposition;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.RegisterFilter;
import kr.roundtable.model.RegisterRow;

/** 후속조치 with its dated progress notes. */
public final class FollowUpRepository {
    private static final String COLUMNS = "id, remark_id, department, owner, due_date, due_text, status, result, "
            + "updated_at";
    private final Database db;

    public FollowUpRepository(Database db) {
        this.db = db;
    }

    public FollowUp insert(FollowUp f) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        long id = Sql.insert(db.connection(), "INSERT INTO follow_up (remark_id, department, owner, due_date, due_text, "
                        + "status, result, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                f.remarkId(), f.department(), f.owner(), f.dueDate(), f.dueText(), f.status(), f.result(), now);
        writeNotes(id, f);
        return new FollowUp(id, f.remarkId(), f.department(), f.owner(), f.dueDate(), f.dueText(), f.status(),
                f.result(), f.notes(), now);
    }

    public void update(FollowUp f) {
        Sql.update(db.connection(), "UPDATE follow_up SET department = ?, owner = ?, due_date = ?, due_text = ?, "
                        + "status = ?, result = ?, updated_at = ? WHERE id = ?",
                f.department(), f.owner(), f.dueDate(), f.dueText(), f.status(), f.result(),
                LocalDateTime.now().withNano(0), f.id());
        Sql.update(db.connection(), "DELETE FROM follow_up_note WHERE follow_up_id = ?", f.id());
        writeNotes(f.id(), f);
    }

    private void writeNotes(long id, FollowUp f) {
        List<Object[]> rows = new ArrayList<>();
        for (FollowUp.ProgressNote note : f.notes()) {
            rows.add(new Object[] {id, note.date(), note.text()});
        }
        if (!rows.isEmpty()) {
            Sql.batch(db.connection(), "INSERT INTO follow_up_note (follow_up_id, date, text) VALUES (?, ?, ?)", rows);
        }
    }

    public Optional<FollowUp> find(long id) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM follow_up WHERE id = ?", this::map, id);
    }

    public List<FollowUp> ofRemark(long remarkId) {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM follow_up WHERE remark_id = ? ORDER BY id",
                this::map, remarkId);
    }

    public List<FollowUp> ofMeeting(long meetingId) {
        return Sql.list(db.connection(), "SELECT f.id, f.remark_id, f.department, f.owner, f.due_date, f.due_text, "
                + "f.status, f.result, f.updated_at FROM follow_up f JOIN remark r ON r.id = f.remark_id "
                + "WHERE r.meeting_id = ? ORDER BY f.id", this::map, meetingId);
    }

    /** Departments used before, most used first: the type-ahead of 전담부서. */
    public List<String> departments() {
        return Sql.list(db.connection(), "SELECT department FROM follow_up WHERE department IS NOT NULL "
                + "GROUP BY department ORDER BY count(*) DESC, department", rs -> rs.getString(1));
    }

    public Snapshot snapshot(long id) {
        var c = db.connection();
        return new Snapshot().capture(c, "follow_up", "id = ?", id).capture(c, "follow_up_note", "follow_up_id = ?", id);
    }

    public void restore(Snapshot snapshot) {
        snapshot.restore(db.connection());
    }

    /**
     * The register's rows in order (meeting date, meeting, remark, follow-up), handed to {@code sink} one by one so
     * a register of any size is never held in memory whole.
     */
    public int forEachRegisterRow(RegisterFilter filter, java.util.function.Consumer<RegisterRow> sink) {
        StringBuilder sql = new StringBuilder("SELECT f.id, s.name AS series_name, m.ordinal, m.date, m.title, "
                + "pa.organization_name, pe.name AS speaker, o.name AS org_now, c.name AS category, r.text, "
                + "(SELECT a.text FROM remark a WHERE a.reply_to_id = r.id ORDER BY a.id LIMIT 1) AS answer, "
                + "(SELECT a.disposition FROM remark a WHERE a.reply_to_id = r.id ORDER BY a.id LIMIT 1) AS disposition, "
                + "f.department, f.owner, f.due_date, f.due_text, f.status, f.result, f.updated_at "
                + "FROM follow_up f JOIN remark r ON r.id = f.remark_id JOIN meeting m ON m.id = r.meeting_id "
                + "LEFT JOIN meeting_series s ON s.id = m.series_id LEFT JOIN participant pa ON pa.id = r.speaker_id "
                + "LEFT JOIN person pe ON pe.id = pa.person_id LEFT JOIN organization o ON o.id = pe.organization_id "
                + "LEFT JOIN category c ON c.id = r.category_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.meetingId() != null) {
            sql.append(" AND m.id = ?");
            params.add(filter.meetingId());
        }
        if (filter.seriesId() != null) {
            sql.append(" AND m.series_id = ?");
            params.add(filter.seriesId());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND f.status IN (").append(String.join(", ", java.util.Collections.nCopies(
                    filter.statuses().size(), "?"))).append(")");
            filter.statuses().stream().sorted().forEach(params::add);
        }
        if (filter.department() != null) {
            sql.append(" AND f.department = ?");
            params.add(filter.department());
        }
        if (filter.overdueOnly()) {
            sql.append(" AND f.status IN ('PLANNED', 'IN_PROGRESS') AND f.due_date IS NOT NULL AND f.due_date < ?");
            params.add(filter.today());
        }
        sql.append(" ORDER BY m.date, m.id, r.recorded_at, r.id, f.id");
        int[] count = {0};
        try (var ps = db.connection().prepareStatement(sql.toString())) {
            Sql.bind(ps, params.toArray());
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String org = rs.getString("organization_name");
                    sink.accept(new RegisterRow(rs.getLong("id"), rs.getString("series_name"),
                            Sql.intOrNull(rs, "ordinal"), Sql.date(rs, "date"), rs.getString("title"),
                            org != null ? org : rs.getString("org_now"), rs.getString("speaker"),
                            rs.getString("category"), rs.getString("text"), rs.getString("answer"),
                            Sql.enumOrNull(rs, "disposition", Disposition.class), rs.getString("department"),
                            rs.getString("owner"), Sql.date(rs, "due_date"), rs.getString("due_text"),
                            FollowUpStatus.valueOf(rs.getString("status")), rs.getString("result"),
                            Sql.dateTime(rs, "updated_at")));
                    count[0]++;
                }
            }
        } catch (java.sql.SQLException e) {
            throw Sql.failure(sql.toString(), e);
        }
        return count[0];
    }

    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM follow_up WHERE id = ?", id);
    }

    private FollowUp map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<FollowUp.ProgressNote> notes = Sql.list(db.connection(),
                "SELECT date, text FROM follow_up_note WHERE follow_up_id = ? ORDER BY date, id",
                n -> new FollowUp.ProgressNote(Sql.date(n, "date"), n.getString("text")), id);
        return new FollowUp(id, rs.getLong("remark_id"), rs.getString("department"), rs.getString("owner"),
                Sql.date(rs, "due_date"), rs.getString("due_text"), FollowUpStatus.valueOf(rs.getString("status")),
                rs.getString("result"), notes, Sql.dateTime(rs, "updated_at"));
    }
}
