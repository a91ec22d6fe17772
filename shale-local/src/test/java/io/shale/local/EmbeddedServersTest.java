package io.shale.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.config.ConfigRequest;
import io.shale.dialect.ScratchDatabase;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With shale-local on the class path, a workspace gets the embedded default database and scratch servers. */
class EmbeddedServersTest {
    @TempDir
    Path dir;

    @Test
    void noDatabaseConfigured_theDialectIsPostgresWithoutStartingAnything() {
        try (Workspace ws = Workspace.load(new ConfigRequest(dir, null, null, Map.of(), Map.of()))) {
            assertThat(ws.dialect().displayName()).isEqualTo("PostgreSQL");
        }
        assertThat(dir.resolve(".shale/postgres")).doesNotExist();
    }

    @Test
    void noDatabaseConfigured_theEmbeddedPostgresServesAndAScratchServerComesUp() throws Exception {
        String defaultUrl;
        try (Workspace ws = Workspace.load(new ConfigRequest(dir, null, null, Map.of(), Map.of()))) {
            assertThat(ws.usesLocalDatabase()).isTrue();
            try (Connection c = ws.dataSource().getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(c.getCatalog()).isEqualTo("shale");
            }
            assertThat(ws.databaseDescription()).startsWith("embedded PostgreSQL (jdbc:postgresql://")
                    .endsWith("data in " + dir.resolve(".shale/postgres") + ")");

            // A second project that names the first one's server as its database: its scratch databases
            // come from a throw-away embedded server, never from the user's own server.
            String url;
            try (Connection c = ws.dataSource().getConnection()) {
                url = c.getMetaData().getURL();
            }
            defaultUrl = url;
            try (Workspace other = Workspace.builder().baseDir(dir).database(url, "postgres", null).build();
                 ScratchDatabase scratch = other.scratch().create("replay");
                 Connection c = scratch.dataSource().getConnection()) {
                assertThat(c.getCatalog()).startsWith("shale_scratch_replay_");
                assertThat(c.getMetaData().getURL()).doesNotContain(":" + portOf(url) + "/");
            }
        }
        // Closing the workspace stopped the server it started.
        assertThatThrownBy(() -> DriverManager.getConnection(defaultUrl, "postgres", null).close())
                .isInstanceOf(SQLException.class);
    }

    private static String portOf(String url) {
        return url.replaceAll("^jdbc:postgresql://[^:]+:(\\d+)/.*$", "$1");
    }
}
