package kr.roundtable.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;

/** 기관. */
public final class OrganizationRepository {
    private static final String COLUMNS = "id, name, kind, sector";
    private final Database db;

    public OrganizationRepository(Database db) {
        this.db = db;
    }

    public Organization insert(Organization organization) {
        long id = Sql.insert(db.connection(), "INSERT INTO organization (name, kind, sector) VALUES (?, ?, ?)",
                organization.name(), organization.kind(), organization.sector());
        return organization.withId(id);
    }

    public void update(Organization organization) {
        Sql.update(db.connection(), "UPDATE organization SET name = ?, kind = ?, sector = ? WHERE id = ?",
                organization.name(), organization.kind(), organization.sector(), organization.id());
    }

    public Optional<Organization> find(long id) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM organization WHERE id = ?", this::map, id);
    }

    public Optional<Organization> findByName(String name) {
        return Sql.one(db.connection(), "SELECT " + COLUMNS + " FROM organization WHERE name = ?", this::map, name);
    }

    /** The organization of that name, created with {@code kind} when there is none yet. */
    public Organization findOrCreate(String name, OrganizationKind kind) {
        return findByName(name.strip()).orElseGet(() -> insert(Organization.of(name, kind)));
    }

    public List<Organization> all() {
        return Sql.list(db.connection(), "SELECT " + COLUMNS + " FROM organization ORDER BY name", this::map);
    }

    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM organization WHERE id = ?", id);
    }

    /** How many people belong to the organization. */
    public long memberCount(long id) {
        return Sql.count(db.connection(), "SELECT count(*) FROM person WHERE organization_id = ?", id);
    }

    public long count() {
        return Sql.count(db.connection(), "SELECT count(*) FROM organization");
    }

    private Organization map(ResultSet rs) throws SQLException {
        return new Organization(rs.getLong("id"), rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")), rs.getString("sector"));
    }
}
