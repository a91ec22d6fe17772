package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
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
 * Round trips on PostgreSQL across several schemas: with no {@code schemas:} setting every
 * non-system schema is inspected and diffed, including {@code CREATE SCHEMA} and {@code DROP SCHEMA}.
 */
class PostgresSchemasRoundTripTest {
    @TempDir
    Path dir;

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n";
    private static final String AUDIT = "CREATE SCHEMA audit;\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("schema created with a table", "", AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, what text);"),
                c("schema dropped with its table", AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, what text);", ""),
                c("empty schema created", USERS, USERS + AUDIT),
                c("table added to an existing schema", USERS + AUDIT,
                        USERS + AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));"),
                c("same table name in two schemas", USERS + AUDIT,
                        USERS + AUDIT + "CREATE TABLE audit.users (id bigint PRIMARY KEY, changed_at timestamptz);"),
                c("column added in a second schema", AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY);",
                        AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());"),
                c("foreign key across schemas", USERS + AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, user_id bigint);",
                        USERS + AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, user_id bigint "
                                + "CONSTRAINT log_user_fk REFERENCES public.users (id) ON DELETE CASCADE);"),
                c("enum in a second schema used by a public table", USERS,
                        AUDIT + "CREATE TYPE audit.level AS ENUM ('info', 'warn');\n"
                                + "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, lvl audit.level);"),
                c("view, sequence and function in a second schema", "",
                        AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, what text);\n"
                                + "CREATE SEQUENCE audit.log_no START 100;\n"
                                + "CREATE VIEW audit.recent AS SELECT id, what FROM audit.log WHERE id > 10;\n"
                                + "CREATE FUNCTION audit.next_no() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('audit.log_no') $$;"),
                c("index in a second schema", AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, what text);",
                        AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY, what text);\nCREATE INDEX log_what ON audit.log (what);"),
                c("quoted schema name", "", "CREATE SCHEMA \"Audit Trail\";\nCREATE TABLE \"Audit Trail\".\"Log\" (id int PRIMARY KEY);"),
                c("collation of the schema, quoted as schema and name",
                        "CREATE COLLATION numeric FROM \"C\";\nCREATE TABLE t (id int PRIMARY KEY, s text);",
                        "CREATE COLLATION numeric FROM \"C\";\nCREATE TABLE t (id int PRIMARY KEY, s text COLLATE public.numeric);"),
                c("collation of another schema on a new table",
                        AUDIT + "CREATE COLLATION audit.\"Mixed.Case\" FROM \"C\";",
                        AUDIT + "CREATE COLLATION audit.\"Mixed.Case\" FROM \"C\";\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, s text COLLATE audit.\"Mixed.Case\");"));
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
    void configuredSchemas_areTheOnlyOnesCompared() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Path migrations = Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(migrations.resolve("0001_a.sql"), "-- migrate:up\n" + USERS);
            MigrationWriter.rehash(migrations);
            Path models = dir.resolve("schema.sql");
            Files.writeString(models, USERS + AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY);");
            Dialect dialect = Dialects.forUrl(db.url());
            ScratchProvider scratch = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());
            MigrationSet set = MigrationLoader.load(migrations, List.of(), null);
            GenerateCommand.Options dryRun = new GenerateCommand.Options("x", Renames.NONE, true);

            GenerateCommand.Result publicOnly = new GenerateCommand(dialect, scratch, set,
                    ModelSource.schemaFile(models), RoundTrip.SKIP, List.of("public")).run(dryRun);
            GenerateCommand.Result both = new GenerateCommand(dialect, scratch, set,
                    ModelSource.schemaFile(models), RoundTrip.SKIP, List.of("public", "audit")).run(dryRun);

            assertThat(publicOnly.changed()).as("audit is not managed").isFalse();
            assertThat(both.up()).contains("CREATE SCHEMA audit");
        }
    }

    @Test
    void newSchemaWithATable_isCreatedUpAndDroppedDown() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, USERS,
                    USERS + AUDIT + "CREATE TABLE audit.log (id bigint PRIMARY KEY);", Renames.NONE);
            assertThat(r.up()).contains("CREATE SCHEMA audit").anyMatch(s -> s.startsWith("CREATE TABLE audit.log"));
            assertThat(r.down()).contains("DROP SCHEMA audit");
        }
    }
}
