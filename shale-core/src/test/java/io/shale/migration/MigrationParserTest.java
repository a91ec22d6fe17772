package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MigrationParserTest {
    private static final Path FILE = Path.of("/project/db/migrations/0001_create_users.sql");

    record Valid(String name, String text, String up, int upLine, String down, int downLine, boolean transactional) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Invalid(String name, String text, ErrorCode code, int line, String messagePart, String hintPart) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Valid> validFiles() {
        return Stream.of(
                new Valid("up and down sections",
                        "-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n",
                        "CREATE TABLE t (id int);\n", 2, "DROP TABLE t;\n", 4, true),
                new Valid("up section only",
                        "-- migrate:up\nSELECT 1;\n", "SELECT 1;\n", 2, null, 0, true),
                new Valid("comments, blank lines and directives before the up marker",
                        "-- a comment\n\n/* a block\n   comment */\n-- shale:no-transaction\n-- migrate:up\n"
                                + "CREATE INDEX CONCURRENTLY i ON t (c);\n",
                        "CREATE INDEX CONCURRENTLY i ON t (c);\n", 7, null, 0, false),
                new Valid("empty down section counts as no down",
                        "-- migrate:up\nSELECT 1;\n-- migrate:down\n\n   \n", "SELECT 1;\n", 2, null, 0, true),
                new Valid("comment-only down section counts as no down",
                        "-- migrate:up\nSELECT 1;\n-- migrate:down\n-- nothing to undo\n/* really\n nothing */\n",
                        "SELECT 1;\n", 2, null, 0, true),
                new Valid("markers followed by trailing white space",
                        "-- migrate:up \t\nSELECT 1;\n-- migrate:down  \nSELECT 2;\n", "SELECT 1;\n", 2, "SELECT 2;\n", 4, true),
                new Valid("directive inside the up section stays in its text",
                        "-- migrate:up\n-- shale:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (c);\n",
                        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (c);\n", 2, null, 0, false),
                new Valid("directive in the down section applies to the migration",
                        "-- migrate:up\nSELECT 1;\n-- migrate:down\n-- shale:no-transaction\nSELECT 2;\n",
                        "SELECT 1;\n", 2, "-- shale:no-transaction\nSELECT 2;\n", 4, false),
                new Valid("directive without a space after the dashes",
                        "--shale:no-transaction   \n-- migrate:up\nSELECT 1;\n", "SELECT 1;\n", 3, null, 0, false),
                new Valid("reserved directives are accepted without effect",
                        "-- shale:lint-ignore NL001 NL002\n-- shale:renamed-from 0003_old.sql\n-- migrate:up\nSELECT 1;\n",
                        "SELECT 1;\n", 4, null, 0, true),
                new Valid("up marker on the last line without a line break",
                        "-- migrate:up", "", 2, null, 0, true),
                new Valid("down text without a final line break",
                        "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;", "SELECT 1;\n", 2, "SELECT 2;", 4, true),
                new Valid("ordinary comments inside sections are kept",
                        "-- migrate:up\n-- create it\nSELECT 1;\n-- migrate:down\n-- undo\nSELECT 2;\n",
                        "-- create it\nSELECT 1;\n", 2, "-- undo\nSELECT 2;\n", 5, true),
                new Valid("down section starting with a blank line keeps its first line",
                        "-- migrate:up\nSELECT 1;\n\n-- migrate:down\n\nSELECT 2;\n", "SELECT 1;\n\n", 2, "\nSELECT 2;\n", 5, true));
    }

    static Stream<Invalid> invalidFiles() {
        return Stream.of(
                new Invalid("empty file", "", ErrorCode.MIGRATION_NO_UP_SECTION, 0, "no `-- migrate:up` line", "-- migrate:up"),
                new Invalid("SQL without any marker", "CREATE TABLE t (id int);\n",
                        ErrorCode.MIGRATION_NO_UP_SECTION, 0, "no `-- migrate:up` line", "-- migrate:up"),
                new Invalid("down section without an up section", "-- migrate:down\nDROP TABLE t;\n",
                        ErrorCode.MIGRATION_NO_UP_SECTION, 0, "only `-- migrate:down` at line 1", "-- migrate:up"),
                new Invalid("two up sections", "-- migrate:up\nSELECT 1;\n-- migrate:up\nSELECT 2;\n",
                        ErrorCode.MIGRATION_DUPLICATE_SECTION, 3, "first at line 1", "one up section"),
                new Invalid("two down sections", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n-- migrate:down\n",
                        ErrorCode.MIGRATION_DUPLICATE_SECTION, 5, "first at line 3", "one down section"),
                new Invalid("down section before the up section", "-- migrate:down\nDROP TABLE t;\n-- migrate:up\nCREATE TABLE t ();\n",
                        ErrorCode.MIGRATION_DUPLICATE_SECTION, 1, "comes before `-- migrate:up` (line 3)", "up section first"),
                new Invalid("SQL before the up marker", "-- header\n\nSELECT 1;\n-- migrate:up\nSELECT 2;\n",
                        ErrorCode.MIGRATION_CONTENT_OUTSIDE_SECTION, 3, "SQL before `-- migrate:up` (line 4)", "below `-- migrate:up`"),
                new Invalid("SQL after a block comment before the up marker", "/* note */ SELECT 1;\n-- migrate:up\n",
                        ErrorCode.MIGRATION_CONTENT_OUTSIDE_SECTION, 1, "SQL before", "below"),
                new Invalid("marker in upper case", "-- migrate:UP\nSELECT 1;\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 1, "`-- migrate:UP` is not a section marker", "exactly (lower case)"),
                new Invalid("text after a marker", "-- migrate:up create users\nSELECT 1;\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 1, "is not a section marker", "alone on its line"),
                new Invalid("marker without a space after the dashes", "--migrate:up\nSELECT 1;\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 1, "`--migrate:up` is not a section marker", "exactly"),
                new Invalid("indented marker", "-- migrate:up\nSELECT 1;\n  -- migrate:down\nSELECT 2;\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 3, "is not a section marker", "exactly"),
                new Invalid("misspelt directive suggests the closest", "-- migrate:up\n-- shale:no-transacton\nSELECT 1;\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 2, "unknown directive `-- shale:no-transacton`",
                        "did you mean `-- shale:no-transaction`?"),
                new Invalid("misspelt reserved directive suggests it", "-- shale:lint-ignor NL001\n-- migrate:up\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 1, "`-- shale:lint-ignor`", "did you mean `-- shale:lint-ignore`?"),
                new Invalid("directive names are case-sensitive", "-- shale:No-Transaction\n-- migrate:up\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 1, "`-- shale:No-Transaction`", "`-- shale:no-transaction`"),
                new Invalid("no-transaction takes no arguments", "-- shale:no-transaction please\n-- migrate:up\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 1, "takes no arguments, found `please`", "alone on its line"),
                new Invalid("directive error in the down section", "-- migrate:up\nSELECT 1;\n-- migrate:down\n-- shale:nope\n",
                        ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, 4, "`-- shale:nope`", "Known directives: no-transaction, lint-ignore, renamed-from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void parse_splitsSectionsAndReadsDirectives(Valid c) {
        ParsedSqlMigration parsed = MigrationParser.parse(FILE, c.text());

        assertThat(parsed.body()).isEqualTo(new MigrationBody.Sql(FILE, c.up(), c.upLine(), c.down(), c.downLine()));
        assertThat(parsed.transactional()).isEqualTo(c.transactional());
        assertThat(parsed.body().hasDown()).isEqualTo(c.down() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void parse_refusesWithCodeFileAndLine(Invalid c) {
        ShaleException e = catchThrowableOfType(ShaleException.class, () -> MigrationParser.parse(FILE, c.text()));

        assertThat(e).as("expected %s", c.code()).isNotNull();
        assertThat(e.code()).isEqualTo(c.code());
        assertThat(e.getMessage()).startsWith(FILE.toString()).contains(c.messagePart());
        if (c.line() > 0) {
            assertThat(e.getMessage()).contains(", line " + c.line() + ":");
        }
        assertThat(e.hint()).contains(c.hintPart());
    }

    @Test
    void parse_returnsEveryDirectiveWithArgumentsAndLine() {
        ParsedSqlMigration parsed = MigrationParser.parse(FILE,
                "-- shale:lint-ignore NL001 NL002\n-- shale:renamed-from 0003_old.sql\n-- migrate:up\n"
                        + "-- shale:no-transaction\nSELECT 1;\n");

        assertThat(parsed.directives()).containsExactly(
                new Directive("lint-ignore", "NL001 NL002", 1),
                new Directive("renamed-from", "0003_old.sql", 2),
                new Directive("no-transaction", "", 4));
    }

    @Test
    void parse_ignoresSqlLinesThatMentionDirectivesOrMarkers() {
        ParsedSqlMigration parsed = MigrationParser.parse(FILE,
                "-- migrate:up\nSELECT '-- shale:bogus'; -- migrate:down\n");

        assertThat(parsed.directives()).isEmpty();
        assertThat(parsed.body().down()).isNull();
    }

    @Test
    void parse_handlesLargeFilesInLinearTime() {
        String up = "INSERT INTO t VALUES (1); -- row\n".repeat(200_000);
        ParsedSqlMigration parsed = MigrationParser.parse(FILE, "-- migrate:up\n" + up + "-- migrate:down\n" + "-".repeat(100_000) + "\nDELETE FROM t;\n");

        assertThat(parsed.body().up()).hasSize(up.length());
        assertThat(parsed.body().downLine()).isEqualTo(200_003);
    }
}
