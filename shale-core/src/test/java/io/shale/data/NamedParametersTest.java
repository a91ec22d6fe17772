package io.shale.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamedParametersTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a placeholder becomes a marker", "email LIKE :prefix || '%'", "email LIKE ? || '%'",
                        List.of("prefix")),
                Arguments.of("a repeated name binds twice", "a = :x OR b = :x", "a = ? OR b = ?", List.of("x", "x")),
                Arguments.of("a colon in a string is data", "note = 'at 10:30' AND id = :id", "note = 'at 10:30' AND id = ?",
                        List.of("id")),
                Arguments.of("a PostgreSQL cast is not a parameter", "created::date = :day", "created::date = ?",
                        List.of("day")),
                Arguments.of("a doubled quote stays inside the string", "name = 'it''s :not' AND :yes",
                        "name = 'it''s :not' AND ?", List.of("yes")),
                Arguments.of("a comment is left alone", "id = :id -- :ignored", "id = ? -- :ignored", List.of("id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse_turnsNamesIntoMarkers(String name, String condition, String sql, List<String> names) {
        NamedParameters parsed = NamedParameters.parse(condition);
        assertThat(parsed.sql()).isEqualTo(sql);
        assertThat(parsed.names()).isEqualTo(names);
    }
}
