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
 * Round trips on PostgreSQL for {@code INSTEAD OF} triggers on views: created after their view and
 * function, dropped before them, and created again when their view is recreated (the database drops a
 * view's triggers with it).
 */
class PostgresViewTriggersRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE users (id int PRIMARY KEY, name text, active boolean);\n";
    private static final String V = "CREATE VIEW active_users AS SELECT id, name FROM users WHERE active;\n";
    private static final String F = "CREATE FUNCTION active_users_insert() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            + "BEGIN INSERT INTO users (id, name, active) VALUES (NEW.id, NEW.name, true); RETURN NEW; END $$;\n";
    private static final String TRG = "CREATE TRIGGER active_users_insert INSTEAD OF INSERT ON active_users"
            + " FOR EACH ROW EXECUTE FUNCTION active_users_insert();\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("view with an instead-of trigger created from empty", "", T + V + F + TRG),
                c("instead-of trigger added to a kept view", T + V + F, T + V + F + TRG),
                c("instead-of trigger dropped from a kept view", T + V + F + TRG, T + V + F),
                c("view recreated by a column change keeps its trigger", T + V + F + TRG,
                        T.replace("name text", "name varchar(100)") + V + F + TRG),
                c("view recreated by a definition change keeps its trigger", T + V + F + TRG,
                        T + V.replace("WHERE active", "WHERE active IS TRUE") + F + TRG),
                c("trigger changed to also handle updates", T + V + F + TRG,
                        T + V + F + TRG.replace("INSTEAD OF INSERT", "INSTEAD OF INSERT OR UPDATE")));
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
    void recreatedView_getsItsTriggerAgainAfterIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T + V + F + TRG,
                    T + V.replace("WHERE active", "WHERE active IS TRUE") + F + TRG, Renames.NONE);
            assertThat(r.up()).first().isEqualTo("DROP TRIGGER active_users_insert ON public.active_users");
            assertThat(r.up()).last().asString().startsWith("CREATE TRIGGER active_users_insert INSTEAD OF INSERT");
        }
    }
}
