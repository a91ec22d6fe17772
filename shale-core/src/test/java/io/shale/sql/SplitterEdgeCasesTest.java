package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Edge cases that every dialect must treat alike, run against all four splitters. */
class SplitterEdgeCasesTest {

    record Case(String name, String script, List<SqlStatement> expected) {
    }

    private static SqlStatement at(int line, String sql) {
        return new SqlStatement(sql, line);
    }

    static final List<Case> CASES = List.of(
            new Case("empty input", "", List.of()),
            new Case("only blank space", " \n\t\r\n  ", List.of()),
            new Case("only comments", "-- one\n/* two */\n-- three", List.of()),
            new Case("only delimiters", ";; ;\n;", List.of()),
            new Case("comment-only segments", "-- a\n;\n/* b */;\nSELECT 1;", List.of(at(4, "SELECT 1"))),
            new Case("no trailing delimiter", "SELECT 1;\nSELECT 2", List.of(at(1, "SELECT 1"), at(2, "SELECT 2"))),
            new Case("trailing blank space trimmed", "SELECT 1   \n\n", List.of(at(1, "SELECT 1"))),
            new Case("blank space before delimiter trimmed", "SELECT 1 \t\n ;", List.of(at(1, "SELECT 1"))),
            new Case("leading comment on the same line", "/* c */ SELECT 1;", List.of(at(1, "SELECT 1"))),
            new Case("line of first token after a multi-line comment", "/*\n\n*/\n\n  SELECT 1;",
                    List.of(at(5, "SELECT 1"))),
            new Case("comment before the delimiter kept", "SELECT 1 -- why\n;", List.of(at(1, "SELECT 1 -- why"))),
            new Case("comment after the delimiter dropped", "SELECT 1; -- next\nSELECT 2;",
                    List.of(at(1, "SELECT 1"), at(2, "SELECT 2"))),
            new Case("line comment at the end without a newline", "SELECT 1 -- end",
                    List.of(at(1, "SELECT 1 -- end"))),
            new Case("CR LF line endings", "-- c\r\nSELECT 1;\r\n\r\nSELECT\r\n  2;\r\n",
                    List.of(at(2, "SELECT 1"), at(4, "SELECT\r\n  2"))),
            new Case("CR LF after a trailing line comment", "SELECT 1 -- c\r\n;\r\nSELECT 2",
                    List.of(at(1, "SELECT 1 -- c"), at(3, "SELECT 2"))),
            new Case("lone CR line endings", "SELECT 1;\rSELECT 2;\r\rSELECT 3",
                    List.of(at(1, "SELECT 1"), at(2, "SELECT 2"), at(4, "SELECT 3"))),
            new Case("several statements on one line", "SELECT 1; SELECT 2;SELECT 3",
                    List.of(at(1, "SELECT 1"), at(1, "SELECT 2"), at(1, "SELECT 3"))),
            new Case("unterminated string runs to the end", "SELECT 1;\nSELECT 'open;\nSELECT 2;\n",
                    List.of(at(1, "SELECT 1"), at(2, "SELECT 'open;\nSELECT 2;"))),
            new Case("unterminated quoted identifier runs to the end", "SELECT \"open; 1",
                    List.of(at(1, "SELECT \"open; 1"))),
            new Case("unterminated block comment runs to the end", "SELECT 1 /* open; ",
                    List.of(at(1, "SELECT 1 /* open;"))),
            new Case("unterminated comment alone yields nothing", "SELECT 1;\n/* open; SELECT 2;",
                    List.of(at(1, "SELECT 1"))),
            new Case("string ending in a backslash at the end", "SELECT 'a\\", List.of(at(1, "SELECT 'a\\"))),
            new Case("byte-order mark is blank space", "\uFEFFSELECT 1;", List.of(at(1, "SELECT 1"))),
            new Case("non-ASCII identifiers and text", "SELECT größe FROM maße WHERE x = 'ä;ö';",
                    List.of(at(1, "SELECT größe FROM maße WHERE x = 'ä;ö'"))),
            new Case("keyword-like words", "SELECT end_date, backend, begin_at FROM t;",
                    List.of(at(1, "SELECT end_date, backend, begin_at FROM t"))),
            new Case("transaction BEGIN is its own statement", "BEGIN;\nSELECT 1;\nCOMMIT;",
                    List.of(at(1, "BEGIN"), at(2, "SELECT 1"), at(3, "COMMIT"))));

    /** Lone characters that open a construct in some dialect, each at the very end of the script. */
    private static final List<String> DANGLING_ENDINGS = List.of(
            "-", "/", "$", "[", "`", "E", "E'", "#", "'", "\"", "$$", "$a", "$a$", "/*", "/*!", "\\");

    static Stream<Arguments> casesForEverySplitter() {
        return Dialects.SPLITTERS.keySet().stream().sorted().flatMap(dialect -> CASES.stream()
                .map(c -> Arguments.of(dialect + ": " + c.name(), Dialects.SPLITTERS.get(dialect), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesForEverySplitter")
    void split_handlesEdgeCase(String name, StatementSplitter splitter, Case edgeCase) {
        assertThat(splitter.split(edgeCase.script())).isEqualTo(edgeCase.expected());
    }

    static Stream<Arguments> danglingEndings() {
        return Dialects.SPLITTERS.keySet().stream().sorted().flatMap(dialect -> DANGLING_ENDINGS.stream()
                .map(ending -> Arguments.of(dialect + ": SELECT 1 " + ending, Dialects.SPLITTERS.get(dialect), ending)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("danglingEndings")
    void split_neverFailsOnADanglingOpener(String name, StatementSplitter splitter, String ending) {
        List<SqlStatement> statements = splitter.split("SELECT 0;\nSELECT 1 " + ending);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).sql()).startsWith("SELECT 1");
    }
}
