package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.Attendance;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.PersonHistory;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.SearchText;
import kr.roundtable.model.Side;

/** 인물. */
public final class PersonRepository {
    private static final String COLUMNS =
            "id, name, organization_id, department, title, rank, phone, email, note, birth_year";
    private static final String INSERT = "INSERT INTO person (name, organization_id, department, title, rank, "
            + "phone, email, note, birth_year, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ENTRY = "SELECT p.id, p.name, p.organization_id, p.department, p.title, p.rank, "
            + "p.phone, p.email, p.note, p.birth_year, o.name AS organization_name FROM person p "
            + "LEFT JOIN organization o ON o.id = p.organization_id";
    private final Database db;

    public PersonRepository(Database db) {
        this.db = db;
    }

    public Person insert(Person p) {
        return p.withId(Sql.insert(db.connection(), INSERT, params(p, organizationName(p.organizationId()))));
    }

    /** Many people in one prepared batch (imports, the generator); ids are not returned. */
    public void insertAll(List<Person> people) {
        java.util.Map<Long, String> orgNames = new java.util.HashMap<>();
        List<Object[]> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            String org = p.organizationId() == null ? null
                    : orgNames.computeIfAbsent(p.organizationId(), this::organizationName);
            rows.add(params(p, org));
        }
        Sql.batch(db.connection(), INSERT, rows);
    }

    public void update(Person p) {
        Sql.update(db.connection(), "UPDATE person SET name = ?, organization_id = ?, department = ?, title = ?, "
                        + "rank = ?, phone = ?, email = ?, note = ?, birth_year = ?, search_text = ?, updated_at = ? "
                        + "WHERE id = ?",
                p.name(), p.organizationId(), p.department(), p.title(), p.rank(), p.phone(), p.email(), p.note(),
                p.birthYear(), SearchText.of(p, organizationName(p.organizationId())), Sql.now(), p.id());
    }

    private String organizationName(Long organizationId) {
        return organizationId == null ? null : Sql.one(db.connection(), "SELECT name FROM organization WHERE id = ?",
                rs -> rs.getString(1), organizationId).orElse(null);
    }

    /**
     * People whose search text contains every word of {@code query} (a word of initial consonants matches the
     * initials of name and organization); at most {@code limit}, in no particular order.
     */
    public List<RosterEntry> search(String query, int limit) {
        String[] words = SearchText.normalizeQuery(query).split(" ");
        StringBuilder sql = new StringBuilder(ENTRY).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                sql.append(" AND p.search_text LIKE ? ESCAPE '\\'");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        sql.append(" LIMIT ?");
        params.add(limit);
        return Sql.list(db.connection(), sql.toString(), this::mapEntry, params.toArray());
    }

    /** Everyone, with organization names; {@code limit} caps the rows for very large rosters. */
    public List<RosterEntry> entries(int limit) {
        return Sql.list(db.connection(), ENTRY + " ORDER BY p.name, p.id LIMIT ?", this::mapEntry, limit);
    }

    public Optional<RosterEntry> entry(long id) {
        return Sql.one(db.connection(), ENTRY + " WHERE p.id = ?", this::mapEntry, id);
    }

    /** Fills the search text of rows that have none (rows from before it existed); returns how many. */
    public int reindexMissing() {
        return reindex("p.search_text IS NULL");
    }

    /** Recomputes the search text of an organization's people, after the organization was renamed. */
    public int reindexOrganization(long organizationId) {
        return reindex("p.organization_id = " + organizationId);
    }

    private int reindex(String where) {
        List<RosterEntry> rows = Sql.list(db.connection(), ENTRY + " WHERE " + where, this::mapEntry);
        List<Object[]> updates = new ArrayList<>(rows.size());
        for (RosterEntry e : rows) {
            updates.add(new Object[] {SearchText.of(e.person(), e.organizationName()), e.person().id()});
        }
        if (!updates.isEmpty()) {
            Sql.batch(db.connection(), "UPDATE person SET search_text = ? WHERE id = ?", updates);
        }
        return rows.size();
    }

    /** Whether any meeting refers to the person (as participant, substitute or chair). */
    public boolean isReferenced(long id) {
        return Sql.count(db.connection(), "SELECT (SELECT count(*) FROM participant WHERE person_id = ?1 "
                + "OR substitute_person_id = ?1) + (SELECT count(*) FROM meeting WHERE chair_person_id = ?1)", id) > 0;
    }

    /** The person's row as it is, for undoing a delete. */
    public Snapshot snapshot(long id) {
        return new Snapshot().capture(db.connection(), "person", "id = ?", id);
    }

    public void restore(Snapshot snapshot) {
        snapshot.restore(db.connection());
    }

    /**
     * Two records of one person become one: every participation, substitution, chair and remark of {@code dropId}
     * moves to {@code keepId}, then {@code dropId} is deleted. Where both sat in the same meeting, the kept
     * participation stays and the dropped one's remarks and presentations move to it.
     */
    public void mergeInto(long keepId, long dropId) {
        var c = db.connection();
        String shared = "SELECT d.id FROM participant d WHERE d.person_id = ?2 AND d.meeting_id IN "
                + "(SELECT meeting_id FROM participant WHERE person_id = ?1)";
        String keptOf = "(SELECT k.id FROM participant k JOIN participant d ON d.meeting_id = k.meeting_id "
                + "WHERE k.person_id = ?1 AND d.id = %s)";
        Sql.update(c, "UPDATE remark SET speaker_id = " + keptOf.formatted("remark.speaker_id")
                + " WHERE speaker_id IN (" + shared + ")", keepId, dropId);
        Sql.update(c, "UPDATE agenda_item SET presenter_id = " + keptOf.formatted("agenda_item.presenter_id")
                + " WHERE presenter_id IN (" + shared + ")", keepId, dropId);
        Sql.update(c, "DELETE FROM participant WHERE id IN (" + shared + ")", keepId, dropId);
        Sql.update(c, "UPDATE participant SET person_id = ? WHERE person_id = ?", keepId, dropId);
        Sql.update(c, "UPDATE participant SET substitute_person_id = ? WHERE substitute_person_id = ?", keepId, dropId);
        Sql.update(c, "UPDATE meeting SET chair_person_id = ? WHERE chair_person_id = ?", keepId, dropId);
        Sql.update(c, "DELETE FROM person WHERE id = ?", dropId);
    }

    public PersonHistory history(long id) {
        List<PersonHistory.Participation> participations = Sql.list(db.connection(),
                "SELECT m.id, s.name AS series_name, m.ordinal, m.date, m.title, p.side, p.role, p.attendance, "
                        + "p.title AS title_then, p.organization_name FROM participant p JOIN meeting m ON m.id = p.meeting_id "
                        + "LEFT JOIN meeting_series s ON s.id = m.series_id WHERE p.person_id = ? "
                        + "ORDER BY m.date DESC, m.id DESC",
                rs -> new PersonHistory.Participation(rs.getLong("id"), rs.getString("series_name"),
                        Sql.intOrNull(rs, "ordinal"), Sql.date(rs, "date"), rs.getString("title"),
                        Side.valueOf(rs.getString("side")), ParticipantRole.valueOf(rs.getString("role")),
                        Attendance.valueOf(rs.getString("attendance")), rs.getString("title_then"),
                        rs.getString("organization_name")), id);
        List<PersonHistory.RaisedRemark> remarks = Sql.list(db.connection(),
                "SELECT r.id, m.id AS meeting_id, m.title, m.date, r.kind, r.text, "
                        + "(SELECT group_concat(f.status) FROM follow_up f WHERE f.remark_id = r.id) AS statuses "
                        + "FROM remark r JOIN participant p ON p.id = r.speaker_id JOIN meeting m ON m.id = r.meeting_id "
                        + "WHERE p.person_id = ? AND r.kind <> 'ANSWER' ORDER BY m.date DESC, r.recorded_at",
                rs -> {
                    String statuses = rs.getString("statuses");
                    List<FollowUpStatus> followUps = statuses == null ? List.of()
                            : java.util.Arrays.stream(statuses.split(",")).map(FollowUpStatus::valueOf).toList();
                    return new PersonHistory.RaisedRemark(rs.getLong("id"), rs.getLong("meeting_id"),
                            rs.getString("title"), Sql.date(rs, "date"), RemarkKind.valueOf(rs.getString("kind")),
                            rs.getString("text"), followUps);
                }, id);
        return new PersonHistory(participations, remarks);
    }

    public Optional<Person> find(long id) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM person WHERE id = ?", this::map, id);
    }

    /** The person of that name in that organization: the rule that makes an import row an update. */
    public Optional<Person> findByNameAndOrganization(String name, Long organizationId) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM person WHERE name = ? AND organization_id IS ? "
                + "ORDER BY id LIMIT 1", this::map, name, organizationId);
    }

    public List<Person> all() {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM person ORDER BY name, id", this::map);
    }

    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM person WHERE id = ?", id);
    }

    public long count() {
        return Sql.count(db.connection(), "SELECT count(*) FROM person");
    }

    public List<Long> ids() {
        return Sql.list(db.connection(), "SELECT id FROM person ORDER BY id", rs -> rs.getLong(1));
    }

    private static Object[] params(Person p, String organizationName) {
        return new Object[] {p.name(), p.organizationId(), p.department(), p.title(), p.rank(), p.phone(),
                p.email(), p.note(), p.birthYear(), SearchText.of(p, organizationName)};
    }

    private RosterEntry mapEntry(ResultSet rs) throws SQLException {
        return new RosterEntry(map(rs), rs.getString("organization_name"));
    }

    private Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), Sql.longOrNull(rs, "organization_id"),
                rs.getString("department"), rs.getString("title"), Sql.intOrNull(rs, "rank"),
                rs.getString("phone"), rs.getString("email"), rs.getString("note"),
                Sql.intOrNull(rs, "birth_year"));
    }
}
