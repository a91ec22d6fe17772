package io.shale.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabasesTest {

    @AllEngines
    void create_givesAnEmptyDatabase(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            assertThat(db.engine()).isEqualTo(engine);
            assertThat(db.tables()).isEmpty();
        }
    }

    @AllEngines
    void helpers_executeCountListTablesAndReadScalars(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE Users (id int PRIMARY KEY, name varchar(20))",
                    "CREATE TABLE audit (id int)",
                    "INSERT INTO Users VALUES (1, 'ann')",
                    "INSERT INTO Users VALUES (2, 'bob')");

            assertThat(db.tables()).containsExactly("audit", "users");
            assertThat(db.count("Users")).isEqualTo(2);
            assertThat(db.count("audit")).isZero();
            assertThat(db.scalar("SELECT name FROM Users WHERE id = 2")).isEqualTo("bob");
            assertThat(db.scalar("SELECT name FROM Users WHERE id = 3")).isNull();
        }
    }

    @AllEngines
    void execute_failure_namesTheStatement(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            assertThatThrownBy(() -> db.execute("SELECT * FROM missing_table"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(engine + " database " + db.name() + ": SELECT * FROM missing_table");
        }
    }

    @AllEngines
    void twoDatabases_areIsolatedFromEachOther(Engine engine) {
        try (TestDatabase first = TestDatabases.create(engine); TestDatabase second = TestDatabases.create(engine)) {
            assertThat(first.name()).isNotEqualTo(second.name());
            first.execute("CREATE TABLE only_in_first (id int)");

            assertThat(first.tables()).containsExactly("only_in_first");
            assertThat(second.tables()).isEmpty();
        }
    }

    @AllEngines
    void twoConnections_seeTheSameDatabase(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine);
                Connection writer = db.connect();
                Connection reader = db.connect()) {
            try (Statement statement = writer.createStatement()) {
                statement.execute("CREATE TABLE shared (id int)");
                statement.execute("INSERT INTO shared VALUES (1)");
            }
            try (Statement statement = reader.createStatement();
                    var rows = statement.executeQuery("SELECT COUNT(*) FROM shared")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void close_dropsTheServerDatabase(Engine engine) {
        TestDatabase db = TestDatabases.create(engine);
        db.execute("CREATE TABLE t (id int)");
        assertThat(databaseExists(engine, db.name())).isTrue();

        db.close();

        assertThat(databaseExists(engine, db.name())).isFalse();
    }

    @AllEngines
    void close_withAnOpenConnection_stillDropsTheDatabase(Engine engine) throws Exception {
        TestDatabase db = TestDatabases.create(engine);
        db.execute("CREATE TABLE t (id int)");
        try (Connection open = db.connect()) {
            open.setAutoCommit(false);
            try (Statement statement = open.createStatement()) {
                statement.execute("INSERT INTO t VALUES (1)");
            }
            db.close();
        } catch (SQLException e) {
            // Closing a connection that the drop has ended may fail; that is the point.
        }
        switch (engine) {
            case POSTGRES, MARIADB -> assertThat(databaseExists(engine, db.name())).isFalse();
            case SQLITE -> assertThat(Path.of(db.url().substring("jdbc:sqlite:".length()))).doesNotExist();
            case H2 -> {
                try (TestDatabase fresh = reopen(db)) {
                    assertThat(fresh.tables()).isEmpty();
                }
            }
        }
    }

    private static boolean databaseExists(Engine engine, String name) {
        return switch (engine) {
            case POSTGRES -> TestDatabases.postgresServer().databaseExists(name);
            case MARIADB -> TestDatabases.mariaDbServer().databaseExists(name);
            default -> throw new IllegalArgumentException(engine + " has no server");
        };
    }

    private static TestDatabase reopen(TestDatabase closed) {
        return new TestDatabase(closed.engine(), closed.name(), closed.url(), closed.user(), closed.password(), () -> { });
    }
}
