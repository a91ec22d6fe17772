package io.shale.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * The engine's own definition of every object of a database, keyed by object: what the proof of
 * {@code generate}, {@code diff} and {@code check --drift} compares. The definitions come from the
 * engine (PostgreSQL's {@code pg_get_*def}, MySQL's {@code SHOW CREATE}, SQLite's
 * {@code sqlite_master}, H2's {@code INFORMATION_SCHEMA}), never from Shale's catalog model, so an
 * attribute Shale does not model still shows up as a difference.
 */
public interface CanonicalDump {

    /**
     * Every object of every non-system schema, as {@code kind qualified.name -> definition}. Keys
     * and definitions carry no database name, so two databases of one server compare equal.
     *
     * @param skipTable tables left out with everything that belongs to them (history, {@code exclude:})
     */
    SortedMap<String, String> dump(Connection connection, Predicate<String> skipTable) throws SQLException;

    /**
     * As {@link #dump(Connection, Predicate)}, keeping only the objects of {@code schemas} (the
     * {@code schemas:} setting) when it is not empty, so that a schema Shale does not manage (another
     * application's) is never reported as a difference. What belongs to no schema (PostgreSQL's
     * extensions) is kept. Engines whose connection sees one schema (the default) ignore the list.
     */
    default SortedMap<String, String> dump(Connection connection, List<String> schemas, Predicate<String> skipTable)
            throws SQLException {
        return dump(connection, skipTable);
    }

    /**
     * The definition of {@code key} after one more round trip through the engine: the object is
     * created again from {@code definition} under a throw-away name on {@code scratch} and read back,
     * and everything is rolled back. The proof settles both sides of a difference this way, so that a
     * definition written by hand and one re-rendered from the engine's text are compared alike
     * (PostgreSQL prints {@code status IN ('A','B')} differently after a second round trip). Returns
     * {@code definition} unchanged where the engine's text is already stable or the object cannot be
     * re-created in isolation.
     */
    default String settle(Connection scratch, String key, String definition) {
        return definition;
    }
}
