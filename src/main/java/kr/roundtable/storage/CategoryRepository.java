package kr.roundtable.storage;

import java.util.List;
import java.util.Optional;

import kr.roundtable.model.Category;

/** 분야: the user-editable list of remark categories. */
public final class CategoryRepository {
    private final Database db;

    public CategoryRepository(Database db) {
        this.db = db;
    }

    public List<Category> all() {
        return Sql.list(db.connection(), "SELECT id, name, position FROM category ORDER BY position, id",
                rs -> new Category(rs.getLong("id"), rs.getString("name"), rs.getInt("position")));
    }

    public Optional<Category> findByName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Category insert(String name) {
        int position = (int) Sql.count(db.connection(), "SELECT coalesce(max(position), 0) + 1 FROM category");
        long id = Sql.insert(db.connection(), "INSERT INTO category (name, position) VALUES (?, ?)", name, position);
        return new Category(id, name, position);
    }

    public void rename(long id, String name) {
        Sql.update(db.connection(), "UPDATE category SET name = ? WHERE id = ?", name, id);
    }
}
