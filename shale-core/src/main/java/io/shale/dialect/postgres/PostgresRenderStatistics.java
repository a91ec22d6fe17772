package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL extended statistics: {@code CREATE STATISTICS} with the kinds (none for the default),
 * columns and expressions as the inspector read them, {@code ALTER STATISTICS ... SET STATISTICS}
 * for a target other than the default, {@code COMMENT ON STATISTICS}, {@code DROP STATISTICS}.
 */
final class PostgresRenderStatistics {
    private PostgresRenderStatistics() {
    }

    static List<String> create(ExtendedStatistics statistics) {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE STATISTICS " + name(statistics)
                + (statistics.kinds().isEmpty() ? "" : " (" + String.join(", ", statistics.kinds()) + ")")
                + " ON " + statistics.on() + " FROM " + qualified(statistics.tableSchema(), statistics.table()));
        if (statistics.target() != null) {
            statements.add(target(statistics));
        }
        if (statistics.comment() != null) {
            statements.add(comment(statistics));
        }
        return statements;
    }

    static String drop(ExtendedStatistics statistics) {
        return "DROP STATISTICS " + name(statistics);
    }

    /** The target and the comment, each where it changed. */
    static List<String> alter(Change.AlterStatistics change) {
        List<String> statements = new ArrayList<>();
        if (!Objects.equals(change.from().target(), change.to().target())) {
            statements.add(target(change.to()));
        }
        if (!Objects.equals(change.from().comment(), change.to().comment())) {
            statements.add(comment(change.to()));
        }
        return statements;
    }

    private static String target(ExtendedStatistics statistics) {
        return "ALTER STATISTICS " + name(statistics) + " SET STATISTICS "
                + (statistics.target() == null ? -1 : statistics.target());
    }

    private static String comment(ExtendedStatistics statistics) {
        return "COMMENT ON STATISTICS " + name(statistics) + " IS "
                + (statistics.comment() == null ? "NULL" : RenderSupport.literal(statistics.comment()));
    }

    private static String name(ExtendedStatistics statistics) {
        return qualified(statistics.schema(), statistics.name());
    }
}
