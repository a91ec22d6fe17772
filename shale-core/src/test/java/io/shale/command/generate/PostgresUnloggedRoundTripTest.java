package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips on PostgreSQL for unlogged tables. */
class PostgresUnloggedRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unlogged table created", "CREATE TABLE t (id int PRIMARY KEY);",
                        "CREATE TABLE t (id int PRIMARY KEY);\nCREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);"),
                Arguments.of("unlogged table dropped", "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);", ""),
                Arguments.of("column added to an unlogged table", "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY);",
                        "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip(String name, String a, String b) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            RoundTrip.check(db, dir, a, b, Renames.NONE);
        }
    }

    @Test
    void unloggedTable_isWrittenUnlogged() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "", "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY);",
                    Renames.NONE);
            assertThat(r.up()).anyMatch(s -> s.startsWith("CREATE UNLOGGED TABLE public.cache"));
        }
    }
}
