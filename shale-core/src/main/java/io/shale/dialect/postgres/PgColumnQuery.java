package io.shale.dialect.postgres;

import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of every table, in position order. Built-in types are named by
 * {@code format_type(oid, NULL)}; other types (enums, domains, extension types) by their
 * schema-qualified name, so the output does not depend on the session's search path. An array
 * column is named by its element type, with {@code array} its dimensions. A collation of
 * {@code pg_catalog} is its bare name ({@code C}); any other is the quoted, qualified name
 * ({@code "public"."numeric"}), as {@link PostgresRenderNames#collation} writes it.
 */
final class PgColumnQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,
                   a.attnotnull AS not_null, a.atttypmod AS typmod,
                   CASE WHEN et.oid IS NULL THEN 0 ELSE GREATEST(a.attndims, 1) END AS dims,
                   CASE WHEN bn.nspname = 'pg_catalog' THEN pg_catalog.format_type(b.oid, NULL)
                        ELSE bn.nspname || '.' || b.typname END AS type_name,
                   %1$s AS type_display,
                   CASE WHEN a.attidentity = '' AND a.attgenerated = ''
                        THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_expr,
                   CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
                   a.attidentity AS identity, idseq.seqstart AS identity_start, idseq.seqincrement AS identity_increment,
                   %2$s AS collation,
                   cd.description AS comment
              FROM pg_catalog.pg_attribute a
              JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
              LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
              JOIN pg_catalog.pg_type b ON b.oid = COALESCE(et.oid, t.oid)
              JOIN pg_catalog.pg_namespace bn ON bn.oid = b.typnamespace
              LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
              LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
              LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
              LEFT JOIN pg_catalog.pg_description cd
                     ON cd.objoid = a.attrelid AND cd.classoid = 'pg_catalog.pg_class'::regclass
                    AND cd.objsubid = a.attnum
              LEFT JOIN LATERAL (
                   SELECT s.seqstart, s.seqincrement
                     FROM pg_catalog.pg_depend sd
                     JOIN pg_catalog.pg_sequence s ON s.seqrelid = sd.objid
                    WHERE a.attidentity <> '' AND sd.refclassid = 'pg_catalog.pg_class'::regclass
                      AND sd.refobjid = a.attrelid AND sd.refobjsubid = a.attnum
                      AND sd.classid = 'pg_catalog.pg_class'::regclass AND sd.deptype = 'i'
                    LIMIT 1) idseq ON true
             WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
               AND %3$s
             ORDER BY n.nspname, c.relname, a.attnum
            """.formatted(PostgresInspectSql.ATTRIBUTE_TYPE, PostgresInspectSql.attributeCollation("t"),
            PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgColumnQuery() {
    }

    static Map<PostgresInspectKey, List<Column>> run(Connection connection, List<String> schemas) throws SQLException {
        Map<PostgresInspectKey, List<Column>> columns = new LinkedHashMap<>();
        PostgresInspectSql.query(connection, SQL, schemas, rs -> {
            PostgresInspectKey key = new PostgresInspectKey(rs.getString("schema_name"), rs.getString("table_name"));
            columns.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(column(rs));
            return key;
        });
        return columns;
    }

    private static Column column(ResultSet rs) throws SQLException {
        String typeName = rs.getString("type_name");
        int typmod = rs.getInt("typmod");
        ColumnType type = new ColumnType(typeName, PostgresInspectTypmod.length(typeName, typmod),
                PostgresInspectTypmod.precision(typeName, typmod), PostgresInspectTypmod.scale(typeName, typmod),
                rs.getInt("dims"), rs.getString("type_display"));
        String identity = rs.getString("identity");
        Column.Identity identityOptions = identity == null || identity.isEmpty() ? null
                : new Column.Identity("a".equals(identity), rs.getLong("identity_start"),
                        rs.getLong("identity_increment"));
        return new Column(rs.getString("column_name"), type, !rs.getBoolean("not_null"), rs.getString("default_expr"),
                identityOptions, rs.getString("generated"), rs.getString("collation"), rs.getString("comment"));
    }
}
