package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.config.ModelsSettings;
import io.shale.config.ReferenceDataSettings;
import io.shale.data.PurgeRule;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.ScratchDatabase;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.run.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Workspace#builder()}: the same parts as a loaded project, made in code without any file. */
class WorkspaceBuilderTest {
    @TempDir
    Path dir;

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    @Test
    void build_withADataSourceAndAFolder_givesTheSamePartsAsAFile() throws Exception {
        new ProjectFolder(dir).twoMigrations();
        try (Workspace ws = Workspace.builder()
                .baseDir(dir)
                .dataSource(h2("builder_parts"), "the application's pool")
                .migrations(Path.of("db/migrations"))
                .environment("test")
                .lockTimeout(Duration.ofSeconds(3))
                .exclude("audit_*")
                .models(ModelsSettings.schemaFile(Path.of("db/schema.sql")))
                .referenceData(ReferenceDataSettings.tables(List.of("countries")))
                .purgeRule("old-users", "users", "email LIKE :prefix || '%'", "prefix")
                .build()) {

            assertThat(ws.config().configFile()).isNull();
            assertThat(ws.settings()).isEqualTo(new Settings("shale_history", "shale_meta", "test",
                    List.of("production"), Duration.ofSeconds(3), dir.resolve("db/migrations").toString()));
            assertThat(ws.migrations().migrations()).extracting(Migration::version).containsExactly(1, 2);
            assertThat(ws.migrationsLabel()).isEqualTo("db/migrations");
            assertThat(ws.databaseDescription()).isEqualTo("the application's pool");
            assertThat(ws.usesLocalDatabase()).isFalse();
            assertThat(ws.dialect().name()).isEqualTo("h2");
            assertThat(ws.config().models().schema()).isEqualTo(dir.resolve("db/schema.sql"));
            assertThat(ws.skippedTables()).accepts("audit_log", "shale_history").rejects("users");
            assertThat(ws.referenceData()).isEqualTo(new ReferenceDataPolicy(false, List.of("countries")));
            assertThat(ws.seeds()).isEqualTo(dir.resolve("db/seeds"));
            assertThat(ws.purgeRule("old-users"))
                    .isEqualTo(new PurgeRule("old-users", "users", "email LIKE :prefix || '%'", List.of("prefix")));
            try (Connection c = ws.dataSource().getConnection()) {
                assertThat(c.getMetaData().getURL()).contains("builder_parts");
            }
        }
    }

    @Test
    void scratch_forAnInMemoryEngine_isInMemory() throws Exception {
        try (Workspace ws = Workspace.builder().baseDir(dir).dataSource(h2("builder_scratch"), "h2").build();
             ScratchDatabase scratch = ws.scratch().create("replay");
             Connection c = scratch.dataSource().getConnection()) {
            assertThat(c.getMetaData().getURL()).startsWith("jdbc:h2:mem:shale_scratch_replay_");
        }
    }

    @Test
    void build_withADatabaseUrl_knowsTheDialectWithoutConnecting() {
        try (Workspace ws = Workspace.builder().baseDir(dir)
                .database("jdbc:postgresql://nowhere.invalid:1/app", "app", "pw").build()) {
            assertThat(ws.dialect().name()).isEqualTo("postgresql");
            assertThat(ws.databaseDescription()).isEqualTo("jdbc:postgresql://nowhere.invalid:1/app");
        }
    }

    @Test
    void build_refusesInvalidSettings() {
        assertThatThrownBy(() -> Workspace.builder().historyTable("shale history").build())
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                    assertThat(e.getMessage()).contains("history-table").contains("shale history");
                });
        assertThatThrownBy(() -> Workspace.builder().lockTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOfSatisfying(ShaleException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE));
        assertThatThrownBy(() -> Workspace.builder().database("postgres://host/app", null, "hunter2").build())
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                    assertThat(e.getMessage()).contains("database.url").doesNotContain("hunter2");
                });
        assertThatThrownBy(() -> Workspace.builder().javaMigrations("com.acme.class").build())
                .isInstanceOfSatisfying(ShaleException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE));
        assertThatThrownBy(() -> Workspace.builder().purgeRule("r", "users", " ").build())
                .isInstanceOfSatisfying(ShaleException.class,
                        e -> assertThat(e.getMessage()).contains("purge rule 'r'"));
    }
}
