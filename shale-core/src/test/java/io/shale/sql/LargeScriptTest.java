package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.mysql.MySqlSplitter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A migration-sized script (about 5 MB, 50,000 statements) splits in one pass. There is no timing
 * assertion: a splitter that is not linear makes this test take minutes instead of milliseconds.
 */
class LargeScriptTest {

    private static final int STATEMENTS = 50_000;

    @Test
    void split_cutsFiftyThousandStatementsInEveryDialect() {
        String script = largeScript();
        assertThat(script.length()).isGreaterThan(5_000_000);

        for (Map.Entry<String, StatementSplitter> dialect : Dialects.SPLITTERS.entrySet()) {
            List<SqlStatement> statements = dialect.getValue().split(script);

            assertThat(statements).as(dialect.getKey()).hasSize(STATEMENTS);
            assertThat(statements.get(STATEMENTS - 1)).as(dialect.getKey())
                    .isEqualTo(new SqlStatement(statement(STATEMENTS - 1), 2 * STATEMENTS));
        }
    }

    @Test
    void split_staysLinearOnAChangedDelimiterInsideOneLongWord() {
        String word = "a$$".repeat(200_000);

        List<SqlStatement> statements = new MySqlSplitter().split("DELIMITER $$\nSELECT " + word);

        assertThat(statements).hasSize(200_000);
    }

    @Test
    void split_staysLinearOnManyUnclosedOpeners() {
        String script = "SELECT 1;\n" + "$a$ /* [ ".repeat(100_000);

        for (Map.Entry<String, StatementSplitter> dialect : Dialects.SPLITTERS.entrySet()) {
            assertThat(dialect.getValue().split(script)).as(dialect.getKey()).hasSize(2);
        }
    }

    private static String largeScript() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < STATEMENTS; i++) {
            script.append("-- row ").append(i).append("; a comment between statements\n")
                    .append(statement(i)).append(";\n");
        }
        return script.toString();
    }

    private static String statement(int i) {
        return "INSERT INTO items (id, name, note) VALUES (" + i + ", 'item; " + i + "', 'it''s /* not */ a note')";
    }
}
