package io.shale.command.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.adopt.AdoptCommand;
import io.shale.command.adopt.AdoptTool;
import io.shale.run.Confirmation;
import io.shale.command.adopt.ImportCommand;
import io.shale.run.MigrationListener;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationWriter;
import io.shale.migration.imports.SourceTool;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database migrated by real Flyway and Liquibase runs switches to Shale: import the folder, adopt the
 * database, and Shale sees it up to date and applies only a file added later.
 */
class AdoptFromRealToolsTest {
    private static final Confirmation YES = new Confirmation(true, null, false);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void adopt_flywayDatabase_isUpToDate_andUpgradeAppliesOnlyALaterFile(Engine engine) throws Exception {
        Path source = dir.resolve("flyway");
        write(source.resolve("V1__create_users.sql"), "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n");
        write(source.resolve("V1.1__add_email.sql"), "ALTER TABLE users ADD email VARCHAR(100);\n");
        write(source.resolve("U1.1__add_email.sql"), "ALTER TABLE users DROP COLUMN email;\n");
        write(source.resolve("V2__roles.sql"), "CREATE TABLE roles (id INT PRIMARY KEY);\nINSERT INTO roles VALUES (1);\n");
        write(source.resolve("R__report.sql"), "DROP VIEW IF EXISTS report;\nCREATE VIEW report AS SELECT id FROM users;\n");
        try (TestDatabase db = TestDatabases.create(engine)) {
            Flyway.configure().dataSource(db.url(), db.user(), db.password())
                    .locations("filesystem:" + source).load().migrate();
            Path migrations = dir.resolve("db/migrations");
            ImportCommand.Result imported = new ImportCommand().run(
                    new ImportCommand.Options(SourceTool.FLYWAY, source, migrations, false, false));
            assertThat(imported.files()).extracting(f -> f.fileName())
                    .containsExactly("0001_create_users.sql", "0002_add_email.sql", "0003_roles.sql");
            assertThat(imported.skipped()).extracting(s -> s.source()).containsExactly("R__report.sql");

            Shale shale = shale(db, migrations);
            AdoptCommand.Result dry = adopt(shale, AdoptTool.FLYWAY, true);
            assertThat(dry.mappings()).extracting(AdoptCommand.Mapping::otherId).containsExactly("1", "1.1", "2");
            assertThat(dry.notes()).anyMatch(n -> n.contains("R__report.sql"));
            assertThat(db.tables()).doesNotContain("shale_history");

            AdoptCommand.Result done = adopt(shale, AdoptTool.FLYWAY, false);
            assertThat(done.mappings()).allMatch(AdoptCommand.Mapping::recorded);
            assertThat(shale.status().upToDate()).isTrue();
            assertThat(shale.status().currentVersion()).isEqualTo(3);
            assertThat(adopt(shale, AdoptTool.FLYWAY, false).mappings()).noneMatch(AdoptCommand.Mapping::recorded);

            MigrationWriter.create(migrations, "add later", "CREATE TABLE later (id INT);", "DROP TABLE later;");
            UpgradeCommand.Result upgraded = shale(db, migrations).upgrade();
            assertThat(upgraded.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(4);
            assertThat(db.count("roles")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void adopt_liquibaseDatabase_isUpToDate_andUpgradeAppliesOnlyALaterFile(Engine engine) throws Exception {
        Path source = dir.resolve("liquibase");
        write(source.resolve("changelog.sql"), "--liquibase formatted sql\n\n"
                + "--changeset alice:1\nCREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE users;\n\n"
                + "--changeset bob:add-roles\nCREATE TABLE roles (id INT PRIMARY KEY);\nINSERT INTO roles VALUES (1);\n"
                + "--rollback DROP TABLE roles;\n");
        try (TestDatabase db = TestDatabases.create(engine); Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("changelog.sql", new DirectoryResourceAccessor(source), database)) {
                liquibase.update("");
            }
            Path migrations = dir.resolve("db/migrations");
            new ImportCommand().run(new ImportCommand.Options(SourceTool.LIQUIBASE, source, migrations, false, false));

            Shale shale = shale(db, migrations);
            assertThat(adopt(shale, AdoptTool.LIQUIBASE, true).mappings()).extracting(AdoptCommand.Mapping::otherId)
                    .containsExactly("alice:1", "bob:add-roles");
            adopt(shale, AdoptTool.LIQUIBASE, false);
            assertThat(shale.status().upToDate()).isTrue();

            MigrationWriter.create(migrations, "add later", "CREATE TABLE later (id INT);", "DROP TABLE later;");
            assertThat(shale(db, migrations).upgrade().applied()).extracting(UpgradeCommand.Applied::version)
                    .containsExactly(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES"})
    void adopt_refusesFailedRows_andAppliedMigrationsWithoutAnImportedFile(Engine engine) throws Exception {
        Path source = dir.resolve("flyway");
        write(source.resolve("V1__a.sql"), "CREATE TABLE a (id INT);\n");
        write(source.resolve("V2__b.sql"), "CREATE TABLE b (id INT);\n");
        try (TestDatabase db = TestDatabases.create(engine)) {
            Flyway.configure().dataSource(db.url(), db.user(), db.password())
                    .locations("filesystem:" + source).load().migrate();
            Path migrations = dir.resolve("db/migrations");
            new ImportCommand().run(new ImportCommand.Options(SourceTool.FLYWAY, source, migrations, false, false));

            db.execute("UPDATE flyway_schema_history SET success = false WHERE version = '2'");
            assertRefused(() -> adopt(shale(db, migrations), AdoptTool.FLYWAY, false),
                    ErrorCode.FAILED_MIGRATION_NEEDS_REPAIR, "V2__b.sql");
            db.execute("UPDATE flyway_schema_history SET success = true WHERE version = '2'");

            Files.delete(migrations.resolve("0002_b.sql"));
            MigrationWriter.rehash(migrations);
            assertRefused(() -> adopt(shale(db, migrations), AdoptTool.FLYWAY, false),
                    ErrorCode.APPLIED_MIGRATION_MISSING, "V2__b.sql");
            assertThat(db.tables()).doesNotContain("shale_history");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES"})
    void adopt_alembicDatabase_countsEveryFileUpToTheCurrentRevision(Engine engine) throws Exception {
        Path migrations = dir.resolve("db/migrations");
        Files.createDirectories(migrations);
        write(migrations.resolve("0001_init.sql"), "-- imported from alembic 1a2b3c\n-- migrate:up\nCREATE TABLE a (id INT);\n");
        write(migrations.resolve("0002_b.sql"), "-- Revision ID: 4d5e6f\n-- migrate:up\nCREATE TABLE b (id INT);\n");
        write(migrations.resolve("0003_c.sql"), "-- migrate:up\nCREATE TABLE c (id INT);\n");
        MigrationWriter.rehash(migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)",
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                    "INSERT INTO alembic_version VALUES ('4d5e6f')");
            Shale shale = shale(db, migrations);
            assertThat(adopt(shale, AdoptTool.ALEMBIC, false).mappings()).extracting(AdoptCommand.Mapping::version)
                    .containsExactly(1, 2);
            assertThat(shale.upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(3);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code,
                                      String message) {
        assertThatThrownBy(call).isInstanceOf(ShaleException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((ShaleException) e).code()).isEqualTo(code));
    }

    private static AdoptCommand.Result adopt(Shale shale, AdoptTool tool, boolean dryRun) {
        return shale.withContext(ctx -> new AdoptCommand(ctx, MigrationListener.NONE)
                .run(new AdoptCommand.Options(tool, null, dryRun, YES)));
    }

    private static Shale shale(TestDatabase db, Path migrations) {
        return Shale.configure().dataSource(db.dataSource()).migrations(migrations).load();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

}
