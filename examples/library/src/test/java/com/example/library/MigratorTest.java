package com.example.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.command.history.StatusCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
    @TempDir
    Path dir;

    @Test
    void migrate_bringsTheEmbeddedDefaultDatabaseToTheNewestVersion_once() {
        StatusCommand.Result first = Migrator.migrate(dir, null, null, null);
        assertThat(first.currentVersion()).isEqualTo(2);
        assertThat(first.upToDate()).isTrue();

        StatusCommand.Result again = Migrator.migrate(dir, null, null, null);
        assertThat(again.currentVersion()).isEqualTo(2);
    }

    @Test
    void migrate_worksOnAnyJdbcUrl_hereH2() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("app").toAbsolutePath();
        assertThat(Migrator.migrate(dir, url, "sa", "").upToDate()).isTrue();
        try (var c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM loans")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void migrate_refusesAnUnsupportedUrl_withShalesCodeAndHint() {
        assertThatThrownBy(() -> Migrator.migrate(dir, "jdbc:oracle:thin:@x", null, null))
                .isInstanceOf(ShaleException.class)
                .satisfies(e -> assertThat(((ShaleException) e).code()).isEqualTo(ErrorCode.DB_UNSUPPORTED))
                .satisfies(e -> assertThat(((ShaleException) e).hint()).contains("jdbc:postgresql:"));
    }
}
