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
 * Round trips on PostgreSQL for constraint attributes: {@code DEFERRABLE [INITIALLY DEFERRED]} on
 * primary keys and unique constraints, {@code UNIQUE NULLS NOT DISTINCT}, and {@code NOT VALID}
 * checks and foreign keys. The inspected catalogs carry the attributes, so an attribute the file
 * lost would make the catalogs after up differ from the models'.
 */
class PostgresConstraintAttributesRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY, n int);\n";
    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("deferrable primary key on a new table", "", "CREATE TABLE t (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED);"),
                c("primary key becomes deferrable", "CREATE TABLE t (id int PRIMARY KEY);",
                        "CREATE TABLE t (id int PRIMARY KEY DEFERRABLE);"),
                c("deferrable primary key becomes initially deferred", "CREATE TABLE t (id int PRIMARY KEY DEFERRABLE);",
                        "CREATE TABLE t (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED);"),
                c("deferrable unique constraint added", USERS,
                        "CREATE TABLE users (id bigint PRIMARY KEY, name text, CONSTRAINT users_name_key UNIQUE (name) DEFERRABLE INITIALLY DEFERRED);"),
                c("unique constraint becomes deferrable",
                        "CREATE TABLE users (id bigint PRIMARY KEY, name text, CONSTRAINT users_name_key UNIQUE (name));",
                        "CREATE TABLE users (id bigint PRIMARY KEY, name text, CONSTRAINT users_name_key UNIQUE (name) DEFERRABLE);"),
                c("unique nulls not distinct on a new table", "",
                        "CREATE TABLE p (a int, b int, CONSTRAINT p_a_b_key UNIQUE NULLS NOT DISTINCT (a, b));"),
                c("unique becomes nulls not distinct",
                        "CREATE TABLE p (a int, b int, CONSTRAINT p_a_b_key UNIQUE (a, b));",
                        "CREATE TABLE p (a int, b int, CONSTRAINT p_a_b_key UNIQUE NULLS NOT DISTINCT (a, b));"),
                c("not valid check added", T, T + "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;"),
                c("not valid check becomes valid", T + "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;",
                        T + "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0);"),
                c("valid check becomes not valid", T + "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0);",
                        T + "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;"),
                c("new table with a not valid check", "",
                        T + "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;"),
                c("not valid foreign key added", USERS + "CREATE TABLE posts (id int PRIMARY KEY, user_id bigint);",
                        USERS + "CREATE TABLE posts (id int PRIMARY KEY, user_id bigint);\n"
                                + "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"),
                c("not valid foreign key becomes valid", USERS + "CREATE TABLE posts (id int PRIMARY KEY, user_id bigint);\n"
                                + "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
                        USERS + "CREATE TABLE posts (id int PRIMARY KEY, user_id bigint "
                                + "CONSTRAINT posts_user_fk REFERENCES users (id));"),
                c("deferrable not valid foreign key on new tables", "",
                        USERS + "CREATE TABLE posts (id int PRIMARY KEY, user_id bigint);\n"
                                + "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) "
                                + "DEFERRABLE INITIALLY DEFERRED NOT VALID;"));
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
    void attributes_areWrittenInTheFile() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "",
                    "CREATE TABLE p (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, a int, b int,"
                            + " CONSTRAINT p_a_b_key UNIQUE NULLS NOT DISTINCT (a, b));\n"
                            + "ALTER TABLE p ADD CONSTRAINT a_positive CHECK (a > 0) NOT VALID;", Renames.NONE);
            String up = String.join("\n", r.up());
            assertThat(up).contains("PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED")
                    .contains("UNIQUE NULLS NOT DISTINCT (a, b)")
                    .contains("ALTER TABLE public.p ADD CONSTRAINT a_positive CHECK ((a > 0)) NOT VALID");
        }
    }
}
