package io.shale.command.squash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.generate.CatalogSources;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationLoader;
import io.shale.run.Confirmation;
import io.shale.schema.Catalog;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code shale baseline}: a team leaving Alembic takes one migration from its live database (schema, reference
 * rows, sequence positions) instead of converting its revisions; the live database counts it as applied.
 */
class LiveBaselineTest {
    private static final Confirmation YES = new Confirmation(true, null, false);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void baseline_carriesSchemaAndReferenceRowsOnly_andTheLiveDatabaseIsUpToDate(Engine engine) throws Exception {
        Path migrations = dir.resolve("db/migrations");
        Files.createDirectories(migrations);
        try (TestDatabase live = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            String serial = engine == Engine.POSTGRES ? "SERIAL" : "INT AUTO_INCREMENT";
            live.execute(
                    "CREATE TABLE plans (id " + serial + " PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE)",
                    "CREATE TABLE plan_prices (plan_id INT NOT NULL REFERENCES plans (id), cents INT NOT NULL,"
                            + " PRIMARY KEY (plan_id))",
                    "CREATE TABLE users (id " + serial + " PRIMARY KEY, email VARCHAR(80) NOT NULL,"
                            + " plan_id INT REFERENCES plans (id))",
                    "CREATE INDEX ix_users_email ON users (email)",
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                    "INSERT INTO alembic_version VALUES ('f6c0ffee0006')",
                    "INSERT INTO plans (name) VALUES ('free'), ('pro'), ('gone')",
                    "DELETE FROM plans WHERE name = 'gone'",
                    "INSERT INTO plan_prices VALUES (1, 0), (2, 900)",
                    "INSERT INTO users (email, plan_id) VALUES ('a@example.org', 2), ('b@example.org', 1)");

            LiveBaselineCommand.Result result = command(live, migrations).run(live.dataSource(), live.name(),
                    new LiveBaselineCommand.Options(List.of("plan*"), null, false));
            Shale shale = Shale.configure().dataSource(live.dataSource()).migrations(migrations).load();
            shale.stamp(result.version(), YES);

            assertThat(result.file().getFileName().toString()).isEqualTo("0001_baseline.sql");
            assertThat(result.referenceTables()).containsExactlyInAnyOrder("plans", "plan_prices");
            assertThat(result.rows()).isEqualTo(4);
            assertThat(result.content()).contains("-- migrate:up").doesNotContain("a@example.org")
                    .doesNotContainIgnoringCase("alembic_version");
            assertThat(shale.status().upToDate()).isTrue();
            assertThat(shale.status().currentVersion()).isEqualTo(1);

            Shale.configure().dataSource(fresh.dataSource()).migrations(migrations).load().upgrade();
            assertThat(catalog(fresh, engine)).isEqualTo(catalog(live, engine));
            assertThat(fresh.count("plans")).isEqualTo(2);
            assertThat(fresh.count("plan_prices")).isEqualTo(2);
            assertThat(fresh.count("users")).isZero();
            assertThat(fresh.tables()).doesNotContain("alembic_version");
            fresh.execute("INSERT INTO plans (name) VALUES ('team')");
            assertThat(((Number) fresh.scalar("SELECT id FROM plans WHERE name = 'team'")).longValue())
                    .isEqualTo(((Number) live.scalar("SELECT MAX(id) FROM plans")).longValue() + 2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES"})
    void baseline_dryRunWritesNothing_andAFolderThatDoesNotMatchItsSumIsRefused(Engine engine) throws Exception {
        Path migrations = dir.resolve("db/migrations");
        Files.createDirectories(migrations);
        try (TestDatabase live = TestDatabases.create(engine)) {
            live.execute("CREATE TABLE countries (code CHAR(2) PRIMARY KEY)", "INSERT INTO countries VALUES ('DE')");
            LiveBaselineCommand.Result dry = command(live, migrations).run(live.dataSource(), live.name(),
                    new LiveBaselineCommand.Options(List.of("countries"), "from production", true));
            assertThat(dry.written()).isFalse();
            assertThat(dry.file().getFileName().toString()).isEqualTo("0001_from_production.sql");
            assertThat(dry.content()).contains("'DE'");
            assertThat(Files.list(migrations)).isEmpty();

            Files.writeString(migrations.resolve("0001_x.sql"), "-- migrate:up\nSELECT 1;\n");
            Files.writeString(migrations.resolve("shale.sum"), "h1:tampered\n");
            assertThatThrownBy(() -> command(live, migrations).run(live.dataSource(), live.name(),
                    new LiveBaselineCommand.Options(List.of(), null, false))).isInstanceOf(ShaleException.class);
        }
    }

    private static LiveBaselineCommand command(TestDatabase db, Path migrations) {
        Dialect dialect = dialect(db);
        return new LiveBaselineCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()),
                MigrationLoader.load(migrations, List.of(), null), SquashCommand.shaleTables());
    }

    private static Dialect dialect(TestDatabase db) {
        try (Connection c = db.connect()) {
            return Dialects.detect(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalog catalog(TestDatabase db, Engine engine) {
        Predicate<String> skip = SquashCommand.shaleTables().or(t -> t.equalsIgnoreCase("alembic_version"));
        return new CatalogSources(dialect(db), null, skip).inspect(db.dataSource(), db.name());
    }
}
