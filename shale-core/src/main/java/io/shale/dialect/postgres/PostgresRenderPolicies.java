package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.schema.Policy;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Row-level security: {@code ALTER TABLE ... ROW LEVEL SECURITY} and policies. */
final class PostgresRenderPolicies {
    private PostgresRenderPolicies() {
    }

    /** What a new table needs beyond {@code CREATE TABLE}: nothing when row-level security is off and not forced. */
    static List<String> forNewTable(Table table) {
        List<String> statements = new ArrayList<>();
        if (table.rowSecurity()) {
            statements.add(enable(table.schema(), table.name(), true));
        }
        if (table.forceRowSecurity()) {
            statements.add(force(table.schema(), table.name(), true));
        }
        return statements;
    }

    static String enable(String schema, String table, boolean enabled) {
        return PostgresRenderTables.SQL.alterTable(schema, table) + (enabled ? "ENABLE" : "DISABLE")
                + " ROW LEVEL SECURITY";
    }

    static String force(String schema, String table, boolean forced) {
        return PostgresRenderTables.SQL.alterTable(schema, table) + (forced ? "FORCE" : "NO FORCE")
                + " ROW LEVEL SECURITY";
    }

    static String create(Policy policy) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(ident(policy.name())).append(" ON ")
                .append(qualified(policy.schema(), policy.table()))
                .append(policy.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE")
                .append(" FOR ").append(policy.command())
                .append(" TO ").append(policy.roles().stream().map(PostgresRenderPolicies::role)
                        .collect(Collectors.joining(", ")));
        if (policy.using() != null) {
            sql.append(" USING (").append(policy.using()).append(')');
        }
        if (policy.withCheck() != null) {
            sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        }
        return sql.toString();
    }

    static String drop(Policy policy) {
        return "DROP POLICY " + ident(policy.name()) + " ON " + qualified(policy.schema(), policy.table());
    }

    /** {@code public} is the keyword for every role, not a role of that name. */
    private static String role(String role) {
        return role.equals("public") ? "PUBLIC" : ident(role);
    }
}
