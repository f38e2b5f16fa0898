package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Side;

/** 간담회 with its hosts, participants (참석자) and agenda (안건): one aggregate. */
public final class MeetingRepository {
    private static final String COLUMNS = "id, series_id, ordinal, title, kind, date, start_time, end_time, venue, "
            + "chair_person_id, purpose, status";
    private static final String PARTICIPANT_COLUMNS = "id, meeting_id, person_id, side, role, attendance, "
            + "substitute_person_id, title, organization_name";
    private static final String AGENDA_COLUMNS = "id, meeting_id, position, title, description, presenter_id, "
            + "planned_minutes, actual_start, actual_end";
    private final Database db;

    public MeetingRepository(Database db) {
        this.db = db;
    }

    public Meeting insert(Meeting m) {
        long id = Sql.insert(db.connection(), "INSERT INTO meeting (series_id, ordinal, title, kind, date, start_time, "
                        + "end_time, venue, chair_person_id, purpose, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.seriesId(), m.ordinal(), m.title(), m.kind(), m.date(), m.startTime(), m.endTime(), m.venue(),
                m.chairPersonId(), m.purpose(), m.status());
        writeHosts(id, m);
        return m.withId(id);
    }

    public void update(Meeting m) {
        Sql.update(db.connection(), "UPDATE meeting SET series_id = ?, ordinal = ?, title = ?, kind = ?, date = ?, "
                        + "start_time = ?, end_time = ?, venue = ?, chair_person_id = ?, purpose = ?, status = ?, "
                        + "updated_at = ? WHERE id = ?",
                m.seriesId(), m.ordinal(), m.title(), m.kind(), m.date(), m.startTime(), m.endTime(), m.venue(),
                m.chairPersonId(), m.purpose(), m.status(), Sql.now(), m.id());
        Sql.update(db.connection(), "DELETE FROM meeting_host WHERE meeting_id = ?", m.id());
        writeHosts(m.id(), m);
    }

    private void writeHosts(long meetingId, Meeting m) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < m.hostIds().size(); i++) {
            rows.add(new Object[] {meetingId, m.hostIds().get(i), "HOST", i});
        }
        for (int i = 0; i < m.coHostIds().size(); i++) {
            rows.add(new Object[] {meetingId, m.coHostIds().get(i), "CO_HOST", i});
        }
        if (!rows.isEmpty()) {
            Sql.batch(db.connection(),
                    "INSERT INTO meeting_host (meeting_id, organization_id, role, position) VALUES (?, ?, ?, ?)", rows);
        }
    }

    public Optional<Meeting> find(long id) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM meeting WHERE id = ?", rs -> map(rs), id);
    }

    public List<Meeting> inSeries(long seriesId) {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM meeting WHERE series_id = ? ORDER BY ordinal",
                this::map, seriesId);
    }

    /** Every meeting with its series name, newest first: the rows of the meetings list. */
    public List<MeetingSummary> summaries() {
        return Sql.list(db.connection(), "SELECT m.id, s.name AS series_name, m.ordinal, m.date, m.title, m.venue, "
                + "m.status FROM meeting m LEFT JOIN meeting_series s ON s.id = m.series_id "
                + "ORDER BY m.date DESC, m.id DESC", rs -> new MeetingSummary(rs.getLong("id"),
                rs.getString("series_name"), Sql.intOrNull(rs, "ordinal"), Sql.date(rs, "date"),
                rs.getString("title"), rs.getString("venue"), MeetingStatus.valueOf(rs.getString("status"))));
    }

    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM meeting WHERE id = ?", id);
    }

    /** The meeting with everything that hangs off it, as it is now: for undoing a delete. */
    public Snapshot snapshot(long id) {
        var c = db.connection();
        String ofMeeting = "meeting_id = ?";
        String ofRemarks = "remark_id IN (SELECT id FROM remark WHERE meeting_id = ?)";
        return new Snapshot().capture(c, "meeting", "id = ?", id)
                .capture(c, "meeting_host", ofMeeting, id)
                .capture(c, "participant", ofMeeting, id)
                .capture(c, "agenda_item", ofMeeting, id)
                .capture(c, "remark", ofMeeting, id)
                .capture(c, "follow_up", ofRemarks, id)
                .capture(c, "follow_up_note", "follow_up_id IN (SELECT f.id FROM follow_up f JOIN remark r "
                        + "ON r.id = f.remark_id WHERE r.meeting_id = ?)", id)
                .capture(c, "seating_plan", ofMeeting, id)
                .capture(c, "seat", "plan_id IN (SELECT id FROM seating_plan WHERE meeting_id = ?)", id);
    }

    public Snapshot snapshotAgendaItem(long itemId) {
        return new Snapshot().capture(db.connection(), "agenda_item", "id = ?", itemId);
    }

    public Snapshot snapshotParticipant(long participantId) {
        return new Snapshot().capture(db.connection(), "participant", "id = ?", participantId);
    }

    public void restore(Snapshot snapshot) {
        snapshot.restore(db.connection());
    }

    public void setStatus(long meetingId, MeetingStatus status) {
        Sql.update(db.connection(), "UPDATE meeting SET status = ?, updated_at = ? WHERE id = ?", status, Sql.now(),
                meetingId);
    }

    public long remarkCount(long meetingId) {
        return Sql.count(db.connection(), "SELECT count(*) FROM remark WHERE meeting_id = ?", meetingId);
    }

    /** Follow-ups of the meeting still 예정 or 추진중. */
    public long openFollowUpCount(long meetingId) {
        return Sql.count(db.connection(), "SELECT count(*) FROM follow_up f JOIN remark r ON r.id = f.remark_id "
                + "WHERE r.meeting_id = ? AND f.status IN ('PLANNED', 'IN_PROGRESS')", meetingId);
    }

    /** The series' meeting with the highest number, if any. */
    public Optional<Meeting> lastInSeries(long seriesId) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM meeting WHERE series_id = ? "
                + "ORDER BY ordinal DESC, date DESC LIMIT 1", this::map, seriesId);
    }

    /** The series' meeting numbered just before {@code ordinal}, if any. */
    public Optional<Meeting> previousInSeries(long seriesId, int ordinal) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM meeting WHERE series_id = ? AND ordinal < ? "
                + "ORDER BY ordinal DESC LIMIT 1", this::map, seriesId, ordinal);
    }

    public long count() {
        return Sql.count(db.connection(), "SELECT count(*) FROM meeting");
    }

    private Meeting map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> hosts = hostIds(id, "HOST");
        List<Long> coHosts = hostIds(id, "CO_HOST");
        return new Meeting(id, Sql.longOrNull(rs, "series_id"), Sql.intOrNull(rs, "ordinal"), rs.getString("title"),
                MeetingKind.valueOf(rs.getString("kind")), Sql.date(rs, "date"), Sql.time(rs, "start_time"),
                Sql.time(rs, "end_time"), rs.getString("venue"), hosts, coHosts,
                Sql.longOrNull(rs, "chair_person_id"), rs.getString("purpose"),
                MeetingStatus.valueOf(rs.getString("status")));
    }

    private List<Long> hostIds(long meetingId, String role) {
        return Sql.list(db.connection(), "SELECT organization_id FROM meeting_host WHERE meeting_id = ? AND role = ? "
                + "ORDER BY position", rs -> rs.getLong(1), meetingId, role);
    }

    // ---- participants (참석자)

    public Participant insertParticipant(Participant p) {
        return p.withId(Sql.insert(db.connection(), "INSERT INTO participant (meeting_id, person_id, side, role, "
                        + "attendance, substitute_person_id, title, organization_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                p.meetingId(), p.personId(), p.side(), p.role(), p.attendance(), p.substitutePersonId(), p.title(),
                p.organizationName()));
    }

    public void updateParticipant(Participant p) {
        Sql.update(db.connection(), "UPDATE participant SET side = ?, role = ?, attendance = ?, "
                        + "substitute_person_id = ?, title = ?, organization_name = ? WHERE id = ?",
                p.side(), p.role(), p.attendance(), p.substitutePersonId(), p.title(), p.organizationName(), p.id());
    }

    public Optional<Participant> findParticipant(long id) {
        return Sql.one(db.connection(), "SELECT " + PARTICIPANT_COLUMNS + " FROM participant WHERE id = ?",
                this::mapParticipant, id);
    }

    public boolean isInvited(long meetingId, long personId) {
        return Sql.count(db.connection(), "SELECT count(*) FROM participant WHERE meeting_id = ? AND person_id = ?",
                meetingId, personId) > 0;
    }

    public List<Participant> participants(long meetingId) {
        return Sql.list(db.connection(), "SELECT " + PARTICIPANT_COLUMNS + " FROM participant WHERE meeting_id = ? "
                + "ORDER BY id", this::mapParticipant, meetingId);
    }

    /** Participants with the people's names, current organization and title, and any substitute's name. */
    public List<Invitee> invitees(long meetingId) {
        return Sql.list(db.connection(), "SELECT pa.id, pa.meeting_id, pa.person_id, pa.side, pa.role, pa.attendance, "
                + "pa.substitute_person_id, pa.title, pa.organization_name, pe.name AS person_name, "
                + "pe.title AS person_title, o.name AS org_name, sub.name AS substitute_name FROM participant pa "
                + "JOIN person pe ON pe.id = pa.person_id LEFT JOIN organization o ON o.id = pe.organization_id "
                + "LEFT JOIN person sub ON sub.id = pa.substitute_person_id WHERE pa.meeting_id = ? ORDER BY pa.id",
                rs -> new Invitee(mapParticipant(rs), rs.getString("person_name"), rs.getString("org_name"),
                        rs.getString("person_title"), rs.getString("substitute_name")), meetingId);
    }

    public void deleteParticipant(long id) {
        Sql.update(db.connection(), "DELETE FROM participant WHERE id = ?", id);
    }

    private Participant mapParticipant(ResultSet rs) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("person_id"),
                Side.valueOf(rs.getString("side")), ParticipantRole.valueOf(rs.getString("role")),
                Attendance.valueOf(rs.getString("attendance")), Sql.longOrNull(rs, "substitute_person_id"),
                rs.getString("title"), rs.getString("organization_name"));
    }

    // ---- agenda (안건)

    public AgendaItem insertAgendaItem(AgendaItem a) {
        return a.withId(Sql.insert(db.connection(), "INSERT INTO agenda_item (meeting_id, position, title, "
                        + "description, presenter_id, planned_minutes, actual_start, actual_end) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                a.meetingId(), a.position(), a.title(), a.description(), a.presenterId(), a.plannedMinutes(),
                a.actualStart(), a.actualEnd()));
    }

    public void updateAgendaItem(AgendaItem a) {
        Sql.update(db.connection(), "UPDATE agenda_item SET position = ?, title = ?, description = ?, "
                        + "presenter_id = ?, planned_minutes = ?, actual_start = ?, actual_end = ? WHERE id = ?",
                a.position(), a.title(), a.description(), a.presenterId(), a.plannedMinutes(), a.actualStart(),
                a.actualEnd(), a.id());
    }

    public List<AgendaItem> agenda(long meetingId) {
        return Sql.list(db.connection(), "SELECT " + AGENDA_COLUMNS + " FROM agenda_item WHERE meeting_id = ? "
                + "ORDER BY position, id", rs -> new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"),
                rs.getInt("position"), rs.getString("title"), rs.getString("description"),
                Sql.longOrNull(rs, "presenter_id"), Sql.intOrNull(rs, "planned_minutes"),
                Sql.dateTime(rs, "actual_start"), Sql.dateTime(rs, "actual_end")), meetingId);
    }

    /** Renumbers the agenda 1, 2, 3, … in the order of {@code itemIds}. */
    public void reorderAgenda(List<Long> itemIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < itemIds.size(); i++) {
            rows.add(new Object[] {i + 1, itemIds.get(i)});
        }
        if (!rows.isEmpty()) {
            Sql.batch(db.connection(), "UPDATE agenda_item SET position = ? WHERE id = ?", rows);
        }
    }

    public void deleteAgendaItem(long id) {
        Sql.update(db.connection(), "DELETE FROM agenda_item WHERE id = ?", id);
    }
}
