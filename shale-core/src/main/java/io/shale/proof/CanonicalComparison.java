package io.shale.proof;

import io.shale.dialect.CanonicalDump;
import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Compares two databases by the engine's own definition of every object ({@link CanonicalDump}),
 * never by Shale's catalog model: what Shale does not model still shows as a difference.
 *
 * <p>Like is compared with like: where two definitions differ as text, both are sent through the
 * engine again ({@link CanonicalDump#settle}) until neither changes, so a definition written by hand
 * and the engine's re-rendering of it compare after the same number of round trips.
 */
public final class CanonicalComparison {
    /** Enough round trips for PostgreSQL's casts to settle; more never changed a definition in practice. */
    private static final int MAX_ROUND_TRIPS = 3;

    private final Dialect dialect;
    private final Predicate<String> skipTable;
    private final List<String> schemas;

    /** @param skipTable tables left out of the comparison, with what belongs to them */
    public CanonicalComparison(Dialect dialect, Predicate<String> skipTable) {
        this(dialect, skipTable, List.of());
    }

    /**
     * @param skipTable tables left out of the comparison, with what belongs to them
     * @param schemas   the schemas compared ({@code schemas:}); the objects of any other schema are left
     *                  out of both sides. Empty: every schema the engine's dump sees (on PostgreSQL every
     *                  non-system schema)
     */
    public CanonicalComparison(Dialect dialect, Predicate<String> skipTable, List<String> schemas) {
        this.dialect = dialect;
        this.skipTable = skipTable;
        this.schemas = List.copyOf(schemas);
    }

    /**
     * The engine definitions of every object of the database, of the configured schemas only when
     * there are any.
     *
     * @throws ShaleException DB_ERROR when the catalog cannot be read
     */
    public SortedMap<String, String> dump(DataSource dataSource, String where) {
        try (Connection c = Connections.open(dataSource, where)) {
            return dialect.canonicalDump().dump(c, schemas, skipTable);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not read the definitions of every object of " + where
                    + ": " + e.getMessage(), "check that the user may read the engine's catalog", e);
        }
    }

    /**
     * The objects whose definitions differ, in key order.
     *
     * @param settleOn a scratch database where definitions may be re-created and rolled back (never a
     *                 user's database); null to compare the text only
     */
    public List<Difference> compare(SortedMap<String, String> expected, SortedMap<String, String> actual,
                                    DataSource settleOn, String where) {
        List<String> differing = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            if (!Objects.equals(expected.get(key), actual.get(key))) {
                differing.add(key);
            }
        }
        if (differing.isEmpty()) {
            return List.of();
        }
        List<Difference> out = new ArrayList<>();
        try (Connection c = settleOn == null ? null : Connections.open(settleOn, where)) {
            for (String key : differing) {
                String e = expected.get(key);
                String a = actual.get(key);
                if (e == null || a == null || c == null || !settled(c, key, e, a)) {
                    out.add(new Difference(key, e, a));
                }
            }
        } catch (SQLException ex) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not compare definitions on " + where + ": "
                    + ex.getMessage(), null, ex);
        }
        return out;
    }

    /** Whether the two definitions meet after the same number of further round trips through the engine. */
    private boolean settled(Connection c, String key, String expected, String actual) {
        CanonicalDump dump = dialect.canonicalDump();
        String e = expected;
        String a = actual;
        for (int i = 0; i < MAX_ROUND_TRIPS; i++) {
            String e2 = dump.settle(c, key, e);
            String a2 = dump.settle(c, key, a);
            if (e2.equals(a2)) {
                return true;
            }
            if (e2.equals(e) && a2.equals(a)) {
                return false;
            }
            e = e2;
            a = a2;
        }
        return false;
    }
}
