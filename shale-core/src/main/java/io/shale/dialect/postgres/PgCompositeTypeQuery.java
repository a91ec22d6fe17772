package io.shale.dialect.postgres;

import io.shale.schema.CompositeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composite types created with {@code CREATE TYPE ... AS (...)} (their {@code pg_class} row is of kind
 * {@code c}; tables' row types are left out), with their attributes in order and their comments. An
 * attribute's type is named as a column's is ({@link PgColumnQuery}): a built-in one by
 * {@code format_type}, any other quoted and qualified, so the result does not depend on the search
 * path; a collation only when it is not the attribute type's default.
 */
final class PgCompositeTypeQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.typname AS name,
                   pg_catalog.obj_description(t.oid, 'pg_type') AS comment, a.attname AS attribute,
                   %1$s AS attribute_type,
                   %2$s AS collation
              FROM pg_catalog.pg_type t
              JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
              JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
              LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              LEFT JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
              LEFT JOIN pg_catalog.pg_type et ON et.oid = at.typelem AND at.typcategory = 'A'
              LEFT JOIN pg_catalog.pg_type b ON b.oid = COALESCE(et.oid, at.oid)
              LEFT JOIN pg_catalog.pg_namespace bn ON bn.oid = b.typnamespace
              LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
              LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
             WHERE n.nspname = ANY(?) AND t.typtype = 'c' AND %3$s
             ORDER BY n.nspname, t.typname, a.attnum
            """.formatted(PostgresInspectSql.ATTRIBUTE_TYPE, PostgresInspectSql.attributeCollation("at"),
            PostgresInspectSql.notFromExtension("pg_catalog.pg_type", "t.oid"));

    private record Row(String schema, String name, String comment, CompositeType.Attribute attribute) {
    }

    private PgCompositeTypeQuery() {
    }

    static List<CompositeType> run(Connection connection, List<String> schemas) throws SQLException {
        List<Row> rows = PostgresInspectSql.query(connection, SQL, schemas, rs -> new Row(rs.getString("schema_name"),
                rs.getString("name"), rs.getString("comment"), rs.getString("attribute") == null ? null
                : new CompositeType.Attribute(rs.getString("attribute"), rs.getString("attribute_type"),
                        rs.getString("collation"))));
        Map<List<String>, List<Row>> byType = new LinkedHashMap<>();
        rows.forEach(row -> byType.computeIfAbsent(List.of(row.schema(), row.name()), k -> new ArrayList<>()).add(row));
        return byType.values().stream().map(typeRows -> {
            Row first = typeRows.get(0);
            return new CompositeType(first.schema(), first.name(), typeRows.stream().map(Row::attribute)
                    .filter(a -> a != null).toList(), first.comment());
        }).toList();
    }
}
