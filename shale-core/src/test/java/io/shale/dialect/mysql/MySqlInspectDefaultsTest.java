package io.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MySQL's and MariaDB's spellings of the same default land on the same canonical form. */
class MySqlInspectDefaultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
        "string literal          | varchar   | abc                  | ''                | 'abc'                | 'abc'",
        "quote in a literal      | varchar   | it's                 | ''                | 'it''s'              | 'it''s'",
        "the string NULL         | varchar   | NULL                 | ''                | 'NULL'               | 'NULL'",
        "no default              | varchar   | <null>               | ''                | NULL                 | <null>",
        "integer                 | int       | 0                    | ''                | 0                    | 0",
        "decimal                 | decimal   | 1.50                 | ''                | 1.50                 | 1.50",
        "numeric-looking string  | varchar   | 42                   | ''                | '42'                 | '42'",
        "datetime literal        | datetime  | 2024-01-01 00:00:00  | ''                | '2024-01-01 00:00:00'| '2024-01-01 00:00:00'",
        "current timestamp       | timestamp | CURRENT_TIMESTAMP    | DEFAULT_GENERATED | current_timestamp()  | current_timestamp()",
        "current timestamp(3)    | datetime  | CURRENT_TIMESTAMP(3) | DEFAULT_GENERATED | current_timestamp(3) | current_timestamp(3)",
        "bit literal             | bit       | b'101'               | ''                | b'101'               | b'101'",
    })
    void mysqlAndMariaDbSpellings_areCanonicalisedAlike(String name, String dataType, String mysql, String extra,
                                                       String mariaDb, String expected) {
        assertThat(MySqlInspectDefaults.canonical(mysql, dataType, extra, false)).isEqualTo(expected);
        assertThat(MySqlInspectDefaults.canonical(mariaDb, dataType, "", true)).isEqualTo(expected);
    }
}
