package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statements may go into a pgjdbc batch: never one that returns rows or ends a transaction. */
class PostgresPipeliningTest {
    private final PostgresPipelining p = new PostgresPipelining();

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE a (id int)",
        "  -- leading comment\n/* block */ ALTER TABLE a ADD COLUMN b int",
        "insert into a values (1)",
        "UPDATE a SET id = 2",
        "DO $$ BEGIN RAISE NOTICE 'x'; END $$",
        "SET search_path = app",
        "COMMENT ON TABLE a IS 'returning soon'",
        "DROP INDEX i",
    })
    void batchable(String sql) {
        assertThat(p.batchable(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT setval('s', 4)",
        "(SELECT 1)",
        "WITH x AS (DELETE FROM a RETURNING *) SELECT * FROM x",
        "INSERT INTO a VALUES (1) RETURNING id",
        "delete from a returning id",
        "VALUES (1)",
        "COMMIT",
        "BEGIN",
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "COPY a FROM STDIN",
        "CALL p()",
        "EXPLAIN SELECT 1",
        "SHOW search_path",
        "MERGE INTO a USING b ON true WHEN MATCHED THEN DELETE",
        "/* unterminated",
        "",
    })
    void notBatchable(String sql) {
        assertThat(p.batchable(sql)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's", "back\\slash", "'; DROP TABLE x; --", "two '' quotes"})
    void stringLiteral_escapesQuotesAndBackslashes(String value) {
        String literal = p.stringLiteral(value);
        assertThat(literal).startsWith("E'").endsWith("'");
        String body = literal.substring(2, literal.length() - 1);
        assertThat(body.replace("''", "").replace("\\\\", "")).doesNotContain("'").doesNotContain("\\");
    }
}
