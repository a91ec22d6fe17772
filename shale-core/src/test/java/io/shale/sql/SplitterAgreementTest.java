package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On scripts written in the SQL that all four databases share, the splitters agree. */
class SplitterAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        """
        -- schema
        CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
        CREATE INDEX users_name ON users (name);
        INSERT INTO users VALUES (1, 'semi;colon'), (2, 'it''s');
        """,
        """
        /* header
           over lines */
        UPDATE users SET name = 'x' WHERE id = 1; DELETE FROM users WHERE id = 2;
        SELECT COUNT(*) FROM users
        """,
        """
        BEGIN;
        INSERT INTO users VALUES (3, 'c');
        COMMIT;
        """,
        """
        CREATE VIEW signs AS SELECT CASE WHEN id > 0 THEN 'pos' ELSE 'neg' END AS sign FROM users;
        SELECT end_date, begin_date FROM events WHERE note <> 'END;' -- trailing note
        ;
        SELECT 1 /* inline */ + 2;
        """,
        "SELECT 1;;\r\n;SELECT 2;\r\n-- bye\r\n"
    })
    void split_givesTheSameStatementsInEveryDialect(String script) {
        Map<String, List<SqlStatement>> byDialect = Dialects.SPLITTERS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().split(script)));

        List<SqlStatement> postgres = byDialect.get("postgres");
        assertThat(postgres).isNotEmpty();
        assertThat(byDialect).allSatisfy((dialect, statements) -> assertThat(statements).as(dialect).isEqualTo(postgres));
    }
}
