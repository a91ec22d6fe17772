package io.shale.config;

import java.util.List;
import java.util.Objects;

/**
 * One entry under {@code targets:}: either one database (a {@code url}, optionally a schema), or a
 * generator that expands into many when a fleet command runs: every database of a server whose
 * name matches {@code databases}, every schema of one database matching {@code schemas}, or the
 * rows of {@code query} run on the target named {@code on} (or on this entry's {@code url}).
 *
 * @param name        the key under {@code targets:}
 * @param url         JDBC URL (the database, or for a generator the server or database it reads); null only
 *                    for a query that runs {@code on} another target
 * @param user        user name, or null
 * @param password    password, or null
 * @param schema      the schema of a single target that holds its objects and its history tables, or null
 * @param environment the target's environment (default: the top-level {@code environment:}), or null
 * @param databases   a glob over the server's database names ({@code tenant_*}), or null
 * @param schemas     schema names or globs in the database at {@code url} (empty: not a schema generator)
 * @param query       SQL whose rows give {@code name} and {@code url} or {@code schema} columns, or null
 * @param on          the target the query runs on, or null for {@code url}
 */
public record TargetSettings(String name, String url, String user, Secret password, String schema,
                             String environment, String databases, List<String> schemas, String query, String on) {
    public TargetSettings {
        Objects.requireNonNull(name, "name");
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** A plain target: one database. */
    public static TargetSettings of(String name, String url, String user, String password, String schema,
                                    String environment) {
        return new TargetSettings(name, url, user, password == null ? null : new Secret(password), schema,
                environment, null, List.of(), null, null);
    }

    /** True when this entry expands into several targets. */
    public boolean generates() {
        return databases != null || !schemas.isEmpty() || query != null;
    }

    /** The connection settings of {@link #url()} (null when there is no URL). */
    public DatabaseSettings database() {
        return url == null ? null : new DatabaseSettings(url, user, password, schema);
    }
}
