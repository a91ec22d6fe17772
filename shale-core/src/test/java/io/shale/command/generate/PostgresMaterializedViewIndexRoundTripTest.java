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
 * Round trips on PostgreSQL for indexes on materialized views: created with the view, added to,
 * changed on and dropped from a kept view, recreated with a view that is recreated, and commented.
 */
class PostgresMaterializedViewIndexRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE orders (id int PRIMARY KEY, user_id int, total numeric);\n";
    private static final String MV = "CREATE MATERIALIZED VIEW totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;\n";
    private static final String IDX = "CREATE UNIQUE INDEX totals_user_idx ON totals (user_id);\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("materialized view created with its index", T, T + MV + IDX),
                c("index added to a kept materialized view", T + MV, T + MV + IDX),
                c("index dropped from a kept materialized view", T + MV + IDX, T + MV),
                c("index changed on a kept materialized view", T + MV + IDX,
                        T + MV + IDX.replace("UNIQUE INDEX", "INDEX").replace("(user_id)", "(user_id) WHERE total > 0")),
                c("materialized view recreated by a column change keeps its index", T + MV + IDX,
                        T.replace("total numeric", "total bigint") + MV + IDX),
                c("materialized view dropped with its index", T + MV + IDX, T),
                c("comment on a materialized view's index", T + MV + IDX,
                        T + MV + IDX + "COMMENT ON INDEX totals_user_idx IS 'for refresh concurrently';"));
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
    void indexOnNewMaterializedView_followsTheView() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T, T + MV + IDX, Renames.NONE);
            assertThat(r.up()).last().isEqualTo(
                    "CREATE UNIQUE INDEX totals_user_idx ON public.totals USING btree (user_id)");
            assertThat(r.up().get(0)).startsWith("CREATE MATERIALIZED VIEW public.totals");
            assertThat(r.warnings()).noneMatch(w -> w.contains("materialized view"));
        }
    }
}
