package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.StandardTableSql;
import io.shale.schema.CompositeType;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL composite types. Attribute types are written as the inspector reads them (built-in ones
 * as {@code format_type} prints them, others qualified); collations as columns' are. The attributes
 * of a kept type are changed with {@code ALTER TYPE ... DROP / ADD / ALTER ATTRIBUTE}, which
 * PostgreSQL allows while no table column uses the type (the differ warns otherwise).
 */
final class PostgresRenderCompositeTypes {
    private PostgresRenderCompositeTypes() {
    }

    static List<String> create(CompositeType type) {
        List<String> attributes = type.attributes().stream().map(PostgresRenderCompositeTypes::attribute).toList();
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TYPE " + name(type) + " AS (" + String.join(", ", attributes) + ")");
        if (type.comment() != null) {
            statements.add(comment(type, type.comment()));
        }
        return statements;
    }

    static String drop(CompositeType type) {
        return "DROP TYPE " + name(type);
    }

    /** One {@code ALTER TYPE} with every attribute change (drops, adds, alters), then the comment. */
    static List<String> alter(Change.AlterCompositeType change) {
        List<String> actions = new ArrayList<>();
        change.dropped().forEach(attribute -> actions.add("DROP ATTRIBUTE " + ident(attribute)));
        change.added().forEach(attribute -> actions.add("ADD ATTRIBUTE " + attribute(attribute)));
        change.altered().forEach(attribute -> actions.add("ALTER ATTRIBUTE " + ident(attribute.name()) + " TYPE "
                + attribute.type() + collate(attribute)));
        List<String> statements = new ArrayList<>();
        if (!actions.isEmpty()) {
            statements.add("ALTER TYPE " + name(change.to()) + " " + String.join(", ", actions));
        }
        if (!Objects.equals(change.from().comment(), change.to().comment())) {
            statements.add(comment(change.to(), change.to().comment()));
        }
        return statements;
    }

    private static String attribute(CompositeType.Attribute attribute) {
        return ident(attribute.name()) + " " + attribute.type() + collate(attribute);
    }

    private static String collate(CompositeType.Attribute attribute) {
        return attribute.collation() == null ? "" : " COLLATE " + PostgresRenderNames.collation(attribute.collation());
    }

    private static String comment(CompositeType type, String comment) {
        return "COMMENT ON TYPE " + name(type) + " IS " + StandardTableSql.literalOrNull(comment);
    }

    private static String name(CompositeType type) {
        return qualified(type.schema(), type.name());
    }
}
