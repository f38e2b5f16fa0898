package kr.roundtable.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an aggregate as they were, taken before a delete so the delete can be undone: restoring puts every
 * row back with its own id. Foreign keys are checked at commit, so the order of the rows does not matter.
 */
public final class Snapshot {
    private final List<TableRows> tables = new ArrayList<>();

    private record TableRows(String table, List<Map<String, Object>> rows) {
    }

    Snapshot capture(Connection c, String table, String where, Object... params) {
        String sql = "SELECT * FROM " + table + " WHERE " + where + " ORDER BY rowid";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                tables.add(new TableRows(table, rows));
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
        return this;
    }

    void restore(Connection c) {
        Sql.update(c, "PRAGMA defer_foreign_keys = ON");
        for (TableRows table : tables) {
            for (Map<String, Object> row : table.rows()) {
                String columns = String.join(", ", row.keySet());
                String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
                Sql.update(c, "INSERT INTO " + table.table() + " (" + columns + ") VALUES (" + marks + ")",
                        row.values().toArray());
            }
        }
    }

    /** How many rows the snapshot holds, over all its tables. */
    public int size() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
