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
 * Round trips on PostgreSQL for row-level security ({@code ENABLE} / {@code FORCE ROW LEVEL SECURITY})
 * and policies: on new tables, switched on and off on kept ones, policies added, changed and dropped,
 * and a policy recreated around a change of the type of a column it reads.
 */
class PostgresRowSecurityRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);\n";
    private static final String RLS = "ALTER TABLE docs ENABLE ROW LEVEL SECURITY;\n";
    private static final String OWN = "CREATE POLICY own_docs ON docs USING (owner = current_user);\n";
    private static final String INSERT = "CREATE POLICY insert_own ON docs AS RESTRICTIVE FOR INSERT TO PUBLIC, CURRENT_USER"
            + " WITH CHECK (owner = current_user);\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("table created with row-level security and policies", "", T + RLS + OWN + INSERT),
                c("row-level security enabled on a kept table", T, T + RLS),
                c("row-level security disabled", T + RLS + OWN, T + OWN),
                c("row-level security forced", T + RLS, T + RLS + "ALTER TABLE docs FORCE ROW LEVEL SECURITY;\n"),
                c("policy added", T + RLS, T + RLS + OWN),
                c("policy dropped", T + RLS + OWN + INSERT, T + RLS + OWN),
                c("policy expression changed", T + RLS + OWN, T + RLS + OWN.replace("(owner = current_user)",
                        "(owner = current_user OR public)")),
                c("column a policy reads changes type", T + RLS + OWN,
                        T.replace("owner text", "owner varchar(100)") + RLS + OWN));
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
    void enabledSecurityAndPolicy_areWrittenWithoutWarnings() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T, T + RLS + OWN, Renames.NONE);
            assertThat(r.up()).containsExactly("ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY",
                    "CREATE POLICY own_docs ON public.docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER))");
            assertThat(r.down()).containsExactly("DROP POLICY own_docs ON public.docs",
                    "ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY");
            assertThat(r.warnings()).noneMatch(w -> w.contains("polic") || w.contains("row level"));
        }
    }
}
