package io.shale.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.adopt.AdoptCommand;
import io.shale.command.adopt.AdoptTool;
import io.shale.command.adopt.ImportCommand;
import io.shale.command.generate.DiffCommand;
import io.shale.command.generate.GenerateCommand;
import io.shale.command.history.RebaseCommand;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.RepairCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.safety.CheckCommand;
import io.shale.command.safety.LintCommand;
import io.shale.command.safety.VerifyCommand;
import io.shale.command.squash.SquashCommand;
import io.shale.config.ModelsSettings;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.imports.SourceTool;
import io.shale.run.Confirmation;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import io.shale.workspace.Workspace;
import io.shale.workspace.WorkspaceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The library facade runs every command the CLI has, on a workspace made in code with the same
 * settings a shale.yaml holds, and each result says what happened in the database or on disk.
 */
class FacadeCommandsTest {
    private static final Confirmation YES = Confirmation.YES;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void facade_runsEveryProjectCommand_fromNewFilesToSquash(Engine engine) throws Exception {
        Path migrations = dir.resolve("db/migrations");
        Files.createDirectories(migrations);
        write(migrations.resolve("0001_create_countries.sql"), """
                -- migrate:up
                CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
                INSERT INTO countries (code, name) VALUES ('se', 'Sweden'), ('no', 'Norway');
                -- migrate:down
                DROP TABLE countries;
                """);
        write(migrations.resolve("0002_create_users.sql"), """
                -- migrate:up
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(80) NOT NULL,
                    country VARCHAR(2) REFERENCES countries (code));
                CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                -- migrate:down
                DROP TABLE orders;
                DROP TABLE users;
                """);
        write(dir.resolve("db/schema.sql"), """
                CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(80) NOT NULL,
                    country VARCHAR(2) REFERENCES countries (code), nickname VARCHAR(30));
                CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                """);
        write(dir.resolve("db/seeds/test/01_users.sql"), """
                INSERT INTO users (id, email, country) VALUES (1, 'test-ann@example.com', 'se');
                INSERT INTO users (id, email, country) VALUES (2, 'bob@example.com', 'no');
                INSERT INTO orders (id, user_id) VALUES (10, 1);
                INSERT INTO orders (id, user_id) VALUES (11, 2);
                """);

        try (TestDatabase db = TestDatabases.create(engine); Workspace workspace = workspace(engine, db)) {
            Shale shale = Shale.of(workspace);

            assertThat(shale.hash().migrations().changed()).isTrue();
            assertThat(shale.validateFiles().problems()).isEmpty();
            assertThat(shale.lint(new LintCommand.Options(List.of(), Set.of())).linted()).hasSize(2);
            assertThat(shale.status().currentVersion()).isZero();

            assertThat(shale.upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(1, 2);
            assertThat(shale.history()).hasSize(2);
            assertThat(shale.validate().databaseChecked()).isTrue();

            CheckCommand.Result drift = shale.check(true, true, true);
            assertThat(drift.ok()).isFalse();
            assertThat(drift.problems()).extracting(CheckCommand.Problem::code).contains("MODELS_DRIFT");
            DiffCommand.Result diff = shale.diff(new DiffCommand.Options(shale.schemaSource("migrations"),
                    shale.schemaSource("models"), Renames.NONE));
            assertThat(String.join("\n", diff.sql())).containsIgnoringCase("nickname");

            GenerateCommand.Result generated = shale.generate(new GenerateCommand.Options("add nickname", Renames.NONE,
                    false));
            assertThat(generated.file().getFileName().toString()).isEqualTo("0003_add_nickname.sql");
            assertThat(shale.upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(3);
            assertThat(shale.check(true, true, true).ok()).isTrue();

            assertThat(shale.seed("test", YES).statements()).isEqualTo(4);
            assertThat(shale.purge("test-users", Map.of("prefix", "test-"), false, YES).counts())
                    .containsEntry("users", 1L).containsEntry("orders", 1L);
            assertThat(db.count("users")).isEqualTo(1);
            assertThat(shale.clear(YES).restored()).containsEntry("countries", 2);
            assertThat(db.count("users")).isZero();
            assertThat(db.count("countries")).isEqualTo(2);

            assertThat(shale.downgrade(new DowngradeCommand.Options(2, null, false, YES)).reverted()).hasSize(1);
            assertThat(shale.stamp(3, YES).recorded()).containsExactly(3);
            assertThat(shale.status().currentVersion()).isEqualTo(3);
            db.execute("UPDATE shale_history SET checksum = 'edited' WHERE version = 1");
            RepairCommand.Result repaired = shale.repair(new RepairCommand.Options(true, false, YES));
            assertThat(repaired.checksumMismatches()).hasSize(1);
            assertThat(shale.validate().problems()).isEmpty();
            db.execute("DROP TABLE orders");
            ResetCommand.Result reset = shale.reset(new ResetCommand.Options(false, YES));
            assertThat(reset.method()).isNotNull();
            assertThat(shale.status().upToDate()).isTrue();
            assertThat(db.tables()).contains("orders");

            assertThat(shale.verify(VerifyCommand.Options.DEFAULTS).failure()).isNull();
            Path baselineBefore = migrations.resolve("0002_create_users.sql");
            SquashCommand.Result squashed = shale.squash(new SquashCommand.Options(2, true, false));
            assertThat(squashed.version()).isEqualTo(2);
            assertThat(baselineBefore).doesNotExist();
            assertThat(shale.migrations().migrations()).hasSize(2);
            assertThat(shale.newMigration("add index").getFileName().toString()).isEqualTo("0004_add_index.sql");
            assertThat(shale.migrations().migrations()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void facade_importsAnotherToolsFiles_andAdoptsAnAlembicDatabase(Engine engine) throws Exception {
        Path flyway = dir.resolve("flyway");
        write(flyway.resolve("V1__a.sql"), "CREATE TABLE a (id INT);\n");
        write(flyway.resolve("V2__b.sql"), "CREATE TABLE b (id INT);\n");
        Path migrations = dir.resolve("db/migrations");
        write(migrations.resolve("0001_a.sql"), "-- Revision ID: 1a2b3c\n-- migrate:up\nCREATE TABLE a (id INT);\n");
        write(migrations.resolve("0002_b.sql"), "-- Revision ID: 4d5e6f\n-- migrate:up\nCREATE TABLE b (id INT);\n");
        write(migrations.resolve("0003_c.sql"), "-- migrate:up\nCREATE TABLE c (id INT);\n");
        try (TestDatabase db = TestDatabases.create(engine); Workspace workspace = workspace(engine, db)) {
            Shale shale = Shale.of(workspace);
            shale.hash();
            Path imported = dir.resolve("imported");
            ImportCommand.Result result = shale.importMigrations(new ImportCommand.Options(SourceTool.FLYWAY, flyway,
                    imported, false, false));
            assertThat(result.files()).hasSize(2);
            assertThat(imported.resolve("shale.sum")).exists();

            db.execute("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)",
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                    "INSERT INTO alembic_version VALUES ('4d5e6f')");
            AdoptCommand.Result adopted = shale.adopt(new AdoptCommand.Options(AdoptTool.ALEMBIC, null, false, YES));
            assertThat(adopted.mappings()).extracting(AdoptCommand.Mapping::version).containsExactly(1, 2);
            assertThat(shale.upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void facade_rebasesThisBranchsFilesAfterTheOtherBranch(Engine engine) throws Exception {
        Path migrations = dir.resolve("db/migrations");
        write(migrations.resolve("0001_a.sql"), "-- migrate:up\nCREATE TABLE a (id INT);\n");
        try (TestDatabase db = TestDatabases.create(engine); Workspace workspace = workspace(engine, db)) {
            Shale shale = Shale.of(workspace);
            shale.hash();
            git("init", "-q", "-b", "main");
            git("add", "-A");
            git("commit", "-q", "-m", "one");
            git("checkout", "-q", "-b", "feature");
            write(migrations.resolve("0002_feature.sql"), "-- migrate:up\nCREATE TABLE f (id INT);\n");
            shale.hash();
            git("add", "-A");
            git("commit", "-q", "-m", "feature");
            git("checkout", "-q", "main");
            write(migrations.resolve("0002_main.sql"), "-- migrate:up\nCREATE TABLE m (id INT);\n");
            shale.hash();
            git("add", "-A");
            git("commit", "-q", "-m", "main");
            git("checkout", "-q", "feature");

            RebaseCommand.Result r = shale.rebase(new RebaseCommand.Options("main", false));

            assertThat(r.renames()).containsExactly(new RebaseCommand.Rename("0002_feature.sql", "0003_feature.sql"));
            assertThat(shale.migrations().migrations()).hasSize(2);
            assertThat(migrations.resolve("0003_feature.sql")).exists();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void facade_refusesAPurgeRuleThatIsNotConfigured_andChangesNothing(Engine engine) throws Exception {
        Files.createDirectories(dir.resolve("db/migrations"));
        try (TestDatabase db = TestDatabases.create(engine); Workspace workspace = workspace(engine, db)) {
            Shale shale = Shale.of(workspace);
            assertThatThrownBy(() -> shale.purge("no-such-rule", Map.of(), false, YES))
                    .isInstanceOf(ShaleException.class).hasMessageContaining("test-users")
                    .satisfies(e -> assertThat(((ShaleException) e).code()).isEqualTo(ErrorCode.USAGE));
            assertThat(db.tables()).isEmpty();
        }
    }

    private Workspace workspace(Engine engine, TestDatabase db) {
        WorkspaceBuilder b = Workspace.builder().baseDir(dir).database(db.url(), db.user(), db.password())
                .migrations(dir.resolve("db/migrations"))
                .models(new ModelsSettings(dir.resolve("db/schema.sql"), null))
                .seeds(dir.resolve("db/seeds"))
                .purgeRule("test-users", "users", "email LIKE :prefix || '%'", "prefix");
        if (engine == Engine.POSTGRES) {
            var server = TestDatabases.postgresServer();
            b.scratch(server.jdbcUrl("postgres"), server.user(), null);
        }
        return b.build();
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t",
                "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isZero();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
