package io.shale.dialect.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.h2.H2RenderNames;
import io.shale.dialect.mysql.MySqlRenderNames;
import io.shale.dialect.postgres.PostgresRenderNames;
import io.shale.dialect.sqlite.SqliteRenderNames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Identifiers are quoted exactly when the engine needs it, with the engine's quote doubled inside. */
class RenderNamesTest {

    static Stream<Arguments> names() {
        UnaryOperator<String> postgres = PostgresRenderNames::ident;
        UnaryOperator<String> mysql = MySqlRenderNames::ident;
        UnaryOperator<String> sqlite = SqliteRenderNames::ident;
        UnaryOperator<String> h2 = H2RenderNames::ident;
        return Stream.of(
                Arguments.of("postgres plain", postgres, "user_id", "user_id"),
                Arguments.of("postgres upper case", postgres, "Users", "\"Users\""),
                Arguments.of("postgres reserved", postgres, "user", "\"user\""),
                Arguments.of("postgres column-name keyword", postgres, "timestamp", "\"timestamp\""),
                Arguments.of("postgres unreserved keyword", postgres, "name", "name"),
                Arguments.of("postgres leading digit", postgres, "1st", "\"1st\""),
                Arguments.of("postgres inner quote", postgres, "a\"b", "\"a\"\"b\""),
                Arguments.of("mysql plain", mysql, "orders", "orders"),
                Arguments.of("mysql reserved", mysql, "order", "`order`"),
                Arguments.of("mysql mixed case", mysql, "Orders", "`Orders`"),
                Arguments.of("mysql inner backtick", mysql, "a`b", "`a``b`"),
                Arguments.of("sqlite plain", sqlite, "teams", "teams"),
                Arguments.of("sqlite keyword", sqlite, "group", "\"group\""),
                Arguments.of("sqlite space", sqlite, "my table", "\"my table\""),
                Arguments.of("h2 upper case", h2, "USERS", "USERS"),
                Arguments.of("h2 lower case", h2, "users", "\"users\""),
                Arguments.of("h2 keyword", h2, "VALUE", "\"VALUE\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void ident_quotesOnlyWhenNeeded(String name, UnaryOperator<String> quote, String identifier, String expected) {
        assertThat(quote.apply(identifier)).isEqualTo(expected);
    }

    @Test
    void postgresKeywords_areExactlyThoseTheServerDoesNotCallUnreserved() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            String words = (String) db.scalar("SELECT string_agg(word, ' ') FROM pg_get_keywords() WHERE catcode <> 'U'");
            TreeSet<String> server = new TreeSet<>(Arrays.stream(words.split(" "))
                    .map(word -> word.toUpperCase(Locale.ROOT)).toList());

            TreeSet<String> quotedByUs = new TreeSet<>(server.stream()
                    .filter(word -> !PostgresRenderNames.ident(word.toLowerCase(Locale.ROOT)).equals(word.toLowerCase(Locale.ROOT)))
                    .toList());

            assertThat(quotedByUs).isEqualTo(server);
        }
    }
}
