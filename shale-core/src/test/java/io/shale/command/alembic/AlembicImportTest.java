package io.shale.command.alembic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.adopt.AdoptCommand;
import io.shale.command.adopt.AdoptTool;
import io.shale.command.adopt.ImportCommand;
import io.shale.command.generate.CatalogSources;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.squash.SquashCommand;
import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.SnapshotReader;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.run.Confirmation;
import io.shale.run.MigrationListener;
import io.shale.schema.Catalog;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database that real Alembic built from a six-revision project is taken over by Shale: {@code import --from
 * alembic} writes the files, {@code adopt --from alembic} records them as applied, and a database built from the
 * files equals Alembic's in catalog and rows.
 */
class AlembicImportTest {
    private static final Confirmation YES = new Confirmation(true, null, false);
    private static final Predicate<String> NOT_COMPARED = SquashCommand.shaleTables()
            .or(t -> t.equalsIgnoreCase("alembic_version"));

    @TempDir
    Path dir;

    @BeforeEach
    void needsAlembic() {
        Assumptions.assumeTrue(AlembicProject.alembicInstalled(), "/usr/bin/python3 lacks alembic, sqlalchemy, "
                + "psycopg2 or pymysql (Debian: python3-alembic python3-psycopg2 python3-pymysql)");
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void importThenAdopt_takesOverAlembicsDatabase_andTheFilesRebuildItExactly(Engine engine) throws Exception {
        Path alembic = AlembicProject.copy(dir);
        Path migrations = dir.resolve("db/migrations");
        try (TestDatabase built = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            AlembicProject.upgradeHead(alembic, built);

            ImportCommand.Result imported = command(built).run(
                    new AlembicImportCommand.Options(alembic.resolve("versions"), migrations, AlembicProject.PYTHON,
                            false, false));

            assertThat(imported.files()).extracting(f -> f.fileName()).containsExactly(
                    "0001_create_users_and_countries.sql", "0002_orders_with_a_status_enum.sql",
                    "0003_add_users_email.sql", "0004_reference_rows_for_countries.sql",
                    "0005_raw_sql_an_index_and_a_fix_up.sql",
                    "0006_data_migration_country_labels_computed_from_the_rows.sql");
            String first = Files.readString(migrations.resolve("0001_create_users_and_countries.sql"));
            assertThat(first).startsWith("-- imported from alembic a1c0ffee0001 (versions/a1_create_users.py)\n")
                    .contains("CREATE TABLE users").doesNotContain("alembic_version").doesNotContain("BEGIN");
            assertThat(Files.readString(migrations.resolve("0004_reference_rows_for_countries.sql")))
                    .contains("'Germany'").doesNotContain("shale:review");
            String data = Files.readString(migrations.resolve(
                    "0006_data_migration_country_labels_computed_from_the_rows.sql"));
            assertThat(data).contains("-- shale:review Alembic's offline mode could not render this revision",
                    "fetchall", "Netherlands (NL)");
            assertThat(imported.warnings()).anyMatch(w -> w.contains("f6_labels.py"));

            Shale takenOver = shale(built, migrations);
            AdoptCommand.Result adopted = takenOver.withContext(ctx -> new AdoptCommand(ctx, MigrationListener.NONE)
                    .run(new AdoptCommand.Options(AdoptTool.ALEMBIC, null, false, YES)));
            assertThat(adopted.mappings()).extracting(AdoptCommand.Mapping::otherId).containsExactly(
                    "a1c0ffee0001", "b2c0ffee0002", "c3c0ffee0003", "d4c0ffee0004", "e5c0ffee0005", "f6c0ffee0006");
            assertThat(takenOver.status().upToDate()).isTrue();
            assertThat(takenOver.status().currentVersion()).isEqualTo(6);

            shale(fresh, migrations).upgrade();
            assertThat(catalog(fresh)).isEqualTo(catalog(built));
            assertThat(rows(built).differences(rows(fresh))).isEmpty();
            assertThat(fresh.scalar("SELECT label FROM country_labels WHERE code = 'NL'"))
                    .isEqualTo("The Netherlands (NL)");

            shale(fresh, migrations).downgrade(new DowngradeCommand.Options(0, null, false, YES));
            assertThat(fresh.tables()).allMatch(t -> t.startsWith("shale_"));
            shale(fresh, migrations).upgrade();
            assertThat(catalog(fresh)).isEqualTo(catalog(built));
        }
    }

    @Test
    void twoHeads_areRefusedNamingBothHeads() throws Exception {
        Path alembic = AlembicProject.copy(dir);
        AlembicProject.addRevision(alembic, "g7branch", "'e5c0ffee0005'", "    op.execute('SELECT 1')");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertThatThrownBy(() -> command(db).run(new AlembicImportCommand.Options(alembic, dir.resolve("m"),
                    AlembicProject.PYTHON, true, false)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_BRANCHED_HISTORY);
                        assertThat(e.getMessage()).contains("2 heads", "f6c0ffee0006", "g7branch");
                        assertThat(e.hint()).contains("shale baseline");
                    });
            assertThat(Files.exists(dir.resolve("m"))).isFalse();
        }
    }

    @Test
    void aMergeRevision_isRefusedNamingTheHeadsItMerges() throws Exception {
        Path alembic = AlembicProject.copy(dir);
        AlembicProject.addRevision(alembic, "g7branch", "'e5c0ffee0005'", "    op.execute('SELECT 1')");
        AlembicProject.addRevision(alembic, "h8merge", "('f6c0ffee0006', 'g7branch')", "    pass");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertThatThrownBy(() -> command(db).run(new AlembicImportCommand.Options(alembic, dir.resolve("m"),
                    AlembicProject.PYTHON, true, false)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_BRANCHED_HISTORY);
                        assertThat(e.getMessage()).contains("h8merge", "f6c0ffee0006", "g7branch");
                    });
        }
    }

    @Test
    void aFolderWithoutEnvPy_isRefusedSayingWhatToPass() throws Exception {
        Files.createDirectories(dir.resolve("nothing/versions"));
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertThatThrownBy(() -> command(db).run(new AlembicImportCommand.Options(dir.resolve("nothing/versions"),
                    dir.resolve("m"), AlembicProject.PYTHON, true, false)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATIONS_DIR_MISSING);
                        assertThat(e.getMessage()).contains("env.py", "nothing");
                        assertThat(e.hint()).contains("script_location");
                    });
        }
    }

    @Test
    void aDataMigrationWhoseDowngradeReadsRowsToo_isCapturedBothWays() throws Exception {
        Path alembic = AlembicProject.copy(dir);
        Files.writeString(alembic.resolve("versions/g7_shout.py"), """
                \"\"\"shout the country names\"\"\"
                from alembic import op
                import sqlalchemy as sa
                revision = "g7shout"
                down_revision = "f6c0ffee0006"
                def rename(f):
                    conn = op.get_bind()
                    for code, name in conn.execute(sa.text("SELECT code, name FROM countries")).fetchall():
                        conn.execute(sa.text("UPDATE countries SET name = :n WHERE code = :c"), {"n": f(name), "c": code})
                    conn.execute(sa.text("DELETE FROM country_labels WHERE code = 'FR'"))
                def upgrade():
                    conn = op.get_bind()
                    for (name,) in conn.execute(sa.text("SELECT name FROM countries WHERE code = 'DE'")).fetchall():
                        conn.execute(sa.text("INSERT INTO users (name) VALUES (:n)"), {"n": "admin of " + name})
                    rename(str.upper)
                def downgrade():
                    rename(str.title)
                    conn = op.get_bind()
                    conn.execute(sa.text("INSERT INTO country_labels VALUES ('FR', 'France (FR)')"))
                """);
        Path migrations = dir.resolve("db/migrations");
        try (TestDatabase fresh = TestDatabases.create(Engine.POSTGRES)) {
            command(fresh).run(new AlembicImportCommand.Options(alembic, migrations, AlembicProject.PYTHON, false,
                    false));
            String shout = Files.readString(migrations.resolve("0007_shout_the_country_names.sql"));
            assertThat(shout).contains("-- shale:review", "'GERMANY'", "DELETE FROM");

            shale(fresh, migrations).upgrade();
            assertThat(fresh.scalar("SELECT name FROM countries WHERE code = 'DE'")).isEqualTo("GERMANY");
            assertThat(fresh.count("country_labels")).isEqualTo(2);
            fresh.execute("INSERT INTO users (name) VALUES ('after the import')");
            assertThat(fresh.count("users")).isEqualTo(2);
            shale(fresh, migrations).downgrade(new DowngradeCommand.Options(6, null, false, YES));
            assertThat(fresh.scalar("SELECT name FROM countries WHERE code = 'NL'")).isEqualTo("The Netherlands");
            assertThat(fresh.scalar("SELECT label FROM country_labels WHERE code = 'FR'")).isEqualTo("France (FR)");
            assertThat(shout).contains("'admin of Germany'");
        }
    }

    @Test
    void aPythonThatCannotRun_isNamed_withTheFlagToPass() throws Exception {
        Path alembic = AlembicProject.copy(dir);
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertThatThrownBy(() -> command(db).run(new AlembicImportCommand.Options(alembic, dir.resolve("m"),
                    dir.resolve("no/python3"), true, false)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_TOOL_FAILED);
                        assertThat(e.getMessage()).contains("no/python3");
                        assertThat(e.hint()).contains("--python PATH");
                    });
        }
    }

    private static AlembicImportCommand command(TestDatabase db) {
        Dialect dialect = dialect(db);
        return new AlembicImportCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()),
                new UrlDataSource(db.url(), db.user(), db.password()), SquashCommand.shaleTables());
    }

    private static Shale shale(TestDatabase db, Path migrations) {
        return Shale.configure().dataSource(db.dataSource()).migrations(migrations).load();
    }

    private static Dialect dialect(TestDatabase db) {
        try (Connection c = db.connect()) {
            return Dialects.detect(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalog catalog(TestDatabase db) {
        return new CatalogSources(dialect(db), null, NOT_COMPARED).inspect(db.dataSource(), db.name());
    }

    private static DataSnapshot rows(TestDatabase db) throws Exception {
        Dialect dialect = dialect(db);
        try (Connection c = db.connect()) {
            return new SnapshotReader(dialect.dataOperations(), dialect.snapshotSql()).read(c, NOT_COMPARED);
        }
    }
}
