package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.schema.RangeType;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL range types: {@code CREATE TYPE ... AS RANGE} with every option that is not the default
 * (types and functions written as the inspector reads them), {@code COMMENT ON TYPE}, {@code DROP TYPE}.
 * A range type cannot be altered: the differ drops and creates it again.
 */
final class PostgresRenderRangeTypes {
    private PostgresRenderRangeTypes() {
    }

    static List<String> create(RangeType type) {
        List<String> options = new ArrayList<>();
        options.add("subtype = " + type.subtype());
        if (type.opclass() != null) {
            options.add("subtype_opclass = " + type.opclass());
        }
        if (type.collation() != null) {
            options.add("collation = " + PostgresRenderNames.collation(type.collation()));
        }
        if (type.canonical() != null) {
            options.add("canonical = " + type.canonical());
        }
        if (type.subtypeDiff() != null) {
            options.add("subtype_diff = " + type.subtypeDiff());
        }
        if (type.multirange() != null) {
            options.add("multirange_type_name = " + qualified(type.schema(), type.multirange()));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TYPE " + name(type) + " AS RANGE (" + String.join(", ", options) + ")");
        if (type.comment() != null) {
            statements.add(comment(type));
        }
        return statements;
    }

    static String drop(RangeType type) {
        return "DROP TYPE " + name(type);
    }

    static String comment(RangeType type) {
        return "COMMENT ON TYPE " + name(type) + " IS "
                + (type.comment() == null ? "NULL" : RenderSupport.literal(type.comment()));
    }

    private static String name(RangeType type) {
        return qualified(type.schema(), type.name());
    }
}
