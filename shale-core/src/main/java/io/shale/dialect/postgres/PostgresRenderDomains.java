package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL domains. {@code CREATE DOMAIN} declares the validated checks; a {@code NOT VALID} check is
 * added after it, where it stays unvalidated (as on tables). A changed check is dropped and added again.
 */
final class PostgresRenderDomains {
    private PostgresRenderDomains() {
    }

    static List<String> create(Domain domain) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name(domain)).append(" AS ")
                .append(domain.baseType());
        if (domain.collation() != null) {
            sql.append(" COLLATE ").append(PostgresRenderNames.collation(domain.collation()));
        }
        if (domain.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(domain.defaultExpression());
        }
        if (domain.notNull()) {
            sql.append(" NOT NULL");
        }
        domain.checks().stream().filter(check -> !check.notValid())
                .forEach(check -> sql.append(' ').append(PostgresRenderConstraints.check(check)));
        List<String> statements = new ArrayList<>();
        statements.add(sql.toString());
        domain.checks().stream().filter(CheckConstraint::notValid)
                .forEach(check -> statements.add(alter(domain) + "ADD " + PostgresRenderConstraints.check(check)));
        if (domain.comment() != null) {
            statements.add(comment(domain, domain.comment()));
        }
        return statements;
    }

    static String drop(Domain domain) {
        return "DROP DOMAIN " + name(domain);
    }

    /** Only what changed: default, {@code NOT NULL}, checks (dropped, then added), comment. */
    static List<String> alter(Domain from, Domain to) {
        List<String> statements = new ArrayList<>();
        String alter = alter(to);
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            statements.add(alter + (to.defaultExpression() == null ? "DROP DEFAULT"
                    : "SET DEFAULT " + to.defaultExpression()));
        }
        for (CheckConstraint check : from.checks()) {
            if (!to.checks().contains(check)) {
                statements.add(alter + "DROP CONSTRAINT " + ident(check.name()));
            }
        }
        if (from.notNull() != to.notNull()) {
            statements.add(alter + (to.notNull() ? "SET NOT NULL" : "DROP NOT NULL"));
        }
        for (CheckConstraint check : to.checks()) {
            if (!from.checks().contains(check)) {
                statements.add(alter + "ADD " + PostgresRenderConstraints.check(check));
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            statements.add(comment(to, to.comment()));
        }
        return statements;
    }

    private static String alter(Domain domain) {
        return "ALTER DOMAIN " + name(domain) + " ";
    }

    private static String comment(Domain domain, String comment) {
        return "COMMENT ON DOMAIN " + name(domain) + " IS "
                + (comment == null ? "NULL" : RenderSupport.literal(comment));
    }

    private static String name(Domain domain) {
        return qualified(domain.schema(), domain.name());
    }
}
