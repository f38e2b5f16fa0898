package kr.roundtable.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statement plumbing for the repositories: binding by type, reading nullable columns, closing everything. */
final class Sql {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Sql() {
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) {
        List<T> rows = list(c, sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    static long count(Connection c, String sql, Object... params) {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Runs an INSERT … RETURNING id and gives the new row's id. */
    static long insert(Connection c, String sql, Object... params) {
        return one(c, sql + " RETURNING id", rs -> rs.getLong(1), params)
                .orElseThrow(() -> new StorageException("insert returned no id: " + sql));
    }

    static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs one statement for many parameter rows in a single prepared batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(ps, params);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                ps.setNull(index, Types.NULL);
            } else if (value instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (value instanceof Boolean b) {
                ps.setInt(index, b ? 1 : 0);
            } else if (value instanceof LocalDate d) {
                ps.setString(index, d.toString());
            } else if (value instanceof LocalTime t) {
                ps.setString(index, t.format(TIME));
            } else if (value instanceof LocalDateTime t) {
                ps.setString(index, instant(t));
            } else {
                ps.setObject(index, value);
            }
        }
    }

    static String instant(LocalDateTime t) {
        return t.format(INSTANT);
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static LocalTime time(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalTime.parse(text);
    }

    static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDateTime.parse(text);
    }

    static <E extends Enum<E>> E enumOrNull(ResultSet rs, String column, Class<E> type) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    static String now() {
        return instant(LocalDateTime.now());
    }

    static StorageException failure(String sql, SQLException e) {
        return new StorageException(e.getMessage() + " [" + sql.strip().lines().findFirst().orElse("") + "]", e);
    }
}
