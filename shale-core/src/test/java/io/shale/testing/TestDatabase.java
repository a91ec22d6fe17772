package io.shale.testing;

import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * One fresh, empty database of one engine, made by {@link TestDatabases#create(Engine)}, with the
 * small helpers engine tests need all the time. Each helper opens and closes its own connection and
 * throws {@link IllegalStateException} on an SQL error, naming the statement. {@link #close()} drops
 * the database (PostgreSQL, MariaDB), deletes its file (SQLite) or shuts it down (H2).
 *
 * <p>{@link #url()}, {@link #user()} and {@link #password()} are all another JVM needs to connect,
 * except for H2, whose in-memory databases live inside this JVM.
 */
public final class TestDatabase implements AutoCloseable {
    private final Engine engine;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final Runnable drop;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(Engine engine, String name, String url, String user, String password, Runnable drop) {
        this.engine = Objects.requireNonNull(engine);
        this.name = Objects.requireNonNull(name);
        this.url = Objects.requireNonNull(url);
        this.user = user;
        this.password = password;
        this.drop = Objects.requireNonNull(drop);
    }

    public Engine engine() {
        return engine;
    }

    /** The database name (for SQLite, the file name without {@code .db}). */
    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** May be {@code null} (SQLite). */
    public String user() {
        return user;
    }

    /** May be {@code null} (SQLite) or empty. */
    public String password() {
        return password;
    }

    public DataSource dataSource() {
        return new UrlDataSource(url, user, password);
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** Runs each statement in turn, auto-committed, on one connection. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw failure(sql, e);
                }
            }
        } catch (SQLException e) {
            throw failure("connect", e);
        }
    }

    /** {@code SELECT COUNT(*)} of a table, named as the engine expects it (unquoted). */
    public long count(String table) {
        return ((Number) scalar("SELECT COUNT(*) FROM " + table)).longValue();
    }

    /** The first column of the first row, or {@code null} when there is no row. */
    public Object scalar(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The base tables of the database (current schema), lower-case and sorted. */
    public List<String> tables() {
        String sql = switch (engine) {
            case POSTGRES -> "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
            case MARIADB -> "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'";
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
            case H2 -> "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = SCHEMA() AND table_type = 'BASE TABLE'";
        };
        List<String> tables = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
        tables.sort(null);
        return List.copyOf(tables);
    }

    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            drop.run();
        }
    }

    private IllegalStateException failure(String sql, SQLException e) {
        return new IllegalStateException(engine + " database " + name + ": " + sql + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return engine + " " + name;
    }
}
