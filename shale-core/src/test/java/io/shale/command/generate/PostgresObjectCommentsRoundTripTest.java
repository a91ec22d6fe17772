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
 * Round trips on PostgreSQL for comments on indexes ({@code COMMENT ON INDEX}) and constraints
 * ({@code COMMENT ON CONSTRAINT ... ON table}): set, changed and removed on kept objects, written for
 * new tables, and written again for an object the plan recreates.
 */
class PostgresObjectCommentsRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int CONSTRAINT t_pk PRIMARY KEY, n int CONSTRAINT t_n_positive CHECK (n > 0),"
            + " u int CONSTRAINT t_u_key UNIQUE);\nCREATE INDEX t_n_idx ON t (n);\n";
    private static final String COMMENTS = "COMMENT ON INDEX t_n_idx IS 'by n';\n"
            + "COMMENT ON CONSTRAINT t_n_positive ON t IS 'no zero';\n"
            + "COMMENT ON CONSTRAINT t_pk ON t IS 'the key';\n"
            + "COMMENT ON INDEX t_u_key IS 'behind the unique key';\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("comments set on kept objects", T, T + COMMENTS),
                c("comments removed from kept objects", T + COMMENTS, T),
                c("comments changed", T + COMMENTS, T + COMMENTS.replace("'by n'", "'by n, ascending'")),
                c("table created with commented objects", "", T + COMMENTS),
                c("commented index recreated with another definition", T + COMMENTS,
                        T.replace("ON t (n)", "ON t (n DESC)") + COMMENTS),
                c("commented check recreated with another expression", T + COMMENTS,
                        T.replace("(n > 0)", "(n > 1)") + COMMENTS),
                c("commented foreign key added",
                        T + "CREATE TABLE c (id int PRIMARY KEY, t_id int);",
                        T + "CREATE TABLE c (id int PRIMARY KEY, t_id int CONSTRAINT c_t_fk REFERENCES t (id));\n"
                                + "COMMENT ON CONSTRAINT c_t_fk ON c IS 'parent';"));
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
    void commentsOnKeptObjects_areWrittenAsCommentOnIndexAndConstraint() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T, T + COMMENTS, Renames.NONE);
            assertThat(r.up()).containsExactlyInAnyOrder(
                    "COMMENT ON INDEX public.t_n_idx IS 'by n'",
                    "COMMENT ON CONSTRAINT t_n_positive ON public.t IS 'no zero'",
                    "COMMENT ON CONSTRAINT t_pk ON public.t IS 'the key'",
                    "COMMENT ON INDEX public.t_u_key IS 'behind the unique key'");
            assertThat(r.down()).contains("COMMENT ON INDEX public.t_n_idx IS NULL");
        }
    }
}
