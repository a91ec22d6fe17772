package io.shale.dialect.postgres;

import io.shale.dialect.ClientAccess;
import io.shale.dialect.DatabaseLogin;
import io.shale.dialect.JdbcUrls;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL database as libpq, psycopg and SQLAlchemy address it: {@code postgresql://user:pass@host:port/db}
 * and the {@code PG*} variables ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER},
 * {@code PGPASSWORD}, and {@code PGSSLMODE} when the JDBC URL sets {@code sslmode}).
 */
final class PostgresClientAccess {
    private static final int DEFAULT_PORT = 5432;

    private PostgresClientAccess() {
    }

    static ClientAccess of(DatabaseLogin login) {
        JdbcUrls.Server server = JdbcUrls.parse(login.jdbcUrl());
        String user = login.user() != null ? login.user() : server.options().get("user");
        String password = login.password() != null ? login.password() : server.options().get("password");
        int port = server.port() == null ? DEFAULT_PORT : server.port();
        String sslmode = server.options().get("sslmode");

        StringBuilder url = new StringBuilder("postgresql://");
        if (user != null) {
            url.append(JdbcUrls.encode(user));
            if (password != null) {
                url.append(':').append(JdbcUrls.encode(password));
            }
            url.append('@');
        }
        url.append(server.host()).append(':').append(port).append('/').append(JdbcUrls.encode(server.database()));
        if (sslmode != null) {
            url.append("?sslmode=").append(JdbcUrls.encode(sslmode));
        }

        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("PGHOST", server.bareHost());
        variables.put("PGPORT", Integer.toString(port));
        variables.put("PGDATABASE", server.database());
        if (user != null) {
            variables.put("PGUSER", user);
        }
        if (password != null) {
            variables.put("PGPASSWORD", password);
        }
        if (sslmode != null) {
            variables.put("PGSSLMODE", sslmode);
        }
        return new ClientAccess(url.toString(), variables);
    }
}
