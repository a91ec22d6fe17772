package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips on PostgreSQL for the order across kinds (a function before the defaults, checks and
 * indexes that call it, and dropped after them) and for a column moved from one enum type to another.
 */
class PostgresOrderAndTypesRoundTripTest {
    @TempDir
    Path dir;

    private static final String NORM = "CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(s)) $$;\n";
    private static final String CODE = "CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("function called by an index expression", "",
                        NORM + "CREATE TABLE u (id int PRIMARY KEY, email text);\nCREATE UNIQUE INDEX u_email ON u (norm(email));"),
                c("function called by a check", "",
                        NORM + "CREATE TABLE u (id int PRIMARY KEY, email text CONSTRAINT email_normal CHECK (email = norm(email)));"),
                c("function called by a column default", "",
                        CODE + "CREATE TABLE u (id int PRIMARY KEY, code text NOT NULL DEFAULT next_code());"),
                c("function called by a generated column", "",
                        NORM + "CREATE TABLE u (id int PRIMARY KEY, email text, email_key text GENERATED ALWAYS AS (norm(email)) STORED);"),
                c("function called by a partial index predicate, on a kept table",
                        "CREATE TABLE u (id int PRIMARY KEY, email text);",
                        NORM + "CREATE TABLE u (id int PRIMARY KEY, email text);\n"
                                + "CREATE INDEX u_email ON u (email) WHERE norm(email) <> '';"),
                c("function in another schema called by a default", "",
                        "CREATE SCHEMA util;\nCREATE FUNCTION util.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;\n"
                                + "CREATE TABLE u (id int PRIMARY KEY, code text DEFAULT util.next_code());"),
                c("enum to another enum", "CREATE TYPE a AS ENUM ('x', 'y');\nCREATE TYPE b AS ENUM ('x', 'y', 'z');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, v a);",
                        "CREATE TYPE a AS ENUM ('x', 'y');\nCREATE TYPE b AS ENUM ('x', 'y', 'z');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, v b);"),
                c("enum to a new enum with a default", "CREATE TYPE a AS ENUM ('x', 'y');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, v a NOT NULL DEFAULT 'x');",
                        "CREATE TYPE b AS ENUM ('x', 'y', 'z');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, v b NOT NULL DEFAULT 'y');"),
                c("enum array to another enum array", "CREATE TYPE a AS ENUM ('x');\nCREATE TYPE b AS ENUM ('x', 'w');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, v a[]);",
                        "CREATE TYPE a AS ENUM ('x');\nCREATE TYPE b AS ENUM ('x', 'w');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, v b[]);"));
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
    void calledFunction_isCreatedBeforeTheTableAndDroppedAfterIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "",
                    NORM + "CREATE TABLE u (id int PRIMARY KEY, email text);\nCREATE INDEX u_email ON u (norm(email));",
                    Renames.NONE);
            assertThat(indexOf(r.up(), "CREATE OR REPLACE FUNCTION")).isLessThan(indexOf(r.up(), "CREATE TABLE"));
            assertThat(indexOf(r.down(), "DROP FUNCTION")).isGreaterThan(indexOf(r.down(), "DROP TABLE"));
        }
    }

    @Test
    void enumToEnum_castsThroughText() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            String types = "CREATE TYPE a AS ENUM ('x');\nCREATE TYPE b AS ENUM ('x');\n";
            GenerateCommand.Result r = RoundTrip.check(db, dir, types + "CREATE TABLE t (id int PRIMARY KEY, v a);",
                    types + "CREATE TABLE t (id int PRIMARY KEY, v b);", Renames.NONE);
            assertThat(r.up()).anyMatch(s -> s.contains("USING v::text::public.b"));
        }
    }

    /**
     * PostgreSQL refuses an enum value in the transaction that added it, and each migration runs in one:
     * generate's proof runs the file the same way, so the file is unproven with the way out, instead of
     * failing at upgrade. The way out (the value alone first) is proven.
     */
    @Test
    void enumValueAddedAndUsedInOneFile_isUnproven_andTheValueAloneFirstIsProven() throws Exception {
        String table = "CREATE TABLE t (id int PRIMARY KEY, v st);\n";
        String withValue = "CREATE TYPE st AS ENUM ('a', 'b', 'c');\n";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, "CREATE TYPE st AS ENUM ('a', 'c');\n" + table,
                    withValue + table.replace(");", ", CHECK (v <> 'b'));"));
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN);
                assertThat(e.getMessage()).contains("generated up section").contains("unsafe use of new value \"b\"");
                assertThat(e.hint()).startsWith("PostgreSQL cannot use an enum value in the transaction that added it");
            });

            Files.writeString(p.models, withValue + table);
            assertThat(p.generate(false).up()).containsExactly("ALTER TYPE public.st ADD VALUE 'b' AFTER 'a'");
            Files.writeString(p.models, withValue + table.replace(");", ", CHECK (v <> 'b'));"));
            assertThat(p.generate(false).up()).singleElement().asString().contains("CHECK");
        }
    }

    private static int indexOf(List<String> statements, String prefix) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).toUpperCase(java.util.Locale.ROOT).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + prefix + ": " + statements);
    }
}
