package io.shale.dialect.postgres;

import io.shale.dialect.RenderSupport;
import io.shale.dialect.StandardTableSql;
import io.shale.schema.Collation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL collations, named like every other object (quoted only where needed, qualified).
 * A {@code libc} collation whose {@code LC_COLLATE} and {@code LC_CTYPE} agree is written with
 * {@code locale}; {@code deterministic} and {@code rules} only when they differ from the defaults.
 * Only the comment can be altered: the differ drops and creates a collation whose definition changed.
 */
final class PostgresRenderCollations {
    private PostgresRenderCollations() {
    }

    static List<String> create(Collation collation) {
        List<String> options = new ArrayList<>();
        options.add("provider = " + collation.provider());
        if (collation.locale() != null) {
            options.add("locale = " + RenderSupport.literal(collation.locale()));
        } else if (Objects.equals(collation.lcCollate(), collation.lcCtype())) {
            options.add("locale = " + RenderSupport.literal(collation.lcCollate()));
        } else {
            options.add("lc_collate = " + RenderSupport.literal(collation.lcCollate()));
            options.add("lc_ctype = " + RenderSupport.literal(collation.lcCtype()));
        }
        if (!collation.deterministic()) {
            options.add("deterministic = false");
        }
        if (collation.rules() != null) {
            options.add("rules = " + RenderSupport.literal(collation.rules()));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE COLLATION " + name(collation) + " (" + String.join(", ", options) + ")");
        if (collation.comment() != null) {
            statements.add(comment(collation, collation.comment()));
        }
        return statements;
    }

    static String drop(Collation collation) {
        return "DROP COLLATION " + name(collation);
    }

    /** The comment, the one thing of a collation PostgreSQL alters. */
    static List<String> alter(Collation from, Collation to) {
        return Objects.equals(from.comment(), to.comment()) ? List.of() : List.of(comment(to, to.comment()));
    }

    private static String comment(Collation collation, String comment) {
        return "COMMENT ON COLLATION " + name(collation) + " IS " + StandardTableSql.literalOrNull(comment);
    }

    private static String name(Collation collation) {
        return PostgresRenderNames.qualified(collation.schema(), collation.name());
    }
}
