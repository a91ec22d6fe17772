package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderTables.SQL;

import io.shale.schema.CheckConstraint;
import io.shale.schema.ForeignKey;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;

/**
 * Constraints with PostgreSQL's attributes: {@code DEFERRABLE [INITIALLY DEFERRED]} on keys,
 * {@code UNIQUE NULLS NOT DISTINCT}, and {@code NOT VALID} on checks and foreign keys (which only
 * {@code ALTER TABLE ... ADD} keeps: {@code CREATE TABLE} validates every check it declares).
 */
final class PostgresRenderConstraints {
    private PostgresRenderConstraints() {
    }

    static String primaryKey(PrimaryKey key) {
        return SQL.primaryKey(key) + deferrable(key.deferrable(), key.initiallyDeferred());
    }

    static String unique(UniqueConstraint unique) {
        String sql = SQL.unique(unique);
        if (unique.nullsNotDistinct()) {
            sql = sql.replaceFirst("UNIQUE \\(", "UNIQUE NULLS NOT DISTINCT (");
        }
        return sql + deferrable(unique.deferrable(), unique.initiallyDeferred());
    }

    /** The check as {@code ALTER TABLE ... ADD} takes it, {@code NOT VALID} included. */
    static String check(CheckConstraint check) {
        return SQL.check(check) + (check.notValid() ? " NOT VALID" : "");
    }

    static String foreignKey(ForeignKey key) {
        return SQL.foreignKey(key) + deferrable(key.deferrable(), key.initiallyDeferred())
                + (key.notValid() ? " NOT VALID" : "");
    }

    private static String deferrable(boolean deferrable, boolean deferred) {
        return !deferrable ? "" : " DEFERRABLE" + (deferred ? " INITIALLY DEFERRED" : "");
    }
}
