package io.shale.migration.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWriterTest {
    @TempDir
    Path dir;

    private final ImportPlan plan = new ImportPlan(List.of(new ImportedMigration("1.2", "V1.2__add users.sql",
            "add users", "CREATE TABLE users (id int);\n", "DROP TABLE users;\n", true)), List.of(), List.of());

    @Test
    void write_putsTheMarkerFirst_andKeepsTheStatementsAsWritten() throws Exception {
        ImportWriter.write(dir, SourceTool.FLYWAY, plan, false);
        assertThat(Files.readString(dir.resolve("0001_add_users.sql"))).isEqualTo(
                "-- imported from flyway 1.2 (V1.2__add users.sql)\n-- migrate:up\nCREATE TABLE users (id int);\n\n"
                        + "-- migrate:down\nDROP TABLE users;\n\n");
        assertThat(ImportMarker.find(Files.readString(dir.resolve("0001_add_users.sql"))))
                .contains(new ImportMarker("flyway", "1.2", "V1.2__add users.sql"));
        assertThat(dir.resolve("shale.sum")).exists();
    }

    @Test
    void write_refusesAFolderThatHoldsMigrations_unlessForced_thenNumbersAfterThem() {
        ImportWriter.write(dir, SourceTool.FLYWAY, plan, false);
        assertThatThrownBy(() -> ImportWriter.write(dir, SourceTool.FLYWAY, plan, false))
                .isInstanceOf(ShaleException.class)
                .satisfies(e -> assertThat(((ShaleException) e).code()).isEqualTo(ErrorCode.MIGRATION_DUPLICATE_VERSION))
                .hasMessageContaining("already holds 1");
        ImportWriter.write(dir, SourceTool.FLYWAY, plan, true);
        assertThat(MigrationLoader.load(dir, List.of(), null).latestVersion()).isEqualTo(2);
    }

    @Test
    void marker_keepsAnIdWithSpacesAsOneWord() {
        ImportMarker m = new ImportMarker("liquibase", "jane doe:create 1", "a b.sql");
        assertThat(m.line()).isEqualTo("-- imported from liquibase jane%20doe:create%201 (a b.sql)");
        assertThat(ImportMarker.find(m.line() + "\n-- migrate:up\n")).contains(m);
    }
}
