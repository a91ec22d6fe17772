package io.shale.dialect.h2;

import io.shale.dialect.CanonicalDump;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * H2's own description of every object: the rows of its {@code INFORMATION_SCHEMA} views, every
 * column of them except catalog names, positions, counters and type names as declared (a DECIMAL
 * column is a NUMERIC one). Names that H2 generates
 * ({@code CONSTRAINT_8A}, {@code SYSTEM_SEQUENCE_...}) differ between two databases, so objects
 * named that way are keyed by what they are (type and columns) instead.
 */
final class H2CanonicalDump implements CanonicalDump {
    private static final Pattern GENERATED = Pattern.compile("(CONSTRAINT|SYSTEM_SEQUENCE)_[0-9A-F_]+");
    private static final String SCHEMAS = " NOT IN ('INFORMATION_SCHEMA')";
    /** Columns that name the object (they make the key), or differ between equal databases. */
    private static final Set<String> LEFT_OUT = Set.of("TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "COLUMN_NAME",
            "CONSTRAINT_CATALOG", "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME", "INDEX_CATALOG", "INDEX_SCHEMA", "INDEX_NAME",
            "ORDINAL_POSITION", "DTD_IDENTIFIER", "IDENTITY_BASE", "BASE_VALUE", "LAST_MODIFICATION", "ROW_COUNT_ESTIMATE",
            "SEQUENCE_CATALOG", "SEQUENCE_SCHEMA", "SEQUENCE_NAME", "TRIGGER_CATALOG", "TRIGGER_SCHEMA", "TRIGGER_NAME",
            "EVENT_OBJECT_CATALOG", "EVENT_OBJECT_SCHEMA", "EVENT_OBJECT_TABLE", "DOMAIN_CATALOG", "DOMAIN_SCHEMA",
            "DOMAIN_NAME_", "ROUTINE_CATALOG", "ROUTINE_SCHEMA", "ROUTINE_NAME", "SPECIFIC_CATALOG", "SPECIFIC_SCHEMA",
            "SPECIFIC_NAME", "CONSTANT_CATALOG", "CONSTANT_SCHEMA", "CONSTANT_NAME", "SYNONYM_CATALOG", "SYNONYM_SCHEMA",
            "SYNONYM_NAME", "CATALOG_NAME", "SCHEMA_NAME", "SCHEMA_OWNER", "VIEW_CATALOG", "VIEW_SCHEMA", "VIEW_NAME",
            "UNIQUE_CONSTRAINT_CATALOG", "UNIQUE_CONSTRAINT_SCHEMA", "UNIQUE_CONSTRAINT_NAME", "DEFAULT_CHARACTER_SET_CATALOG",
            "DEFAULT_CHARACTER_SET_SCHEMA", "DEFAULT_COLLATION_NAME", "TABLE_CLASS", "ID", "STATUS", "CREATED");

    @Override
    public SortedMap<String, String> dump(Connection c, Predicate<String> skipTable) throws SQLException {
        SortedMap<String, String> out = new TreeMap<>();
        Map<String, String> keyColumns = keyColumns(c);
        Map<String, String> constraintKeys = new HashMap<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA" + SCHEMAS)) {
                while (rs.next()) {
                    String qualified = rs.getString(1) + "." + rs.getString(3);
                    String name = GENERATED.matcher(rs.getString(3)).matches()
                            ? rs.getString(4) + " (" + keyColumns.getOrDefault(qualified, "") + ")" : rs.getString(3);
                    constraintKeys.put(qualified, rs.getString(1) + "." + rs.getString(2) + "." + name);
                }
            }
            rows(st, out, skipTable, "schema", "SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME" + SCHEMAS,
                    rs -> rs.getString("SCHEMA_NAME"), null);
            rows(st, out, skipTable, "table", "SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("TABLE_SCHEMA") + "." + rs.getString("TABLE_NAME"), "TABLE_NAME");
            rows(st, out, skipTable, "column", "SELECT * FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("TABLE_SCHEMA") + "." + rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"),
                    "TABLE_NAME");
            rows(st, out, skipTable, "constraint", "SELECT tc.*, cc.CHECK_CLAUSE, rc.UPDATE_RULE, rc.DELETE_RULE,"
                            + " rc.UNIQUE_CONSTRAINT_SCHEMA || '.' || rc.UNIQUE_CONSTRAINT_NAME AS REFERENCES_"
                            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                            + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                            + "  AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                            + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                            + "  AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME WHERE tc.CONSTRAINT_SCHEMA" + SCHEMAS,
                    rs -> constraintKeys.get(rs.getString("CONSTRAINT_SCHEMA") + "." + rs.getString("CONSTRAINT_NAME")),
                    "TABLE_NAME", keyColumns, constraintKeys);
            rows(st, out, skipTable, "index", "SELECT i.*, (SELECT LISTAGG(ic.COLUMN_NAME || ' ' || ic.ORDERING_SPECIFICATION"
                            + " || ' NULLS ' || ic.NULL_ORDERING, ', ') WITHIN GROUP (ORDER BY ic.ORDINAL_POSITION)"
                            + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic WHERE ic.INDEX_SCHEMA = i.INDEX_SCHEMA"
                            + " AND ic.INDEX_NAME = i.INDEX_NAME) AS COLUMNS_ FROM INFORMATION_SCHEMA.INDEXES i"
                            + " WHERE i.IS_GENERATED = FALSE AND i.TABLE_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("INDEX_SCHEMA") + "." + rs.getString("INDEX_NAME"), "TABLE_NAME");
            rows(st, out, skipTable, "view", "SELECT * FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("TABLE_SCHEMA") + "." + rs.getString("TABLE_NAME"), "TABLE_NAME");
            rows(st, out, skipTable, "trigger", "SELECT * FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("TRIGGER_SCHEMA") + "." + rs.getString("TRIGGER_NAME"), "EVENT_OBJECT_TABLE");
            rows(st, out, skipTable, "sequence", "SELECT * FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA" + SCHEMAS
                            + " AND SEQUENCE_NAME NOT LIKE 'SYSTEM\\_SEQUENCE\\_%' ESCAPE '\\'",
                    rs -> rs.getString("SEQUENCE_SCHEMA") + "." + rs.getString("SEQUENCE_NAME"), null);
            rows(st, out, skipTable, "domain", "SELECT * FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("DOMAIN_SCHEMA") + "." + rs.getString("DOMAIN_NAME"), null);
            rows(st, out, skipTable, "routine", "SELECT * FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("ROUTINE_SCHEMA") + "." + rs.getString("SPECIFIC_NAME"), null);
            rows(st, out, skipTable, "constant", "SELECT * FROM INFORMATION_SCHEMA.CONSTANTS WHERE CONSTANT_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("CONSTANT_SCHEMA") + "." + rs.getString("CONSTANT_NAME"), null);
            rows(st, out, skipTable, "synonym", "SELECT * FROM INFORMATION_SCHEMA.SYNONYMS WHERE SYNONYM_SCHEMA" + SCHEMAS,
                    rs -> rs.getString("SYNONYM_SCHEMA") + "." + rs.getString("SYNONYM_NAME"), null);
        }
        return out;
    }

    /** The key columns of every constraint, {@code schema.constraint -> "A, B"}, in key order. */
    private static Map<String, String> keyColumns(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME,"
                + " TABLE_NAME, LISTAGG(COLUMN_NAME, ', ') WITHIN GROUP (ORDER BY ORDINAL_POSITION)"
                + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA" + SCHEMAS
                + " GROUP BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_NAME")) {
            while (rs.next()) {
                out.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3) + " " + rs.getString(4));
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Key {
        String of(ResultSet rs) throws SQLException;
    }

    private static void rows(Statement st, SortedMap<String, String> out, Predicate<String> skipTable, String kind,
                             String sql, Key key, String tableColumn) throws SQLException {
        rows(st, out, skipTable, kind, sql, key, tableColumn, Map.of(), Map.of());
    }

    /** Every row of {@code sql} as one object: its columns but {@link #LEFT_OUT}, {@code NAME=value} a line. */
    private static void rows(Statement st, SortedMap<String, String> out, Predicate<String> skipTable, String kind,
                             String sql, Key key, String tableColumn, Map<String, String> keyColumns,
                             Map<String, String> constraintKeys) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                if (tableColumn != null && rs.getString(tableColumn) != null && skipTable.test(rs.getString(tableColumn))) {
                    continue;
                }
                StringBuilder def = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String column = md.getColumnLabel(i).toUpperCase(Locale.ROOT);
                    if (LEFT_OUT.contains(column) || column.endsWith("_CATALOG") || column.startsWith("DECLARED_")
                            || rs.getObject(i) == null) {
                        continue;
                    }
                    String value = rs.getString(i);
                    if (column.equals("REFERENCES_")) {
                        value = constraintKeys.getOrDefault(value, value) + " " + keyColumns.getOrDefault(value, "");
                    }
                    def.append(def.length() == 0 ? "" : "\n").append(column).append('=').append(value);
                }
                String constraint = kind.equals("constraint") ? rs.getString("CONSTRAINT_SCHEMA") + "."
                        + rs.getString("CONSTRAINT_NAME") : null;
                if (constraint != null && keyColumns.containsKey(constraint)) {
                    def.append("\nCOLUMNS=").append(keyColumns.get(constraint));
                }
                out.put(kind + " " + key.of(rs), def.toString());
            }
        }
    }
}
