package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips on PostgreSQL for domains: created before the tables whose columns use them, dropped
 * after them, and altered in place (default, {@code NOT NULL}, checks, comment). Each file is proven
 * by the engine's own definitions, in which a domain carries its constraints.
 */
class PostgresDomainsRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY);\n";
    private static final String EMAIL = "CREATE DOMAIN email AS text COLLATE \"C\" DEFAULT 'nobody@example.org' NOT NULL"
            + " CONSTRAINT email_at CHECK (VALUE LIKE '%@%');\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("domain created with the column that uses it", T,
                        EMAIL + "CREATE TABLE t (id int PRIMARY KEY, e email);"),
                c("domain and its table created from empty", "",
                        EMAIL + "COMMENT ON DOMAIN email IS 'an address';\nCREATE TABLE t (id int PRIMARY KEY, e email);"),
                c("domain dropped with its table", EMAIL + "CREATE TABLE t (id int PRIMARY KEY, e email);", ""),
                c("domain check changed", EMAIL + "CREATE TABLE t (id int PRIMARY KEY, e email);",
                        EMAIL.replace("'%@%'", "'%@%.%'") + "CREATE TABLE t (id int PRIMARY KEY, e email);"),
                c("domain default, not null and comment changed", EMAIL + T,
                        EMAIL.replace(" DEFAULT 'nobody@example.org' NOT NULL", "")
                                + "COMMENT ON DOMAIN email IS 'an address';\n" + T),
                c("check added to a domain, not valid", "CREATE DOMAIN qty AS numeric(10,2);\n" + T,
                        "CREATE DOMAIN qty AS numeric(10,2);\n"
                                + "ALTER DOMAIN qty ADD CONSTRAINT qty_positive CHECK (VALUE > 0) NOT VALID;\n" + T),
                c("domain over an enum, with an array column", "",
                        "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad');\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, m good_mood, ms good_mood[]);"),
                c("domain in another schema", "CREATE SCHEMA audit;\n",
                        "CREATE SCHEMA audit;\nCREATE DOMAIN audit.code AS varchar(8) CHECK (VALUE ~ '^[A-Z]+$');\n"
                                + "CREATE TABLE audit.t (id int PRIMARY KEY, c audit.code);"));
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
    void domain_isCreatedBeforeTheTableAndDroppedAfterIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "",
                    EMAIL + "CREATE TABLE t (id int PRIMARY KEY, e email);", Renames.NONE);
            assertThat(r.up()).first().asString().startsWith("CREATE DOMAIN public.email AS text COLLATE \"C\"");
            assertThat(r.warnings()).noneMatch(w -> w.contains("domain"));
            List<String> down = r.down();
            assertThat(down.indexOf("DROP DOMAIN public.email")).isGreaterThan(down.indexOf("DROP TABLE public.t"));
        }
    }

    @Test
    void changedCheck_isDroppedAndAddedOnTheDomain() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, EMAIL + T, EMAIL.replace("'%@%'", "'%@%.%'") + T,
                    Renames.NONE);
            assertThat(r.up()).containsExactly("ALTER DOMAIN public.email DROP CONSTRAINT email_at",
                    "ALTER DOMAIN public.email ADD CONSTRAINT email_at CHECK ((VALUE ~~ '%@%.%'::text))");
        }
    }
}
