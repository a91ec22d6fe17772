package io.shale.dialect;

import io.shale.error.Redaction;
import java.util.Objects;

/**
 * What another program needs to log into a database Shale made: its JDBC URL and the real
 * credentials (not a driver's masked {@link java.sql.DatabaseMetaData#getURL()}). {@link #toString()}
 * never shows the password.
 *
 * @param jdbcUrl  the JDBC URL, as Shale itself connects with it
 * @param user     the user name, or null for the driver's default (or the one in the URL)
 * @param password the password, or null for none (an empty one is none: clients treat them alike)
 */
public record DatabaseLogin(String jdbcUrl, String user, String password) {
    public DatabaseLogin {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        password = password == null || password.isEmpty() ? null : password;
    }

    @Override
    public String toString() {
        return "DatabaseLogin[" + Redaction.url(jdbcUrl) + ", user=" + user + "]";
    }
}
