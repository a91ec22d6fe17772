package io.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.sqlite.SqliteDdlReader.CheckDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.ColumnDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.ForeignKeyDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.IndexDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.TableDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.UniqueDdl;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqliteDdlReaderTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                table("quotedNamesAndComments_areUnquotedAndSkipped",
                        "CREATE TABLE \"my table\" ( -- the key\n [id] integer /* pk */ PRIMARY KEY AUTOINCREMENT,"
                                + " `Na\"\"me` text COLLATE nocase)",
                        ddl -> {
                            assertThat(ddl.column("id")).isEqualTo(new ColumnDdl("id", null, null, true));
                            assertThat(ddl.column("na\"\"me")).isEqualTo(new ColumnDdl("Na\"\"me", "nocase", null, false));
                        }),
                table("checkWithNestedParenthesesAndStrings_keepsTheExpressionAsWritten",
                        "CREATE TABLE t (a int CONSTRAINT a_pos CHECK ((a > 0) AND a <> length(')')), b int,"
                                + " CHECK (b IN (1, 2)))",
                        ddl -> assertThat(ddl.checks()).containsExactly(
                                new CheckDdl("a_pos", "(a > 0) AND a <> length(')')"),
                                new CheckDdl(null, "b IN (1, 2)"))),
                table("generatedColumns_readTheirExpression",
                        "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * (a + 1)) VIRTUAL, c AS (a || 'x'))",
                        ddl -> {
                            assertThat(ddl.column("b").generated()).isEqualTo("a * (a + 1)");
                            assertThat(ddl.column("c").generated()).isEqualTo("a || 'x'");
                        }),
                table("tableLevelAutoincrement_marksTheColumn",
                        "CREATE TABLE t (id integer, PRIMARY KEY (id AUTOINCREMENT))",
                        ddl -> assertThat(ddl.column("id").autoincrement()).isTrue()),
                table("uniques_columnAndTableLevel_withAndWithoutNames",
                        "CREATE TABLE t (a int UNIQUE, b int CONSTRAINT b_once UNIQUE, UNIQUE (a, b),"
                                + " CONSTRAINT ab_once UNIQUE (b COLLATE nocase, a))",
                        ddl -> assertThat(ddl.uniques()).containsExactly(new UniqueDdl(null, List.of("a")),
                                new UniqueDdl("b_once", List.of("b")), new UniqueDdl(null, List.of("a", "b")),
                                new UniqueDdl("ab_once", List.of("b", "a")))),
                table("foreignKeys_readNamesAndDeferrability",
                        "CREATE TABLE t (a int CONSTRAINT t_a REFERENCES p (id) ON DELETE SET NULL NOT NULL,"
                                + " b int, c int REFERENCES q ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,"
                                + " FOREIGN KEY (a, b) REFERENCES r (x, y) NOT DEFERRABLE INITIALLY DEFERRED)",
                        ddl -> assertThat(ddl.foreignKeys()).containsExactly(
                                new ForeignKeyDdl("t_a", List.of("a"), "p", false, false),
                                new ForeignKeyDdl(null, List.of("c"), "q", true, true),
                                new ForeignKeyDdl(null, List.of("a", "b"), "r", false, false))),
                table("createTableAsSelect_declaresNothing",
                        "CREATE TABLE t AS SELECT (1) AS a",
                        ddl -> assertThat(ddl).isEqualTo(TableDdl.EMPTY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void readTable(String name, String sql, Consumer<TableDdl> expectation) {
        expectation.accept(SqliteDdlReader.readTable(sql));
    }

    static Stream<Arguments> indexes() {
        return Stream.of(
                Arguments.of("plainColumns", "CREATE INDEX i ON t (a, b DESC)", new IndexDdl(List.of("a", "b"), null)),
                Arguments.of("expressionsAndCollations", "CREATE UNIQUE INDEX IF NOT EXISTS i ON t (lower(a) DESC,"
                        + " b COLLATE nocase ASC, (a + b))", new IndexDdl(List.of("lower(a)", "b", "(a + b)"), null)),
                Arguments.of("partial", "CREATE INDEX i ON \"t\" (a) WHERE a IS NOT NULL AND b > 'x'",
                        new IndexDdl(List.of("a"), "a IS NOT NULL AND b > 'x'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexes")
    void readIndex(String name, String sql, IndexDdl expected) {
        assertThat(SqliteDdlReader.readIndex(sql)).isEqualTo(expected);
    }

    private static Arguments table(String name, String sql, Consumer<TableDdl> expectation) {
        return Arguments.of(name, sql, expectation);
    }
}
