package io.shale.dialect.mysql;

import io.shale.dialect.ClientAccess;
import io.shale.dialect.DatabaseLogin;
import io.shale.dialect.JdbcUrls;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A MySQL or MariaDB database as SQLAlchemy (with PyMySQL) and the usual clients address it:
 * {@code mysql+pymysql://user:pass@host:port/db}, the {@code mysql} client's variables
 * ({@code MYSQL_HOST}, {@code MYSQL_TCP_PORT}, {@code MYSQL_PWD}) and the names the official
 * container images use ({@code MYSQL_DATABASE}, {@code MYSQL_USER}, {@code MYSQL_PASSWORD}).
 */
final class MySqlClientAccess {
    private static final int DEFAULT_PORT = 3306;

    private MySqlClientAccess() {
    }

    static ClientAccess of(DatabaseLogin login) {
        JdbcUrls.Server server = JdbcUrls.parse(login.jdbcUrl());
        String user = login.user() != null ? login.user() : server.options().get("user");
        String password = login.password() != null ? login.password() : server.options().get("password");
        int port = server.port() == null ? DEFAULT_PORT : server.port();

        StringBuilder url = new StringBuilder("mysql+pymysql://");
        if (user != null) {
            url.append(JdbcUrls.encode(user));
            if (password != null) {
                url.append(':').append(JdbcUrls.encode(password));
            }
            url.append('@');
        }
        url.append(server.host()).append(':').append(port).append('/').append(JdbcUrls.encode(server.database()));

        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("MYSQL_HOST", server.bareHost());
        variables.put("MYSQL_TCP_PORT", Integer.toString(port));
        variables.put("MYSQL_DATABASE", server.database());
        if (user != null) {
            variables.put("MYSQL_USER", user);
        }
        if (password != null) {
            variables.put("MYSQL_PASSWORD", password);
            variables.put("MYSQL_PWD", password);
        }
        return new ClientAccess(url.toString(), variables);
    }
}
