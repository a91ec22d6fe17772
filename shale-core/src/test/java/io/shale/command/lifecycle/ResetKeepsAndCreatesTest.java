package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.JdbcUrls;
import io.shale.jdbc.UrlDataSource;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reset leaves {@code exclude:}d tables alone, and starts from a database that does not exist. */
class ResetKeepsAndCreatesTest {
    @TempDir
    Path dir;

    private static final List<String> EXCLUDE = List.of("apscheduler_*");

    @ParameterizedTest(name = "{0}, recreate={1}")
    @org.junit.jupiter.params.provider.CsvSource({"POSTGRES,false", "POSTGRES,true", "MARIADB,false", "MARIADB,true",
            "SQLITE,false"})
    void reset_keepsTheExcludedTablesAndTheirRows(Engine engine, boolean recreate) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("a")));
            f.shale().upgrade();
            f.fill();
            db.execute("CREATE TABLE apscheduler_jobs (id VARCHAR(191) PRIMARY KEY, next_run_time DOUBLE PRECISION)",
                    "INSERT INTO apscheduler_jobs VALUES ('nightly', 1.5)", "CREATE TABLE scratch_junk (x INTEGER)");

            ResetCommand.Result r = f.shale().reset(new ResetCommand.Options(false, recreate, !recreate, Fixture.YES,
                    EXCLUDE));

            assertThat(db.tables()).contains("apscheduler_jobs").doesNotContain("scratch_junk");
            assertThat(db.count("apscheduler_jobs")).isEqualTo(1);
            assertThat(r.note()).contains("kept the excluded tables apscheduler_jobs");
            assertThat(r.upgrade().applied()).hasSize(2);
            assertThat(Fixture.history(db)).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void reset_createsTheDatabase_whenItWasDropped(Engine engine) throws Exception {
        for (boolean recreate : new boolean[] {false, true}) {
            try (TestDatabase db = TestDatabases.create(engine)) {
                Fixture f = new Fixture(db, Files.createDirectories(dir.resolve(engine + "-" + recreate)));
                f.shale().upgrade();
                dropDatabase(db);

                ResetCommand.Result r = f.shale().reset(new ResetCommand.Options(false, recreate, !recreate,
                        Fixture.YES));

                assertThat(r.note()).as("recreate=%s", recreate).contains("created the database");
                assertThat(db.tables()).contains("countries");
                assertThat(Fixture.history(db)).hasSize(2);
                r.awaitSpare();
                if (engine == Engine.POSTGRES) {
                    ServerDatabases.drop(db, ServerDatabases.SPARES);
                    ServerDatabases.drop(db, ServerDatabases.TEMPLATES);
                }
            }
        }
    }

    /** SQLite: the file (and its folder) that does not exist yet, as after `rm app.db`: reset builds it. */
    @org.junit.jupiter.api.Test
    void reset_onSqlite_createsTheFileAndItsFolder() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("sqlite-migrations"));
        Files.writeString(migrations.resolve("0001_countries.sql"), "-- migrate:up\n"
                + "CREATE TABLE countries (id INTEGER PRIMARY KEY, code VARCHAR(2) NOT NULL);\n"
                + "INSERT INTO countries (code) VALUES ('SE');\n-- migrate:down\nDROP TABLE countries;\n");
        io.shale.migration.MigrationWriter.rehash(migrations);
        Path file = dir.resolve("not-yet/app.db");
        assertThat(file.getParent()).doesNotExist();

        io.shale.Shale shale = io.shale.Shale.configure().dataSource(new UrlDataSource("jdbc:sqlite:" + file, null, null))
                .migrations(migrations).load();
        ResetCommand.Result r = shale.reset(new ResetCommand.Options(false, false, true, Fixture.YES));

        assertThat(file).exists();
        assertThat(r.note()).contains("created").contains("app.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT code FROM countries")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("SE");
        }
    }

    private static void dropDatabase(TestDatabase db) throws Exception {
        boolean postgres = db.engine() == Engine.POSTGRES;
        String admin = JdbcUrls.replaceDatabase(db.url(), postgres ? "postgres" : "mysql");
        try (Connection c = new UrlDataSource(admin, db.user(), db.password()).getConnection();
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE " + (postgres ? "\"" + db.name() + "\" WITH (FORCE)" : "`" + db.name() + "`"));
        }
    }
}
