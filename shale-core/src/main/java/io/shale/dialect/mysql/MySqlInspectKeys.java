package io.shale.dialect.mysql;

import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keys from {@code information_schema.STATISTICS}: {@code PRIMARY} is the primary key; a unique
 * B-tree key on plain whole columns is a {@link UniqueConstraint} (in MySQL a unique key is the
 * constraint); every other key is an {@link Index}. An index's {@code definition} is a
 * {@code CREATE INDEX} statement built from the key parts, since the server prints none; it is the
 * only place a prefix length ({@code name(10)}) appears. Invisible (MySQL) and ignored (MariaDB)
 * indexes are listed in {@code unsupported}.
 */
final class MySqlInspectKeys {

    record Keys(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<Index> indexes) {
        static final Keys NONE = new Keys(null, List.of(), List.of());
    }

    record Result(Map<MySqlInspectKey, Keys> keys, List<String> unsupported) {
    }

    private record Part(String column, String expression, boolean descending, Integer prefix) {
        String sql() {
            String key = column != null ? MySqlInspectSql.quote(column) + (prefix == null ? "" : "(" + prefix + ")")
                    : "(" + expression + ")";
            return descending ? key + " DESC" : key;
        }
    }

    private record RawIndex(MySqlInspectKey table, String name, boolean unique, String method, List<Part> parts) {
    }

    private static final String SQL = """
            SELECT *
              FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA IN (%s)
             ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """;

    private MySqlInspectKeys() {
    }

    /** @param tables the tables to read; keys of others are ignored */
    static Result run(Connection connection, List<String> schemas, Set<MySqlInspectKey> tables) throws SQLException {
        Map<List<String>, RawIndex> raw = new LinkedHashMap<>();
        List<String> unsupported = new ArrayList<>();
        MySqlInspectSql.query(connection, SQL, schemas, rs -> {
            MySqlInspectKey table = new MySqlInspectKey(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
            if (!tables.contains(table)) {
                return table;
            }
            String name = rs.getString("INDEX_NAME");
            RawIndex first = new RawIndex(table, name, rs.getInt("NON_UNIQUE") == 0,
                    rs.getString("INDEX_TYPE").toLowerCase(Locale.ROOT), new ArrayList<>());
            RawIndex index = raw.computeIfAbsent(List.of(table.schema(), table.table(), name), k -> first);
            String expression = MySqlInspectSql.hasColumn(rs, "EXPRESSION") ? MySqlInspectSql.text(rs, "EXPRESSION") : null;
            index.parts().add(new Part(expression == null ? rs.getString("COLUMN_NAME") : null, expression,
                    "D".equals(rs.getString("COLLATION")), MySqlInspectSql.integer(rs, "SUB_PART")));
            if (index.parts().size() == 1 && hidden(rs)) {
                unsupported.add("invisible index " + name + " on " + table.schema() + "." + table.table());
            }
            return table;
        });
        Map<MySqlInspectKey, Keys> keys = new HashMap<>();
        for (RawIndex index : raw.values()) {
            Keys current = keys.getOrDefault(index.table(), Keys.NONE);
            keys.put(index.table(), add(current, index));
        }
        return new Result(keys, unsupported);
    }

    private static Keys add(Keys keys, RawIndex index) {
        List<String> columns = index.parts().stream().map(Part::column).toList();
        if (index.name().equals("PRIMARY")) {
            return new Keys(new PrimaryKey(index.name(), columns), keys.uniques(), keys.indexes());
        }
        boolean plain = index.parts().stream().allMatch(p -> p.column() != null && p.prefix() == null && !p.descending());
        if (index.unique() && plain && index.method().equals("btree")) {
            List<UniqueConstraint> uniques = new ArrayList<>(keys.uniques());
            uniques.add(new UniqueConstraint(index.name(), columns));
            return new Keys(keys.primaryKey(), uniques, keys.indexes());
        }
        List<Index> indexes = new ArrayList<>(keys.indexes());
        indexes.add(new Index(index.name(), index.unique(), index.method(),
                index.parts().stream().map(p -> new Index.Key(p.column(), p.expression(), p.descending(), null)).toList(),
                List.of(), null, definition(index)));
        return new Keys(keys.primaryKey(), keys.uniques(), indexes);
    }

    private static String definition(RawIndex index) {
        String kind = switch (index.method()) {
            case "fulltext" -> "FULLTEXT ";
            case "spatial" -> "SPATIAL ";
            default -> index.unique() ? "UNIQUE " : "";
        };
        String using = index.method().equals("hash") ? " USING HASH" : "";
        return "CREATE " + kind + "INDEX " + MySqlInspectSql.quote(index.name()) + " ON "
                + MySqlInspectSql.quote(index.table().table()) + " ("
                + String.join(", ", index.parts().stream().map(Part::sql).toList()) + ")" + using;
    }

    /** MySQL 8's {@code IS_VISIBLE = 'NO'} or MariaDB 10.6's {@code IGNORED = 'YES'}. */
    private static boolean hidden(ResultSet rs) throws SQLException {
        return (MySqlInspectSql.hasColumn(rs, "IS_VISIBLE") && "NO".equals(rs.getString("IS_VISIBLE")))
                || (MySqlInspectSql.hasColumn(rs, "IGNORED") && "YES".equals(rs.getString("IGNORED")));
    }
}
