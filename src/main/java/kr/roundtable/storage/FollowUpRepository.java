package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;

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
