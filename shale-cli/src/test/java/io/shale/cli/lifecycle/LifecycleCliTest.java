package io.shale.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.CliProjects;
import io.shale.cli.Main;
import io.shale.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four lifecycle commands end to end on SQLite, as a script would run them. */
class LifecycleCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
        return new Run(exit, out + err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        CliProjects.lifecycle(dir);
        assertThat(run("hash").exit()).isZero();
        assertThat(run("upgrade").exit()).isZero();
    }

    @Test
    void seedPurgeClearReset_namesTheTarget_andRefusesWithoutConfirmation() throws Exception {
        assertThat(run("seed", "dev").exit()).isZero();
        assertThat(run("seed", "dev").exit()).as("a second seed meets rows").isEqualTo(9);

        Run dry = run("purge", "test-users", "--param", "prefix=func-test-", "--dry-run");
        assertThat(dry.out()).contains("Would delete 2 rows");
        assertThat(run("purge", "test-users", "--param", "prefix=func-test-").exit()).isEqualTo(9);
        Run purged = run("purge", "test-users", "--param", "prefix=func-test-", "--yes");
        assertThat(purged.out()).contains("About to purge", "Deleted 2 rows");
        assertThat(count("users")).isEqualTo(1);

        assertThat(run("clear").exit()).isEqualTo(9);
        Run cleared = run("clear", "--yes", "--seed", "dev");
        assertThat(cleared.exit()).as(cleared.out()).isZero();
        assertThat(cleared.out()).contains("restored 1 reference rows", "Seeded 'dev'");
        assertThat(count("users")).isEqualTo(2);

        Run reset = run("reset", "--yes");
        assertThat(reset.exit()).as(reset.out()).isZero();
        assertThat(count("users")).isZero();
        assertThat(count("roles")).isEqualTo(1);
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
