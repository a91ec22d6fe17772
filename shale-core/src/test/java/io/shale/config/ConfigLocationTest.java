package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file is read ({@code --config}, {@code -C}, the working directory) and what relative paths mean. */
class ConfigLocationTest {
    @TempDir
    Path dir;

    @Test
    void load_readsShaleYamlFromTheWorkingDirectory() {
        ShaleConfig config = new TestProject(dir).yaml("environment: here").load();

        assertThat(config.configFile()).isEqualTo(dir.resolve("shale.yaml"));
        assertThat(config.baseDir()).isEqualTo(dir);
        assertThat(config.environment()).isEqualTo("here");
    }

    @Test
    void load_acceptsTheShortExtension() {
        ShaleConfig config = new TestProject(dir).file("shale.yml", "environment: yml").load();

        assertThat(config.configFile()).isEqualTo(dir.resolve("shale.yml"));
        assertThat(config.environment()).isEqualTo("yml");
    }

    @Test
    void load_refusesBothExtensionsAtOnce() {
        ShaleException e = new TestProject(dir).yaml("environment: a").file("shale.yml", "environment: b").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
        assertThat(e.getMessage()).contains("shale.yaml").contains("shale.yml");
    }

    @Test
    void load_directoryOption_readsTheFileThereAndResolvesAgainstIt() {
        ShaleConfig config = new TestProject(dir)
                .file("app/shale.yaml", "migrations: sql")
                .directory("app")
                .load();

        assertThat(config.baseDir()).isEqualTo(dir.resolve("app"));
        assertThat(config.configFile()).isEqualTo(dir.resolve("app/shale.yaml"));
        assertThat(config.migrations()).isEqualTo(dir.resolve("app/sql"));
    }

    @Test
    void load_directoryOptionWithoutFile_usesDefaultsBasedThere() {
        ShaleConfig config = new TestProject(dir).file("app/readme", "x").directory("app").load();

        assertThat(config.configFile()).isNull();
        assertThat(config.baseDir()).isEqualTo(dir.resolve("app"));
        assertThat(config.migrations()).isEqualTo(dir.resolve("app/db/migrations"));
    }

    @Test
    void load_missingDirectory_isNotFound() {
        ShaleException e = new TestProject(dir).directory("nowhere").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_NOT_FOUND);
        assertThat(e.getMessage()).contains("`nowhere`").contains("-C");
    }

    @Test
    void load_configOption_winsOverShaleYaml_andItsFolderIsTheBase() {
        ShaleConfig config = new TestProject(dir)
                .yaml("environment: ignored")
                .file("conf/ci.yaml", "environment: ci", "migrations: ../db/m")
                .config("conf/ci.yaml")
                .load();

        assertThat(config.environment()).isEqualTo("ci");
        assertThat(config.configFile()).isEqualTo(dir.resolve("conf/ci.yaml"));
        assertThat(config.baseDir()).isEqualTo(dir.resolve("conf"));
        assertThat(config.migrations()).isEqualTo(dir.resolve("db/m"));
    }

    @Test
    void load_configOption_isRelativeToTheDirectoryOption() {
        ShaleConfig config = new TestProject(dir)
                .file("app/conf/ci.yaml", "environment: ci")
                .directory("app")
                .config("conf/ci.yaml")
                .load();

        assertThat(config.configFile()).isEqualTo(dir.resolve("app/conf/ci.yaml"));
    }

    @Test
    void load_absoluteConfigOption_isTakenAsIs() {
        Path file = dir.resolve("elsewhere/shale.yaml");
        ShaleConfig config = new TestProject(dir).file("elsewhere/shale.yaml", "environment: abs")
                .config(file.toString()).load();

        assertThat(config.configFile()).isEqualTo(file);
    }

    @Test
    void load_missingConfigOptionFile_isNotFound() {
        ShaleException e = new TestProject(dir).config("conf/missing.yaml").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_NOT_FOUND);
        assertThat(e.getMessage()).contains("conf/missing.yaml").contains("--config");
        assertThat(e.hint()).contains("leave out --config");
    }

    @Test
    void load_configOptionNamingAFolder_isUnreadable() {
        ShaleException e = new TestProject(dir).file("conf/x", "").config("conf").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_UNREADABLE);
        assertThat(e.hint()).contains("conf/shale.yaml");
    }

    @Test
    void load_errorsInANestedFile_nameItRelativeToTheWorkingDirectory() {
        ShaleException e = new TestProject(dir).file("app/shale.yaml", "", "bogus: 1").directory("app").failure();

        assertThat(e.getMessage()).startsWith("app/shale.yaml:2: ");
    }

    @Test
    void load_absolutePathsInTheFile_areKept() {
        ShaleConfig config = new TestProject(dir).yaml("migrations: /srv/migrations").load();

        assertThat(config.migrations()).isEqualTo(Path.of("/srv/migrations"));
    }
}
