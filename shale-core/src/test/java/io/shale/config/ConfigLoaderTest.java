package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir);
    }

    @Test
    void load_withoutConfigFile_appliesEveryDefault() {
        ShaleConfig config = project().load();

        assertThat(config.configFile()).isNull();
        assertThat(config.baseDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(config.database()).isNull();
        assertThat(config.usesEmbeddedDatabase()).isTrue();
        assertThat(config.migrations()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(config.javaMigrationPackages()).isEmpty();
        assertThat(config.environment()).isEqualTo("development");
        assertThat(config.protectedEnvironments()).containsExactly("production");
        assertThat(config.environmentIsProtected()).isFalse();
        assertThat(config.historyTable()).isEqualTo("shale_history");
        assertThat(config.metaTable()).isEqualTo("shale_meta");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.exclude()).isEmpty();
        assertThat(config.schemas()).isEmpty();
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve(".shale/postgres"));
        assertThat(config.models()).isNull();
        assertThat(config.referenceData()).isNull();
        assertThat(config.seeds()).isNull();
        assertThat(config.purge()).isEmpty();
        assertThat(config.scratch()).isNull();
    }

    @Test
    void load_emptyFile_appliesEveryDefault() {
        ShaleConfig config = project().yaml().load();

        assertThat(config.configFile()).isEqualTo(dir.resolve("shale.yaml"));
        assertThat(config.database()).isNull();
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void load_commentOnlyFile_appliesEveryDefault() {
        assertThat(project().yaml("# nothing yet", "").load().environment()).isEqualTo("development");
    }

    @Test
    void load_readsEveryCoreKey() {
        ShaleConfig config = project().yaml(
                "database:",
                "  url: jdbc:postgresql://localhost:5432/app",
                "  user: app",
                "  password: s3cret",
                "  schema: accounts",
                "migrations: sql/migrations",
                "java-migrations: [com.acme.migrations, com.acme.more]",
                "environment: staging",
                "protected-environments: [production, staging]",
                "history-table: ops.history",
                "meta-table: meta_1",
                "lock-timeout: 5m",
                "exclude: [apscheduler_*, tmp_*]",
                "schemas: [public, audit]",
                "embedded:",
                "  data-dir: /var/shale/pg").load();

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/app");
        assertThat(config.database().user()).isEqualTo("app");
        assertThat(config.database().password().reveal()).isEqualTo("s3cret");
        assertThat(config.database().schema()).isEqualTo("accounts");
        assertThat(config.migrations()).isEqualTo(dir.resolve("sql/migrations"));
        assertThat(config.javaMigrationPackages()).containsExactly("com.acme.migrations", "com.acme.more");
        assertThat(config.environment()).isEqualTo("staging");
        assertThat(config.environmentIsProtected()).isTrue();
        assertThat(config.historyTable()).isEqualTo("ops.history");
        assertThat(config.metaTable()).isEqualTo("meta_1");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.exclude()).containsExactly("apscheduler_*", "tmp_*");
        assertThat(config.schemas()).containsExactly("public", "audit");
        assertThat(config.embeddedDataDir()).isEqualTo(Path.of("/var/shale/pg"));
    }

    @Test
    void load_databaseWithOnlyUrl_leavesOtherSettingsNull() {
        DatabaseSettings db = project().yaml("database:", "  url: jdbc:h2:mem:test").load().database();

        assertThat(db).isEqualTo(new DatabaseSettings("jdbc:h2:mem:test", null, null, null));
    }

    @Test
    void load_keepsScalarsAsWritten() {
        ShaleConfig config = project().yaml(
                "database:",
                "  url: jdbc:h2:mem:test",
                "  user: 007",
                "  password: 1.10",
                "environment: yes").load();

        assertThat(config.database().user()).isEqualTo("007");
        assertThat(config.database().password().reveal()).isEqualTo("1.10");
        assertThat(config.environment()).isEqualTo("yes");
    }

    @Test
    void load_javaMigrations_acceptsASingleString() {
        assertThat(project().yaml("java-migrations: com.acme.migrations").load().javaMigrationPackages())
                .containsExactly("com.acme.migrations");
    }

    @Test
    void load_protectedEnvironments_emptyListProtectsNothing() {
        ShaleConfig config = project().yaml("environment: production", "protected-environments: []").load();

        assertThat(config.environmentIsProtected()).isFalse();
    }

    @Test
    void load_lockTimeout_acceptsEveryForm() {
        Map<String, Duration> cases = Map.of(
                "0", Duration.ZERO,
                "90", Duration.ofSeconds(90),
                "500ms", Duration.ofMillis(500),
                "30s", Duration.ofSeconds(30),
                "5m", Duration.ofMinutes(5),
                "1h", Duration.ofHours(1),
                "'45'", Duration.ofSeconds(45));
        cases.forEach((written, expected) -> assertThat(
                project().yaml("lock-timeout: " + written).load().lockTimeout()).as(written).isEqualTo(expected));
    }

    @Test
    void load_pathsAreNormalisedAndAbsolute() {
        ShaleConfig config = project().yaml("migrations: ./db/../sql/./m", "embedded: { data-dir: pg }").load();

        assertThat(config.migrations()).isEqualTo(dir.resolve("sql/m")).isAbsolute();
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve("pg"));
    }

    @Test
    void load_emptyEmbeddedSection_keepsDefaultDataDir() {
        assertThat(project().yaml("embedded:").load().embeddedDataDir()).isEqualTo(dir.resolve(".shale/postgres"));
    }

    @Test
    void load_emptyOptionalDatabaseValues_countAsUnset() {
        DatabaseSettings db = project().yaml(
                "database:",
                "  url: jdbc:h2:mem:test",
                "  user: ${DB_USER:-}",
                "  password: ''",
                "  schema:").load().database();

        assertThat(db.user()).isNull();
        assertThat(db.password()).isNull();
        assertThat(db.schema()).isNull();
    }

    @Test
    void load_storesEveryFeatureKeyAsATypedValue() {
        ShaleConfig config = project().yaml(
                "models:",
                "  schema: db/schema.sql",
                "  jpa:",
                "    classpath: [target/classes]",
                "    packages: com.acme.model",
                "reference-data: [countries, currencies]",
                "seeds: db/seeds",
                "purge:",
                "  functional-test-users:",
                "    table: users",
                "    where: \"email LIKE :prefix || '%'\"",
                "    params: [prefix]",
                "scratch:",
                "  url: jdbc:postgresql://localhost:5433/postgres",
                "  user: postgres",
                "  password: scratchpw").load();

        assertThat(config.models()).isEqualTo(new ModelsSettings(dir.resolve("db/schema.sql"),
                new ModelsSettings.Jpa(List.of(dir.resolve("target/classes")), List.of("com.acme.model"))));
        assertThat(config.referenceData()).isEqualTo(ReferenceDataSettings.tables(List.of("countries", "currencies")));
        assertThat(config.seeds()).isEqualTo(dir.resolve("db/seeds"));
        assertThat(config.purge()).isEqualTo(Map.of("functional-test-users", new PurgeSettings(
                "users", "email LIKE :prefix || '%'", List.of("prefix"))));
        assertThat(config.scratch()).isEqualTo(new DatabaseSettings(
                "jdbc:postgresql://localhost:5433/postgres", "postgres", new Secret("scratchpw"), null));
    }

    @Test
    void load_referenceData_acceptsAutoAndNone() {
        assertThat(project().yaml("reference-data: auto").load().referenceData()).isEqualTo(ReferenceDataSettings.AUTO);
        assertThat(project().yaml("reference-data: none").load().referenceData()).isEqualTo(ReferenceDataSettings.NONE);
    }

    @Test
    void load_featureValuesAreImmutable() {
        ShaleConfig config = project().yaml("models: { jpa: { classpath: [c], packages: p } }",
                "purge: { r: { table: t, where: x = 1 } }").load();

        assertThatThrownBy(() -> config.models().jpa().classpath().add(dir))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.purge().put("x", new PurgeSettings("t", "y", List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void load_designDocumentExample_loads() {
        ShaleConfig config = project().yaml(
                "database:",
                "  url: jdbc:postgresql://localhost:5432/${POSTGRES_DB}",
                "  user: ${POSTGRES_USER}",
                "  password: ${POSTGRES_PASSWORD:-}",
                "migrations: db/migrations",
                "models:",
                "  schema: db/schema.sql",
                "environment: ${SHALE_ENV:-development}",
                "protected-environments: [production]",
                "exclude: [apscheduler_*]",
                "reference-data: auto",
                "seeds: db/seeds",
                "purge:",
                "  functional-test-users:",
                "    table: users",
                "    where: \"email LIKE :prefix || '%'\"")
                .env("POSTGRES_DB", "app").env("POSTGRES_USER", "app").env("SHALE_ENV", "test")
                .load();

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/app");
        assertThat(config.database().password()).isNull();
        assertThat(config.environment()).isEqualTo("test");
    }
}
