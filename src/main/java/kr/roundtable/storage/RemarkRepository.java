package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.Disposition;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkDraft;
import kr.roundtable.model.RemarkKind;

/** 발언 and 답변. */
public final class RemarkRepository {
    private static final String COLUMNS = "id, meeting_id, agenda_item_id, speaker_id, kind, category_id, text, "
            + "recorded_at, reply_to_id, disposition, press_flag";
    private static final String INSERT = "INSERT INTO remark (meeting_id, agenda_item_id, speaker_id, kind, "
            + "category_id, text, recorded_at, reply_to_id, disposition, press_flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final Database db;

    public RemarkRepository(Database db) {
        this.db = db;
    }

    public Remark insert(Remark r) {
        return r.withId(Sql.insert(db.connection(), INSERT, params(r)));
    }

    /** Many remarks in one prepared batch (the generator); ids are not returned. */
    public void insertAll(List<Remark> remarks) {
        List<Object[]> rows = new ArrayList<>(remarks.size());
        for (Remark r : remarks) {
            rows.add(params(r));
        }
        Sql.batch(db.connection(), INSERT, rows);
    }

    public void update(Remark r) {
        Sql.update(db.connection(), "UPDATE remark SET agenda_item_id = ?, speaker_id = ?, kind = ?, category_id = ?, "
                        + "text = ?, reply_to_id = ?, disposition = ?, press_flag = ?, updated_at = ? WHERE id = ?",
                r.agendaItemId(), r.speakerId(), r.kind(), r.categoryId(), r.text(), r.replyToId(), r.disposition(),
                r.pressFlag(), Sql.now(), r.id());
    }

    public Optional<Remark> find(long id) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM remark WHERE id = ?", this::map, id);
    }

    /** All remarks and answers of a meeting in the order they were recorded. */
    public List<Remark> ofMeeting(long meetingId) {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM remark WHERE meeting_id = ? "
                + "ORDER BY recorded_at, id", this::map, meetingId);
    }

    public List<Remark> answersTo(long remarkId) {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM remark WHERE reply_to_id = ? ORDER BY id",
                this::map, remarkId);
    }

    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM remark WHERE id = ?", id);
    }

    /** The remark with its answers and their follow-ups, as they are: for undoing a delete. */
    public Snapshot snapshot(long id) {
        var c = db.connection();
        String tree = "id = ?1 OR reply_to_id = ?1";
        return new Snapshot().capture(c, "remark", tree, id)
                .capture(c, "follow_up", "remark_id IN (SELECT id FROM remark WHERE " + tree + ")", id)
                .capture(c, "follow_up_note", "follow_up_id IN (SELECT f.id FROM follow_up f JOIN remark r ON "
                        + "r.id = f.remark_id WHERE r.id = ?1 OR r.reply_to_id = ?1)", id);
    }

    public void restore(Snapshot snapshot) {
        snapshot.restore(db.connection());
    }

    /** Remarks (not answers) of the meeting that no answer replies to yet. */
    public List<Remark> unanswered(long meetingId) {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM remark r WHERE meeting_id = ? AND kind <> 'ANSWER' "
                + "AND NOT EXISTS (SELECT 1 FROM remark a WHERE a.reply_to_id = r.id) "
                + "AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.remark_id = r.id) ORDER BY recorded_at, id",
                this::map, meetingId);
    }

    // ---- the draft being typed (one per meeting)

    public void saveDraft(RemarkDraft d) {
        Sql.update(db.connection(), "INSERT INTO remark_draft (meeting_id, agenda_item_id, speaker_id, kind, category_id, "
                        + "text, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET "
                        + "agenda_item_id = excluded.agenda_item_id, speaker_id = excluded.speaker_id, "
                        + "kind = excluded.kind, category_id = excluded.category_id, text = excluded.text, "
                        + "saved_at = excluded.saved_at",
                d.meetingId(), d.agendaItemId(), d.speakerId(), d.kind(), d.categoryId(), d.text(), d.savedAt());
    }

    public Optional<RemarkDraft> draft(long meetingId) {
        return Sql.one(db.connection(), "SELECT meeting_id, agenda_item_id, speaker_id, kind, category_id, text, saved_at "
                + "FROM remark_draft WHERE meeting_id = ?", rs -> new RemarkDraft(rs.getLong("meeting_id"),
                Sql.longOrNull(rs, "agenda_item_id"), Sql.longOrNull(rs, "speaker_id"),
                Sql.enumOrNull(rs, "kind", RemarkKind.class), Sql.longOrNull(rs, "category_id"), rs.getString("text"),
                Sql.dateTime(rs, "saved_at")), meetingId);
    }

    public void clearDraft(long meetingId) {
        Sql.update(db.connection(), "DELETE FROM remark_draft WHERE meeting_id = ?", meetingId);
    }

    public long count() {
        return Sql.count(db.connection(), "SELECT count(*) FROM remark");
    }

    private static Object[] params(Remark r) {
        return new Object[] {r.meetingId(), r.agendaItemId(), r.speakerId(), r.kind(), r.categoryId(), r.text(),
                r.recordedAt(), r.replyToId(), r.disposition(), r.pressFlag()};
    }

    private Remark map(ResultSet rs) throws SQLException {
        return new Remark(rs.getLong("id"), rs.getLong("meeting_id"), Sql.longOrNull(rs, "agenda_item_id"),
                Sql.longOrNull(rs, "speaker_id"), RemarkKind.valueOf(rs.getString("kind")),
                Sql.longOrNull(rs, "category_id"), rs.getString("text"), Sql.dateTime(rs, "recorded_at"),
                Sql.longOrNull(rs, "reply_to_id"), Sql.enumOrNull(rs, "disposition", Disposition.class),
                rs.getInt("press_flag") != 0);
    }
}
