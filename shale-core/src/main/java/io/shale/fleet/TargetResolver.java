package io.shale.fleet;

import io.shale.config.Secret;
import io.shale.config.TablePatterns;
import io.shale.config.TargetSettings;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the {@code targets:} entries into {@link Target}s: a plain entry is one target; a
 * generator connects once and lists what it stands for. Generated targets are named after the
 * database, the schema or the query's {@code name} column, in name order, and inherit the entry's
 * user, password and environment. Names must be unique across all entries.
 */
public final class TargetResolver {
    private TargetResolver() {
    }

    /**
     * @throws ShaleException CONFIG_BAD_VALUE for a duplicate name, a query without the columns it needs,
     *                        an `on` naming no plain target, or an engine without schemas; connection errors
     *                        of the generators' databases
     */
    public static List<Target> resolve(Map<String, TargetSettings> entries) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (TargetSettings entry : entries.values()) {
            List<Target> found;
            if (entry.databases() != null) {
                found = databases(entry);
            } else if (!entry.schemas().isEmpty()) {
                found = schemas(entry);
            } else if (entry.query() != null) {
                found = query(entry, entries);
            } else {
                found = List.of(new Target(entry.name(), entry.name(), entry.url(), entry.user(), entry.password(),
                        entry.schema(), entry.environment()));
            }
            for (Target t : found) {
                Target before = out.putIfAbsent(t.name(), t);
                if (before != null) {
                    throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Two targets are named '" + t.name()
                            + "': one from `targets." + before.group() + "`, one from `targets." + t.group() + "`",
                            "rename one entry, or narrow a generator's pattern so the two do not overlap");
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Target> databases(TargetSettings entry) {
        Dialect dialect = Dialects.forUrl(entry.url());
        TablePatterns glob = TablePatterns.of(List.of(entry.databases()));
        Set<String> names = new TreeSet<>();
        withConnection(entry, connection -> {
            try (ResultSet rs = connection.getMetaData().getCatalogs()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (glob.test(name)) {
                        names.add(name);
                    }
                }
            }
        }, "listing the databases");
        return names.stream().map(db -> new Target(db, entry.name(), dialect.scratchUrl(entry.url(), db),
                entry.user(), entry.password(), null, entry.environment())).toList();
    }

    private static List<Target> schemas(TargetSettings entry) {
        requireSchemas(entry);
        TablePatterns globs = TablePatterns.of(entry.schemas());
        Set<String> names = new TreeSet<>();
        withConnection(entry, connection -> {
            try (ResultSet rs = connection.getMetaData().getSchemas()) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_SCHEM");
                    if (globs.test(name)) {
                        names.add(name);
                    }
                }
            }
        }, "listing the schemas");
        // Plain names that do not exist yet are targets too: their first upgrade creates the schema.
        entry.schemas().stream().filter(s -> !s.contains("*") && !s.contains("?")).forEach(names::add);
        return names.stream().map(schema -> new Target(schema, entry.name(), entry.url(), entry.user(),
                entry.password(), schema, entry.environment())).toList();
    }

    private static List<Target> query(TargetSettings entry, Map<String, TargetSettings> entries) {
        TargetSettings on = entry;
        if (entry.on() != null) {
            on = entries.get(entry.on());
            if (on == null || on.generates()) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "`targets." + entry.name() + ".on` names '"
                        + entry.on() + "', which is " + (on == null ? "not a target" : "a generator"),
                        "name a plain target (one with a `url`) that holds the query's table");
            }
        }
        TargetSettings source = on;
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        withConnection(source, connection -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(entry.query())) {
                Set<String> columns = columns(rs.getMetaData());
                if (!columns.contains("name") || !(columns.contains("url") || columns.contains("schema"))) {
                    throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "The query of `targets." + entry.name()
                            + "` returns the columns " + columns + "; it needs `name` and `url` or `schema`",
                            "alias the columns, e.g. SELECT tenant_id AS name, jdbc_url AS url FROM tenants");
                }
                while (rs.next()) {
                    String name = rs.getString("name");
                    String url = columns.contains("url") ? rs.getString("url") : null;
                    String schema = columns.contains("schema") ? rs.getString("schema") : null;
                    if (name == null || !seen.add(name)) {
                        continue;
                    }
                    String base = url != null ? url : source.url();
                    if (schema != null) {
                        requireSchemas(new TargetSettings(entry.name(), base, null, null, null, null, null,
                                List.of(), null, null));
                    }
                    out.add(new Target(name, entry.name(), base, entry.user() != null ? entry.user() : source.user(),
                            entry.password() != null ? entry.password() : source.password(), schema,
                            entry.environment()));
                }
            }
        }, "running the query of `targets." + entry.name() + "`");
        return out.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    private static Set<String> columns(ResultSetMetaData meta) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            out.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void requireSchemas(TargetSettings entry) {
        Dialect dialect = Dialects.forUrl(entry.url());
        if (dialect.schemaUrl(entry.url(), "s") == null) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "`targets." + entry.name() + "` lists schemas, but "
                    + dialect.displayName() + " has no schemas to put targets in",
                    "use one database per target (`databases:` or a `url` each)");
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private static void withConnection(TargetSettings entry, Work work, String doing) {
        Secret password = entry.password();
        UrlDataSource source = new UrlDataSource(entry.url(), entry.user(), password == null ? null : password.reveal());
        String where = Redaction.url(entry.url());
        try (Connection connection = Connections.open(source, where)) {
            work.run(connection);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Database error while " + doing + " for `targets."
                    + entry.name() + "` on " + where + ": " + e.getMessage(),
                    "check the URL and that the user may read the catalog (or the query's table)", e);
        }
    }
}
