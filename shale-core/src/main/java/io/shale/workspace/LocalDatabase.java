package io.shale.workspace;

import java.util.Objects;

/**
 * A database on a server that {@link LocalServers} runs.
 *
 * @param url         its JDBC URL
 * @param user        the user to connect as
 * @param password    the password, or null (local servers trust local connections)
 * @param description how messages name it, e.g. {@code embedded PostgreSQL (jdbc:..., data in .shale/postgres)}
 */
public record LocalDatabase(String url, String user, String password, String description) {
    public LocalDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return "LocalDatabase[" + description + "]";
    }
}
