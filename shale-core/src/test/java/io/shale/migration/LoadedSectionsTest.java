package io.shale.migration;

import static io.shale.migration.MigrationFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shale.dialect.postgres.PostgresSplitter;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.sql.SqlStatement;
import io.shale.sql.StatementSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loaded SQL migration holds where its sections are, not their text: the text is read from the
 * file when a section is asked for, and its statements are cut lazily with lines counted in the file.
 */
class LoadedSectionsTest {
    private static final StatementSplitter SPLITTER = new PostgresSplitter();

    @TempDir
    Path dir;

    private MigrationBody.Sql load(String name, String content) {
        write(dir, name, content);
        Migration m = MigrationLoader.load(dir, List.of(), null).migrations().get(0);
        return (MigrationBody.Sql) m.body();
    }

    private static List<SqlStatement> all(Iterable<SqlStatement> statements) {
        List<SqlStatement> out = new ArrayList<>();
        statements.forEach(out::add);
        return out;
    }

    @Test
    void statements_countLinesFromTheStartOfTheFile() {
        MigrationBody.Sql sql = load("0001_a.sql", "-- a comment\n-- migrate:up\nCREATE TABLE t (id int);\n\n"
                + "INSERT INTO t\nVALUES (1);\n-- migrate:down\n\nDROP TABLE t;\n");

        assertThat(all(SPLITTER.statements(sql, Section.UP))).containsExactly(
                new SqlStatement("CREATE TABLE t (id int)", 3), new SqlStatement("INSERT INTO t\nVALUES (1)", 5));
        assertThat(all(SPLITTER.statements(sql, Section.DOWN))).containsExactly(new SqlStatement("DROP TABLE t", 9));
    }

    @Test
    void statements_ofAMissingDownSection_areNone() {
        MigrationBody.Sql sql = load("0001_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n-- nothing to undo\n");

        assertThat(sql.hasDown()).isFalse();
        assertThat(sql.down()).isNull();
        assertThat(all(SPLITTER.statements(sql, Section.DOWN))).isEmpty();
    }

    @Test
    void statements_matchTheSectionTextSplitWhole_forCrLfBomAndNonAsciiFiles() {
        String lf = "-- migrate:up\nINSERT INTO t VALUES ('größe 🙂');\nSELECT 'ä;ö';\n-- migrate:down\nDELETE FROM t;\n";
        MigrationBody.Sql sql = load("0001_a.sql", "\uFEFF" + lf.replace("\n", "\r\n"));

        assertThat(sql.up()).isEqualTo("INSERT INTO t VALUES ('größe 🙂');\nSELECT 'ä;ö';\n");
        assertThat(all(SPLITTER.statements(sql, Section.UP))).containsExactly(
                new SqlStatement("INSERT INTO t VALUES ('größe 🙂')", 2), new SqlStatement("SELECT 'ä;ö'", 3));
        assertThat(all(SPLITTER.statements(sql, Section.DOWN))).containsExactly(new SqlStatement("DELETE FROM t", 5));
    }

    @Test
    void statements_readTheFileWhenIterated_notWhenLoaded() throws IOException {
        MigrationBody.Sql sql = load("0001_a.sql", "-- migrate:up\nSELECT 1;\n");
        Iterable<SqlStatement> statements = SPLITTER.statements(sql, Section.UP);
        Files.delete(sql.file());

        ShaleException e = catchThrowableOfType(ShaleException.class, statements::iterator);

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_UNREADABLE);
        assertThat(e.getMessage()).contains(sql.file().toString());
    }

    @Test
    void statements_refuseAFileEditedSinceItWasLoaded() {
        MigrationBody.Sql sql = load("0001_a.sql", "-- migrate:up\nSELECT 1;\n");
        write(dir, "0001_a.sql", "-- migrate:up\nDROP TABLE important;\n");

        ShaleException e = catchThrowableOfType(ShaleException.class, () -> all(SPLITTER.statements(sql, Section.UP)));

        assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        assertThat(e.getMessage()).contains(sql.file().toString(), "changed while Shale was running");
        assertThat(e.hint()).contains("run the command again");
    }

    @Test
    void squashedRange_isFoundWhenLoaded_inTheUpSectionOnly() {
        write(dir, "0007_base.sql", "-- migrate:up\n" + SquashedRange.directive(1, 7) + "\nCREATE TABLE t (id int);\n");
        write(dir, "0008_b.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n" + SquashedRange.directive(1, 8) + "\nSELECT 2;\n");

        List<Migration> ms = MigrationLoader.load(dir, List.of(), null).migrations();

        assertThat(SquashedRange.of(ms.get(0))).contains(new SquashedRange(1, 7));
        assertThat(SquashedRange.of(ms.get(1))).isEmpty();
    }

    @Test
    void loadedAndParsedBodies_giveTheSameSectionsAndLines() {
        String text = "-- shale:no-transaction\n-- migrate:up\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- migrate:down\nDROP INDEX i;\n";
        MigrationBody.Sql loaded = load("0001_a.sql", text);
        MigrationBody.Sql parsed = MigrationParser.parse(loaded.file(), text).body();

        for (Section section : Section.values()) {
            assertThat(loaded.text(section)).as(section.name()).isEqualTo(parsed.text(section));
            assertThat(loaded.firstLine(section)).as(section.name()).isEqualTo(parsed.firstLine(section));
            assertThat(all(SPLITTER.statements(loaded, section))).as(section.name())
                    .isEqualTo(all(SPLITTER.statements(parsed, section)));
        }
    }
}
