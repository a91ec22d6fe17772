package io.shale.lint;

import static io.shale.testing.Engine.POSTGRES;
import static io.shale.testing.Engine.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.safety.LintCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions, the scope of a migration, and the three output formats. */
class LintSuppressionAndFormatTest {
    private static final String SETUP = "CREATE TABLE posts (id integer PRIMARY KEY, body text);";

    @TempDir
    Path dir;

    @Test
    void lintIgnoreWithAReason_silencesTheStatementBelowOnly() {
        LintCommand.Result r = LintHarness.lint(SQLITE, dir, SETUP,
                "-- shale:lint-ignore DS105 the table only holds a cache\nDELETE FROM posts;\nDELETE FROM posts;", Set.of());
        assertThat(r.findings()).extracting(Finding::code, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DS105", 4));
    }

    @Test
    void lintIgnoreWithoutAReason_silencesNothing_andIsAnError() {
        LintCommand.Result r = LintHarness.lint(SQLITE, dir, SETUP, "-- shale:lint-ignore DS105\nDELETE FROM posts;",
                Set.of());
        assertThat(LintHarness.codes(r)).containsExactly("LT101", "DS105");
        assertThat(r.errors()).isEqualTo(1);
    }

    @Test
    void lintIgnoreBeforeTheUpMarker_coversTheWholeFile_andUnknownCodesAreReported() {
        LintCommand.Result r = LintHarness.lint(SQLITE, dir, SETUP, "-- shale:lint-ignore DS105,XX999 cache table\n"
                + "-- migrate:up\nDELETE FROM posts;\nDELETE FROM posts;\n", Set.of());
        assertThat(LintHarness.codes(r)).containsExactly("LT102");
    }

    @Test
    void aTableCreatedEarlierInTheSameMigration_isNotExisting() {
        LintCommand.Result r = LintHarness.lint(POSTGRES, dir, SETUP, """
                CREATE TABLE tags (id integer, name text);
                CREATE INDEX tags_name ON tags (name);
                ALTER TABLE tags ADD COLUMN slug text NOT NULL;
                ALTER TABLE tags ADD CONSTRAINT tags_slug UNIQUE (slug);
                ALTER TABLE tags RENAME TO labels;
                CREATE UNIQUE INDEX labels_id ON labels (id);
                DROP TABLE labels;""", Set.of());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void findingsCarryTheFileLine_ofTheStatement() {
        LintCommand.Result r = LintHarness.lint(SQLITE, dir, SETUP, "-- a comment\n\nDROP TABLE\n  posts;", Set.of());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.file().getFileName()).hasToString("0002_change.sql");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    private static final List<Finding> FINDINGS = List.of(
            new Finding("DS102", Severity.ERROR, "drops table \"posts\", 1%", Path.of("/p/0002_x.sql"), 3, "keep it"),
            new Finding("MF103", Severity.WARNING, "creates a unique index", Path.of("/p/0003_y.sql"), 7, "dedupe"));

    @Test
    void text_isFileLineCodeSeverityMessage_thenTheHint() {
        assertThat(LintFormat.TEXT.render(FINDINGS, p -> p.getFileName().toString())).isEqualTo("""
                0002_x.sql:3: DS102 error: drops table "posts", 1%
                  hint: keep it
                0003_y.sql:7: MF103 warning: creates a unique index
                  hint: dedupe
                """);
    }

    @Test
    void json_hasAStableShape() {
        assertThat(LintFormat.JSON.render(FINDINGS, p -> p.getFileName().toString())).isEqualTo("""
                {
                  "findings": [
                    {"code": "DS102", "severity": "error", "file": "0002_x.sql", "line": 3, \
                "message": "drops table \\"posts\\", 1%", "hint": "keep it"},
                    {"code": "MF103", "severity": "warning", "file": "0003_y.sql", "line": 7, \
                "message": "creates a unique index", "hint": "dedupe"}
                  ],
                  "errors": 1,
                  "warnings": 1
                }
                """);
        assertThat(LintFormat.JSON.render(List.of(), Path::toString))
                .isEqualTo("{\n  \"findings\": [],\n  \"errors\": 0,\n  \"warnings\": 0\n}\n");
    }

    @Test
    void github_writesOneWorkflowCommandPerFinding_escaped() {
        assertThat(LintFormat.GITHUB.render(FINDINGS, p -> "db/m/" + p.getFileName())).isEqualTo(
                "::error file=db/m/0002_x.sql,line=3,title=DS102::drops table \"posts\", 1%25%0Ahint: keep it\n"
                        + "::warning file=db/m/0003_y.sql,line=7,title=MF103::creates a unique index%0Ahint: dedupe\n");
    }
}
