package io.shale.dialect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database's address as programs outside the JVM write it, rendered by each engine from a
 * {@link DatabaseLogin} ({@link Dialect#clientAccess}).
 *
 * @param url       the URL that libpq, SQLAlchemy and most frameworks take
 *                  ({@code postgresql://user:pass@host:port/db}, {@code mysql+pymysql://...})
 * @param variables the engine's usual client variables ({@code PGHOST} ... {@code PGDATABASE},
 *                  {@code MYSQL_HOST} ...), in a stable order
 */
public record ClientAccess(String url, Map<String, String> variables) {
    public ClientAccess {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
