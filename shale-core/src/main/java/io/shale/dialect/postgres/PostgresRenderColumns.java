package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;

import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE ... ALTER COLUMN} for one changed column, one statement per aspect that changed. */
public final class PostgresRenderColumns {

    private PostgresRenderColumns() {
    }

    /**
     * The order matters: an identity or a default that goes away is dropped before the type changes
     * (an old default may not cast to the new type), a new default and identity come after it.
     */
    static List<String> alter(String schema, String table, Column from, Column to) {
        String alter = PostgresRenderTables.SQL.alterTable(schema, table) + "ALTER COLUMN " + ident(to.name()) + " ";
        List<String> statements = new ArrayList<>();
        if (from.generated() == null && to.generated() != null) {
            // PostgreSQL cannot turn a plain column into a generated one; its values are computed anyway.
            statements.add(PostgresRenderTables.SQL.alterTable(schema, table) + "DROP COLUMN " + ident(from.name()));
            statements.add(PostgresRenderTables.SQL.alterTable(schema, table) + "ADD COLUMN " + PostgresRenderTables.column(to));
            return statements;
        }
        if (from.identity() != null && to.identity() == null) {
            statements.add(alter + "DROP IDENTITY");
        }
        boolean typeChanged = !from.type().display().equals(to.type().display());
        boolean defaultChanged = !Objects.equals(from.defaultExpression(), to.defaultExpression());
        if (defaultChanged && from.defaultExpression() != null && (to.defaultExpression() == null || typeChanged)) {
            statements.add(alter + "DROP DEFAULT");
        }
        if (from.generated() != null && to.generated() == null) {
            statements.add(alter + "DROP EXPRESSION");
        } else if (from.generated() != null && !from.generated().equals(to.generated())) {
            statements.add(alter + "SET EXPRESSION AS (" + to.generated() + ")");
        }
        if (typeChanged || !Objects.equals(from.collation(), to.collation())) {
            statements.add(alter + typeChange(from, to, !sameTypeName(from.type(), to.type())));
        }
        if (from.nullable() != to.nullable()) {
            statements.add(alter + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (defaultChanged && to.defaultExpression() != null) {
            statements.add(alter + "SET DEFAULT " + to.defaultExpression());
        }
        if (from.identity() == null && to.identity() != null) {
            statements.add(alter + "ADD " + PostgresRenderTables.identity(to.identity()));
        } else if (from.identity() != null && to.identity() != null && !from.identity().equals(to.identity())) {
            statements.add(alter + identityChange(from.identity(), to.identity()));
        }
        return statements;
    }

    /** Types outside {@code pg_catalog}: the inspector names them schema-qualified, built-in ones never. */
    private static boolean userDefined(ColumnType type) {
        return type.name().contains(".");
    }

    private static boolean sameTypeName(ColumnType from, ColumnType to) {
        return from.name().equals(to.name()) && from.array() == to.array();
    }

    /**
     * {@code TYPE t [COLLATE c] [USING col::t]}: a cast is spelled out whenever the base type changes.
     * Between two types of a user schema (one enum to another, a domain to an enum) PostgreSQL has
     * no cast, so the value goes through its text: {@code USING col::text::t}.
     */
    private static String typeChange(Column from, Column to, boolean cast) {
        String sql = "TYPE " + to.type().display();
        if (to.collation() != null) {
            sql += " COLLATE " + PostgresRenderNames.collation(to.collation());
        }
        if (cast) {
            String through = userDefined(from.type()) && userDefined(to.type()) ? "::text" : "";
            sql += " USING " + ident(to.name()) + through + "::" + to.type().display();
        }
        return sql;
    }

    private static String identityChange(Column.Identity from, Column.Identity to) {
        List<String> options = new ArrayList<>();
        if (from.always() != to.always()) {
            options.add("SET GENERATED " + (to.always() ? "ALWAYS" : "BY DEFAULT"));
        }
        if (from.start() != to.start()) {
            options.add("SET START WITH " + to.start());
        }
        if (from.increment() != to.increment()) {
            options.add("SET INCREMENT BY " + to.increment());
        }
        return String.join(" ", options);
    }
}
