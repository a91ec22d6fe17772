package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.config.DatabaseSettings;
import io.shale.data.PurgeRule;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.ScratchDatabase;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.run.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Workspace#load}: one call turns a project's files into the typed parts the commands take. */
class WorkspaceLoadTest {
    @TempDir
    Path dir;

    private ProjectFolder project() {
        return new ProjectFolder(dir);
    }

    @Test
    void load_givesEveryConfiguredPartTyped() {
        try (Workspace ws = project().twoMigrations().file("db/schema.sql", "CREATE TABLE users (id INTEGER);\n").yaml(
                        "database:",
                        "  url: jdbc:sqlite:${DB_FILE}",
                        "environment: staging",
                        "protected-environments: [staging, production]",
                        "history-table: app_history",
                        "lock-timeout: 5s",
                        "exclude: [apscheduler_*]",
                        "models: { schema: db/schema.sql }",
                        "reference-data: [countries]",
                        "seeds: data/seeds",
                        "purge:",
                        "  test-users: { table: users, where: \"email LIKE :prefix || '%'\", params: [prefix] }",
                        "scratch: { url: 'jdbc:h2:mem:scratch', user: sa, password: s3cret }")
                .env("DB_FILE", dir.resolve("app.db").toString())
                .load()) {

            assertThat(ws.settings()).isEqualTo(new Settings("app_history", "shale_meta", "staging",
                    List.of("staging", "production"), Duration.ofSeconds(5), dir.resolve("db/migrations").toString()));
            assertThat(ws.migrationsLabel()).isEqualTo("db/migrations");
            assertThat(ws.migrations().migrations()).extracting(Migration::script)
                    .containsExactly("0001_create_users.sql", "0002_create_countries.sql");
            assertThat(ws.dialect().name()).isEqualTo("sqlite");
            assertThat(ws.usesLocalDatabase()).isFalse();
            assertThat(ws.databaseDescription()).isEqualTo("jdbc:sqlite:" + dir.resolve("app.db"));
            assertThat(ws.models()).isNotNull();
            assertThat(ws.hasModels()).isTrue();
            assertThat(ws.skippedTables()).accepts("apscheduler_jobs", "app_history", "shale_meta").rejects("users");
            assertThat(ws.exclude()).containsExactly("apscheduler_*");
            assertThat(ws.referenceData()).isEqualTo(new ReferenceDataPolicy(false, List.of("countries")));
            assertThat(ws.seeds()).isEqualTo(dir.resolve("data/seeds"));
            assertThat(ws.purgeRules()).containsOnlyKeys("test-users");
            assertThat(ws.purgeRule("test-users"))
                    .isEqualTo(new PurgeRule("test-users", "users", "email LIKE :prefix || '%'", List.of("prefix")));
            assertThat(ws.scratchServer()).map(DatabaseSettings::url).contains("jdbc:h2:mem:scratch");
        }
    }

    @Test
    void migrations_areReadOnce() {
        try (Workspace ws = project().twoMigrations().override("database.url", "jdbc:h2:mem:x").load()) {
            assertThat(ws.migrations()).isSameAs(ws.migrations());
        }
    }

    @Test
    void dataSource_connectsToTheConfiguredDatabase() throws Exception {
        try (Workspace ws = project().override("database.url", "jdbc:sqlite:" + dir.resolve("app.db")).load();
             Connection c = ws.dataSource().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 40 + 2")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void scratch_onAConfiguredScratchServer_makesAThrowAwayDatabaseThere() throws Exception {
        try (Workspace ws = project().yaml("database: { url: 'jdbc:h2:mem:app' }",
                "scratch: { url: 'jdbc:h2:mem:unused', user: sa }").load();
             ScratchDatabase scratch = ws.scratch().create("test");
             Connection c = scratch.dataSource().getConnection()) {
            assertThat(scratch.description()).contains("shale_scratch_test_");
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void load_withoutFeatureKeys_givesTheDefaults() {
        try (Workspace ws = project().override("database.url", "jdbc:h2:mem:x").load()) {
            assertThat(ws.referenceData()).isEqualTo(ReferenceDataPolicy.AUTO);
            assertThat(ws.seeds()).isEqualTo(dir.resolve("db/seeds"));
            assertThat(ws.purgeRules()).isEmpty();
            assertThat(ws.scratchServer()).isEmpty();
            assertThat(ws.hasModels()).isFalse();
            assertThat(ws.settings()).isEqualTo(Settings.defaults(dir.resolve("db/migrations").toString()));
        }
    }

    @Test
    void referenceData_none_restoresNothing() {
        try (Workspace ws = project().yaml("reference-data: none").load()) {
            assertThat(ws.referenceData().none()).isTrue();
        }
    }

    @Test
    void purgeRule_unknown_isAUsageErrorListingTheRules() {
        try (Workspace ws = project().yaml("purge: { b: { table: t, where: x = 1 }, a: { table: t, where: x = 2 } }")
                .load()) {
            assertThatThrownBy(() -> ws.purgeRule("c"))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                        assertThat(e.getMessage()).contains("There is no purge rule 'c'").contains("(rules: a, b)");
                        assertThat(e.hint()).contains("purge:");
                    });
        }
    }

    @Test
    void models_noneConfigured_saysHowToConfigureThem() {
        try (Workspace ws = project().yaml("environment: development").load()) {
            assertThatThrownBy(ws::models)
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage()).startsWith("No models are configured in " + dir.resolve("shale.yaml"));
                        assertThat(e.hint()).contains("models: { schema: db/schema.sql }");
                    });
        }
    }

    @Test
    void models_bothSourcesSet_isRefusedWhenModelsAreNeeded() {
        try (Workspace ws = project().yaml("models:", "  schema: s.sql",
                "  jpa: { classpath: [c], packages: [com.acme] }").load()) {
            assertThat(ws.hasModels()).isTrue();
            assertThatThrownBy(ws::models)
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage()).contains("models.schema and models.jpa are both set");
                    });
        }
    }

    @Test
    void dialect_withoutDatabaseAndWithoutShaleLocal_namesTheModuleToAdd() {
        try (Workspace ws = project().load()) {
            assertThat(ws.usesLocalDatabase()).isTrue();
            assertThatThrownBy(ws::dialect).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                assertThat(e.hint()).contains("io.shale:shale-local");
            });
        }
    }
}
