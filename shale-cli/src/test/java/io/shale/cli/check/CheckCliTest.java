package io.shale.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.Main;
import io.shale.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale check}: the CI gate's summary, exit codes and output formats. */
class CheckCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Path m = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(m.resolve("0001_users.sql"), "-- migrate:up\nCREATE TABLE users (id integer PRIMARY KEY);\n"
                + "-- migrate:down\nDROP TABLE users;\n");
        assertThat(run("hash").exit()).isZero();
    }

    private void addDroppingMigration() throws Exception {
        Files.writeString(dir.resolve("db/migrations/0002_drop.sql"), "-- migrate:up\nDROP TABLE users;\n");
        assertThat(run("hash").exit()).isZero();
    }

    @Test
    void cleanProject_passesWithASummaryTable() {
        Run r = run("check");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("files, sum, numbering").contains("lint (").contains("check passed");
    }

    @Test
    void lintError_failsTheCheck_inEveryFormat() throws Exception {
        addDroppingMigration();

        Run text = run("check");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("0002_drop.sql").contains("FAIL").contains("check failed");

        Run json = run("check", "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"ok\" : false").contains("\"check\" : \"lint\"").contains("\"severity\" : \"ERROR\"");

        Run github = run("check", "--format", "github");
        assertThat(github.exit()).isEqualTo(1);
        assertThat(github.out()).containsPattern("::error file=db/migrations/0002_drop.sql,line=2,title=[A-Z]+[0-9]+::");
    }

    @Test
    void staleSumFile_failsTheFilesCheck() throws Exception {
        Files.writeString(dir.resolve("db/migrations/0002_more.sql"), "-- migrate:up\nCREATE TABLE more (id int);\n");
        Run r = run("check", "--no-lint");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("SUM_FILE_MISMATCH");
    }

    @Test
    void unknownFormat_isAUsageError() {
        assertThat(run("check", "--format", "xml").exit()).isEqualTo(2);
    }
}
