package io.shale.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL server from the binaries on the class path, listening on 127.0.0.1 with trust
 * authentication for the superuser {@code postgres} (no password).
 *
 * <p>Three kinds of handle, all closed the same way:
 * <ul>
 *   <li>throw-away ({@code dataDirectory == null}): a temporary cluster tuned for speed (no fsync),
 *       stopped and deleted by {@link #close()} or, failing that, when the JVM exits;</li>
 *   <li>kept: the cluster in {@code dataDirectory} survives; initdb runs only when the folder is empty;
 *       fsync stays on because this is someone's dev database; {@link #close()} stops the server;</li>
 *   <li>attached: a {@link DevServer} already runs on {@code dataDirectory}; the handle connects to it and
 *       {@link #close()} leaves it running.</li>
 * </ul>
 * Thread-safe: the administrative methods open a connection each.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Map<String, String> THROW_AWAY_SETTINGS = Map.of(
            "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off",
            "timezone", "UTC", "max_connections", "300");

    private final Path dataDirectory;
    private final int port;
    private final boolean ownsServer;
    private final Runnable shutdown;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(Path dataDirectory, int port, boolean ownsServer, Runnable shutdown) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.ownsServer = ownsServer;
        this.shutdown = shutdown;
        this.shutdownHook = ownsServer ? new Thread(this::stopOnce, "shale-postgres-shutdown-" + port) : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** A throw-away server on a free port. */
    public static EmbeddedPostgresServer start() {
        return start(null, 0);
    }

    /**
     * Starts (or, for a running dev server, attaches to) a server.
     *
     * @param dataDirectory {@code null} for a temporary cluster deleted on close, else the folder to keep
     * @param port          0 to pick a free port
     * @throws EmbeddedStartException naming the port or data directory when the server cannot start
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, StartProgress.LOG);
    }

    /**
     * {@link #start(Path, int)}, reporting its slow steps to {@code progress}: unpacking the binaries
     * (first run only), creating the cluster of an empty data directory, starting the server. Attaching
     * to a running dev server reports nothing.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, StartProgress progress) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        return dataDirectory == null ? startThrowAway(port, progress)
                : startKept(dataDirectory.toAbsolutePath().normalize(), port, progress);
    }

    private static EmbeddedPostgresServer startThrowAway(int requestedPort, StartProgress progress) {
        PgCtl pgCtl = new PgCtl(PostgresBinaries.install(progress));
        Path root;
        try {
            root = Files.createTempDirectory("shale-postgres-");
        } catch (IOException e) {
            throw new EmbeddedStartException("Cannot create a temporary folder for PostgreSQL: " + e.getMessage(),
                    "Check that java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ") is writable.", e);
        }
        Path data = root.resolve("data");
        try {
            pgCtl.initdb(data, false);
            int port = startOnPort(pgCtl, data, requestedPort, root.resolve("postgres.log"), THROW_AWAY_SETTINGS,
                    progress);
            return new EmbeddedPostgresServer(data, port, true, () -> {
                pgCtl.stop(data);
                Directories.deleteQuietly(root);
            });
        } catch (RuntimeException e) {
            pgCtl.stop(data);
            Directories.deleteQuietly(root);
            throw e;
        }
    }

    private static EmbeddedPostgresServer startKept(Path data, int requestedPort, StartProgress progress) {
        Optional<PostmasterPid> running = PostmasterPid.live(data);
        if (running.isPresent()) {
            if (DevServer.isDevServer(data, running.get())) {
                return new EmbeddedPostgresServer(data, running.get().port(), false, () -> { });
            }
            throw PostgresDataDirectory.inUse(data, running.get());
        }
        PgCtl pgCtl = new PgCtl(PostgresBinaries.install(progress));
        PostgresDataDirectory.initializeIfEmpty(pgCtl, data, progress);
        int port = startOnPort(pgCtl, data, requestedPort, PostgresDataDirectory.logFile(data), Map.of(), progress);
        return new EmbeddedPostgresServer(data, port, true, () -> pgCtl.stop(data));
    }

    /**
     * Starts on the requested port, or on a free one; a free port taken meanwhile gets one more try.
     * Each attempt is reported to {@code progress} with its port.
     */
    static int startOnPort(PgCtl pgCtl, Path data, int requestedPort, Path logFile, Map<String, String> settings,
                           StartProgress progress) {
        if (requestedPort != 0) {
            Ports.requireFree(requestedPort, "PostgreSQL");
            startReported(pgCtl, data, requestedPort, logFile, settings, progress);
            return requestedPort;
        }
        int port = Ports.pickFree();
        try {
            startReported(pgCtl, data, port, logFile, settings, progress);
        } catch (EmbeddedStartException e) {
            if (Ports.isFree(port)) {
                throw e;
            }
            port = Ports.pickFree();
            startReported(pgCtl, data, port, logFile, settings, progress);
        }
        return port;
    }

    private static void startReported(PgCtl pgCtl, Path data, int port, Path logFile, Map<String, String> settings,
                                      StartProgress progress) {
        progress.step("starting PostgreSQL " + EngineBinaries.bundled().postgresMajor() + " on port " + port
                + " (data in " + data + ")");
        pgCtl.start(data, port, logFile, settings);
    }

    public int port() {
        return port;
    }

    /** The superuser; it needs no password. */
    public String user() {
        return PgCtl.SUPERUSER;
    }

    /** The cluster's data directory (inside a temporary folder for a throw-away server). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** False for a handle attached to a dev server: closing it leaves the server running. */
    public boolean ownsServer() {
        return ownsServer;
    }

    /** The JDBC URL prefix of this server's databases: what tells an engine's URLs apart. */
    public static final String JDBC_PREFIX = "jdbc:postgresql:";
    /** The database every PostgreSQL server has, for connections that create or drop others. */
    public static final String MAINTENANCE_DATABASE = "postgres";

    public String jdbcUrl(String database) {
        return JDBC_PREFIX + "//127.0.0.1:" + port + "/" + database;
    }

    /** Opens a connection to {@code database} as the superuser. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE " + quote(name), "create database " + name);
    }

    /** Drops the database, ending every other session on it first; a missing database is not an error. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)", "drop database " + name);
    }

    public boolean databaseExists(String name) {
        try (Connection connection = connect("postgres");
                PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure("look up database " + name, e);
        }
    }

    /**
     * Creates a login role that may create databases and must give {@code password} over TCP (a
     * {@code scram-sha-256} line for it goes first in pg_hba.conf; everyone else keeps trust), and
     * makes it the owner of {@code database}: what a production server looks like to Shale, for tests
     * of the code paths that pass credentials on. Calling it again for the same role changes nothing.
     */
    public void createPasswordUser(String role, String password, String database) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '"
                    + role.replace("'", "''") + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE ROLE " + quote(role) + " LOGIN CREATEDB PASSWORD '"
                        + password.replace("'", "''") + "'");
                Path hba;
                try (ResultSet rows = statement.executeQuery("SHOW hba_file")) {
                    rows.next();
                    hba = Path.of(rows.getString(1));
                }
                Files.writeString(hba, "host all " + quote(role) + " 127.0.0.1/32 scram-sha-256\n"
                        + Files.readString(hba));
                statement.execute("SELECT pg_reload_conf()");
            }
            if (database != null) {
                statement.execute("ALTER DATABASE " + quote(database) + " OWNER TO " + quote(role));
                try (Connection inDatabase = connect(database); Statement grant = inDatabase.createStatement()) {
                    grant.execute("ALTER SCHEMA public OWNER TO " + quote(role));
                }
            }
        } catch (SQLException e) {
            throw failure("create the password user " + role, e);
        } catch (IOException e) {
            throw new EmbeddedStartException("Could not add the password user " + role + " to pg_hba.conf: "
                    + e.getMessage(), "Check that the data directory " + dataDirectory + " is writable.", e);
        }
    }

    private void execute(String sql, String action) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private EmbeddedStartException failure(String action, SQLException e) {
        return new EmbeddedStartException("Could not " + action + " on the embedded PostgreSQL at 127.0.0.1:" + port
                + ": " + e.getMessage(), "Check that the server is still running (data directory " + dataDirectory + ").", e);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Stops the server (and deletes a throw-away cluster); an attached handle only forgets it. */
    @Override
    public void close() {
        stopOnce();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down and runs the hook itself.
            }
        }
    }

    private void stopOnce() {
        if (!closed.getAndSet(true)) {
            shutdown.run();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[127.0.0.1:" + port + ", " + dataDirectory + (ownsServer ? "" : ", attached") + "]";
    }
}
