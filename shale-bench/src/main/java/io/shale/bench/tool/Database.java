package io.shale.bench.tool;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a tool runs: one database of the benchmark's embedded server, reached as the superuser
 * without a password.
 */
public record Database(String url, String user) {

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        return DriverManager.getConnection(url, properties);
    }
}
