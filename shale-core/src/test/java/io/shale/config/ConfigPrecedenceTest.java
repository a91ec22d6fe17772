package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file, then {@code SHALE_*} variables, then command-line overrides: each later one wins. */
class ConfigPrecedenceTest {
    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir).yaml(
                "database:",
                "  url: jdbc:postgresql://file/app",
                "  user: file-user",
                "environment: file-env",
                "lock-timeout: 10s");
    }

    @Test
    void load_fileValueApplies_whenNothingOverridesIt() {
        assertThat(project().load().environment()).isEqualTo("file-env");
    }

    @Test
    void load_shaleVariable_winsOverFile() {
        ShaleConfig config = project().env("SHALE_ENVIRONMENT", "env-env").env("SHALE_LOCK_TIMEOUT", "20").load();

        assertThat(config.environment()).isEqualTo("env-env");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void load_override_winsOverShaleVariableAndFile() {
        ShaleConfig config = project()
                .env("SHALE_ENVIRONMENT", "env-env")
                .override("environment", "flag-env")
                .override("lock-timeout", "30s")
                .load();

        assertThat(config.environment()).isEqualTo("flag-env");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void load_overrideOfOneDatabaseKey_keepsTheOthersFromTheFile() {
        DatabaseSettings db = project()
                .env("SHALE_DATABASE_PASSWORD", "envpw")
                .override("database.url", "jdbc:postgresql://flag/app")
                .load().database();

        assertThat(db.url()).isEqualTo("jdbc:postgresql://flag/app");
        assertThat(db.user()).isEqualTo("file-user");
        assertThat(db.password()).isEqualTo(new Secret("envpw"));
    }

    @Test
    void load_databaseUrlOverride_createsTheDatabaseSection() {
        DatabaseSettings db = new TestProject(dir)
                .env("SHALE_DATABASE_URL", "jdbc:postgresql://env/app")
                .env("SHALE_DATABASE_USER", "env-user")
                .load().database();

        assertThat(db).isEqualTo(new DatabaseSettings("jdbc:postgresql://env/app", "env-user", null, null));
    }

    @Test
    void load_everyScalarShaleVariable_reachesItsKey() {
        ShaleConfig config = new TestProject(dir)
                .env("SHALE_DATABASE_URL", "jdbc:h2:mem:x")
                .env("SHALE_DATABASE_USER", "u")
                .env("SHALE_DATABASE_PASSWORD", "p")
                .env("SHALE_DATABASE_SCHEMA", "s")
                .env("SHALE_MIGRATIONS", "m")
                .env("SHALE_ENVIRONMENT", "e")
                .env("SHALE_HISTORY_TABLE", "h")
                .env("SHALE_META_TABLE", "mt")
                .env("SHALE_LOCK_TIMEOUT", "2m")
                .env("SHALE_JAVA_MIGRATIONS", "a.b, c.d")
                .env("SHALE_PROTECTED_ENVIRONMENTS", "prod,staging")
                .env("SHALE_EXCLUDE", "tmp_*, ,old_*")
                .env("SHALE_EMBEDDED_DATA_DIR", "pg")
                .load();

        assertThat(config.database()).isEqualTo(new DatabaseSettings("jdbc:h2:mem:x", "u", new Secret("p"), "s"));
        assertThat(config.migrations()).isEqualTo(dir.resolve("m"));
        assertThat(config.environment()).isEqualTo("e");
        assertThat(config.historyTable()).isEqualTo("h");
        assertThat(config.metaTable()).isEqualTo("mt");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.javaMigrationPackages()).containsExactly("a.b", "c.d");
        assertThat(config.protectedEnvironments()).containsExactly("prod", "staging");
        assertThat(config.exclude()).containsExactly("tmp_*", "old_*");
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve("pg"));
    }

    @Test
    void load_otherShaleVariables_areIgnored() {
        ShaleConfig config = new TestProject(dir)
                .env("SHALE_ENV", "production")
                .env("SHALE_SOMETHING_ELSE", "x")
                .load();

        assertThat(config.environment()).isEqualTo("development");
    }

    @Test
    void load_listOverride_replacesTheFileList() {
        ShaleConfig config = new TestProject(dir).yaml("exclude: [a_*, b_*]").override("exclude", "c_*").load();

        assertThat(config.exclude()).containsExactly("c_*");
    }

    @Test
    void load_emptyListVariable_givesAnEmptyList() {
        assertThat(new TestProject(dir).env("SHALE_PROTECTED_ENVIRONMENTS", "").load().protectedEnvironments())
                .isEmpty();
    }

    @Test
    void load_overridesAreTakenLiterally_withoutVariableExpansion() {
        ShaleConfig config = new TestProject(dir)
                .env("SHALE_DATABASE_URL", "jdbc:h2:mem:x")
                .env("SHALE_DATABASE_PASSWORD", "pa${ss}$$")
                .load();

        assertThat(config.database().password().reveal()).isEqualTo("pa${ss}$$");
    }

    @Test
    void load_featureKeyOverride_isTypeCheckedAndStored() {
        ShaleConfig config = new TestProject(dir)
                .override("reference-data", "countries, currencies")
                .override("seeds", "data/seeds")
                .load();

        assertThat(config.referenceData())
                .isEqualTo(ReferenceDataSettings.tables(java.util.List.of("countries", "currencies")));
        assertThat(config.seeds()).isEqualTo(dir.resolve("data/seeds"));
    }

    @Test
    void load_overrideOfAnEmptyFileSection_fillsIt() {
        ShaleConfig config = new TestProject(dir).yaml("embedded:").override("embedded.data-dir", "pg").load();

        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve("pg"));
    }
}
