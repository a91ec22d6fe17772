package io.shale.dialect;

import io.shale.schema.Catalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a {@link Catalog} from a live database with a handful of set-based queries per schema
 * (never one query per table).
 */
public interface Inspector {

    /**
     * @param connection an open connection; left in the state it was given
     * @param schemas    the schemas to read; empty means the connection's current schema
     *                   (PostgreSQL {@code current_schema()}, MySQL the current database, SQLite {@code main},
     *                   H2 the current schema)
     * @param skipTable  tables to leave out by name (Shale's own tables, {@code exclude:} patterns);
     *                   their indexes, constraints and triggers are left out with them
     */
    Catalog inspect(Connection connection, List<String> schemas, Predicate<String> skipTable) throws SQLException;

    /**
     * The schemas Shale manages when none are configured ({@code schemas:} unset): every schema of
     * the database that is not the engine's own. Empty (the default) means the connection's current
     * schema, for engines where a connection sees one schema.
     *
     * @param connection an open connection; left in the state it was given
     */
    default List<String> defaultSchemas(Connection connection) throws SQLException {
        return List.of();
    }
}
