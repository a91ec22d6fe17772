package io.shale.dialect;

import javax.sql.DataSource;

/**
 * A throw-away, empty database of the managed engine, for replaying migrations or applying the
 * models without touching the user's database. Closing it drops it.
 */
public interface ScratchDatabase extends AutoCloseable {
    DataSource dataSource();

    /** How messages name it (a redacted URL). */
    String description();

    @Override
    void close();
}
