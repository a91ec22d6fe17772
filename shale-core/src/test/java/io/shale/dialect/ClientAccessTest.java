package io.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each server engine renders a JDBC login as other programs address the database: the URL
 * libpq/SQLAlchemy take, and the engine's usual client variables, with the real credentials.
 */
class ClientAccessTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("postgres: host, port, database, user without password",
                        new DatabaseLogin("jdbc:postgresql://localhost:54321/shale_scratch_models_1", "postgres", null),
                        "postgresql://postgres@localhost:54321/shale_scratch_models_1",
                        Map.of("PGHOST", "localhost", "PGPORT", "54321", "PGDATABASE", "shale_scratch_models_1",
                                "PGUSER", "postgres")),
                Arguments.of("postgres: a password with URL characters is encoded in the URL, plain in PGPASSWORD",
                        new DatabaseLogin("jdbc:postgresql://db.example:5432/app", "app", "p@ss:w/rd"),
                        "postgresql://app:p%40ss%3Aw%2Frd@db.example:5432/app",
                        Map.of("PGHOST", "db.example", "PGPORT", "5432", "PGDATABASE", "app", "PGUSER", "app",
                                "PGPASSWORD", "p@ss:w/rd")),
                Arguments.of("postgres: no port means 5432; credentials and sslmode from the URL's options",
                        new DatabaseLogin("jdbc:postgresql://db/app?user=u&password=secret&sslmode=require", null, null),
                        "postgresql://u:secret@db:5432/app?sslmode=require",
                        Map.of("PGHOST", "db", "PGPORT", "5432", "PGDATABASE", "app", "PGUSER", "u",
                                "PGPASSWORD", "secret", "PGSSLMODE", "require")),
                Arguments.of("postgres: IPv6 keeps brackets in the URL, not in PGHOST",
                        new DatabaseLogin("jdbc:postgresql://[::1]:5433/app", "u", null),
                        "postgresql://u@[::1]:5433/app",
                        Map.of("PGHOST", "::1", "PGPORT", "5433", "PGDATABASE", "app", "PGUSER", "u")),
                Arguments.of("mariadb: mysql+pymysql URL and the mysql client's variables",
                        new DatabaseLogin("jdbc:mariadb://localhost:3307/shale_scratch_models_2", "root", "pw"),
                        "mysql+pymysql://root:pw@localhost:3307/shale_scratch_models_2",
                        Map.of("MYSQL_HOST", "localhost", "MYSQL_TCP_PORT", "3307",
                                "MYSQL_DATABASE", "shale_scratch_models_2", "MYSQL_USER", "root",
                                "MYSQL_PASSWORD", "pw", "MYSQL_PWD", "pw")),
                Arguments.of("mysql: no port means 3306",
                        new DatabaseLogin("jdbc:mysql://db/app", "app", null),
                        "mysql+pymysql://app@db:3306/app",
                        Map.of("MYSQL_HOST", "db", "MYSQL_TCP_PORT", "3306", "MYSQL_DATABASE", "app",
                                "MYSQL_USER", "app")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void clientAccess_rendersTheLogin(String name, DatabaseLogin login, String url, Map<String, String> variables) {
        ClientAccess access = Dialects.forUrl(login.jdbcUrl()).clientAccess(login).orElseThrow();

        assertThat(access.url()).isEqualTo(url);
        assertThat(access.variables()).containsExactlyInAnyOrderEntriesOf(variables);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inMemory")
    void clientAccess_isEmptyForEnginesWithoutServerClients(String url) {
        assertThat(Dialects.forUrl(url).clientAccess(new DatabaseLogin(url, null, null))).isEmpty();
    }

    static Stream<String> inMemory() {
        return Stream.of("jdbc:h2:mem:x", "jdbc:sqlite::memory:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withOptions")
    void withOption_appendsEncoded_unlessTheUrlHasTheOption(String url, String expected) {
        assertThat(JdbcUrls.withOption(url, "password", "a&b c")).isEqualTo(expected);
    }

    static Stream<Arguments> withOptions() {
        return Stream.of(
                Arguments.of("jdbc:postgresql://h:1/db", "jdbc:postgresql://h:1/db?password=a%26b%20c"),
                Arguments.of("jdbc:postgresql://h:1/db?ssl=true", "jdbc:postgresql://h:1/db?ssl=true&password=a%26b%20c"),
                Arguments.of("jdbc:postgresql://h:1/db?password=x", "jdbc:postgresql://h:1/db?password=x"));
    }

    @Test
    void databaseLogin_neverShowsThePassword() {
        assertThat(new DatabaseLogin("jdbc:postgresql://h:1/db?password=hunter2", "u", "hunter2").toString())
                .doesNotContain("hunter2");
    }
}
