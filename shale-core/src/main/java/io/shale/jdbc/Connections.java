package io.shale.jdbc;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens connections and turns driver failures into errors that say what to do. */
public final class Connections {
    private Connections() {
    }

    /**
     * Opens a connection from {@code dataSource}.
     *
     * @param where the database as users should see it in messages: a redacted URL or a name
     * @throws ShaleException DB_UNREACHABLE, DB_AUTH_FAILED, DB_NOT_FOUND, DB_NO_DRIVER or DB_ERROR
     */
    public static Connection open(DataSource dataSource, String where) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw translate(e, where);
        }
    }

    /** The error a failed connection attempt becomes; the driver's message is kept, redacted. */
    public static ShaleException translate(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int code = e.getErrorCode();
        if (message.startsWith("No suitable driver")) {
            return new ShaleException(ErrorCode.DB_NO_DRIVER, "No JDBC driver accepts the URL " + where,
                    "check the URL's prefix (jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite:, jdbc:h2:) "
                            + "and that the driver is on the classpath", e);
        }
        if (state.equals("28P01") || state.equals("28000") || code == 1045) {
            return new ShaleException(ErrorCode.DB_AUTH_FAILED,
                    "The database at " + where + " refused the login: " + message,
                    "check database.user and database.password in shale.yaml (or SHALE_DATABASE_USER / "
                            + "SHALE_DATABASE_PASSWORD)", e);
        }
        if (state.equals("3D000") || code == 1049 || code == 90146) {
            return new ShaleException(ErrorCode.DB_NOT_FOUND, "The database at " + where + " does not exist: " + message,
                    "create it first (e.g. `createdb NAME` or CREATE DATABASE NAME), or fix the name in database.url", e);
        }
        if (state.startsWith("08") || message.contains("Connection refused") || message.contains("UnknownHost")
                || message.contains("Could not connect")) {
            return new ShaleException(ErrorCode.DB_UNREACHABLE, "Cannot reach the database at " + where + ": " + message,
                    "check that the server is running and that host and port in database.url are right; "
                            + "remove the database: section to use the embedded PostgreSQL", e);
        }
        return new ShaleException(ErrorCode.DB_ERROR, "Could not connect to " + where + ": " + message,
                "check database.url and the server's log", e);
    }
}
