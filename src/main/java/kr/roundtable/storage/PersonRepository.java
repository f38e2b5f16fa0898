package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.Person;

/** 인물. */
public final class PersonRepository {
    private static final String COLUMNS =
            "id, name, organization_id, department, title, rank, phone, email, note, birth_year";
    private static final String INSERT = "INSERT INTO person (name, organization_id, department, title, rank, "
            + "phone, email, note, birth_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final Database db;

    public PersonRepository(Database db) {
        this.db = db;
    }

    public Person insert(Person p) {
        return p.withId(Sql.insert(db.connection(), INSERT, params(p)));
    }

    /** Many people in one prepared batch (imports, the generator); ids are not returned. */
    public void insertAll(List<Person> people) {
        List<Object[]> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            rows.add(params(p));
        }
        Sql.batch(db.connection(), INSERT, rows);
    }

    public void update(Person p) {
        Sql.update(db.connection(), "UPDATE person SET name = ?, organization_id = ?, department = ?, title = ?, "
                        + "rank = ?, phone = ?, email = ?, note = ?, birth_year = ?, updated_at = ? WHERE id = ?",
                p.name(), p.organizationId(), p.department(), p.title(), p.rank(), p.phone(), p.email(), p.note(),
                p.birthYear(), Sql.now(), p.id());
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

    private static Object[] params(Person p) {
        return new Object[] {p.name(), p.organizationId(), p.department(), p.title(), p.rank(), p.phone(),
                p.email(), p.note(), p.birthYear()};
    }

    private Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), Sql.longOrNull(rs, "organization_id"),
                rs.getString("department"), rs.getString("title"), Sql.intOrNull(rs, "rank"),
                rs.getString("phone"), rs.getString("email"), rs.getString("note"),
                Sql.intOrNull(rs, "birth_year"));
    }
}
