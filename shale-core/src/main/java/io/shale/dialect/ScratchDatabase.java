package io.shale.dialect;

import java.util.Optional;
import javax.sql.DataSource;

/**
 * A throw-away, empty database of the managed engine, for replaying migrations or applying the
 * models without touching the user's database. Closing it drops it.
 */
public interface ScratchDatabase extends AutoCloseable {
    DataSource dataSource();

    /** How messages name it (a redacted URL). */
    String description();

    /**
     * How another program logs into this database (its JDBC URL and real credentials), or empty
     * where no other process can reach it (a database in memory) or the maker does not know them.
     */
    default Optional<DatabaseLogin> login() {
        return Optional.empty();
    }

    @Override
    void close();
}
