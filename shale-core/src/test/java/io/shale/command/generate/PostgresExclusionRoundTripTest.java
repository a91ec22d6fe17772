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

/**
 * Round trips on PostgreSQL for exclusion constraints ({@code EXCLUDE USING gist (...)}), written
 * from {@code pg_get_constraintdef}: on a new table, added to and dropped from a kept one, and
 * changed (dropped and added again).
 */
class PostgresExclusionRoundTripTest {
    @TempDir
    Path dir;

    private static final String BOOKING = "CREATE TABLE booking (id int PRIMARY KEY, room int, during tsrange";
    private static final String NO_OVERLAP = ", CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&)";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("table created with an exclusion constraint", "", BOOKING + NO_OVERLAP + ");"),
                c("exclusion constraint added", BOOKING + ");", BOOKING + NO_OVERLAP + ");"),
                c("exclusion constraint dropped", BOOKING + NO_OVERLAP + ");", BOOKING + ");"),
                c("exclusion constraint changed: predicate and deferrable", BOOKING + NO_OVERLAP + ");",
                        BOOKING + ", CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&)"
                                + " WHERE (room > 0) DEFERRABLE INITIALLY DEFERRED);"),
                c("exclusion constraint with btree_gist, in another schema",
                        "CREATE EXTENSION btree_gist;\nCREATE SCHEMA audit;\n",
                        "CREATE EXTENSION btree_gist;\nCREATE SCHEMA audit;\n"
                                + "CREATE TABLE audit.booking (id int PRIMARY KEY, room int, during tsrange,"
                                + " EXCLUDE USING gist (room WITH =, during WITH &&));"));
    }

    private static Arguments c(String name, String a, String b) {
        return Arguments.of(name, a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip(String name, String a, String b) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            RoundTrip.check(db, dir, a, b, Renames.NONE);
        }
    }

    @Test
    void addedExclusion_isWrittenFromTheEnginesDefinition() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, BOOKING + ");", BOOKING + NO_OVERLAP + ");",
                    Renames.NONE);
            assertThat(r.up()).containsExactly(
                    "ALTER TABLE public.booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&)");
            assertThat(r.down()).containsExactly("ALTER TABLE public.booking DROP CONSTRAINT booking_no_overlap");
            assertThat(r.warnings()).noneMatch(w -> w.contains("exclusion"));
        }
    }
}
