package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.proof.Difference;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine-canonical proof compares only the schemas named in {@code schemas:}: a schema of another
 * application in the same PostgreSQL database ({@code audit}, with its table, enum, function, view
 * and sequence) is no difference with {@code schemas: [public]}, and is reported without the setting.
 */
class PostgresSchemasSettingProofTest {
    @TempDir
    Path dir;

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);";
    private static final String OTHER_APP = """
            CREATE SCHEMA audit;
            CREATE TYPE audit.level AS ENUM ('info', 'warn');
            CREATE TABLE audit.log (id bigint PRIMARY KEY, lvl audit.level, user_id bigint REFERENCES public.users (id));
            CREATE INDEX log_user ON audit.log (user_id);
            CREATE SEQUENCE audit.log_no;
            CREATE VIEW audit.recent AS SELECT id FROM audit.log WHERE id > 10;
            CREATE FUNCTION audit.next_no() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('audit.log_no') $$;
            """;

    @Test
    void driftDatabase_withSchemasPublic_ignoresAnotherApplicationsSchema() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = liveDatabaseWithAnotherApplicationsSchema(db);
            DriftCommand.Result drift = drift(p, db, List.of("public"));
            assertThat(drift.databaseDifferences()).isEmpty();
            assertThat(drift.drifted()).isFalse();
        }
    }

    @Test
    void driftDatabase_withoutSchemas_reportsTheOtherSchema() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = liveDatabaseWithAnotherApplicationsSchema(db);
            DriftCommand.Result drift = drift(p, db, List.of());
            assertThat(drift.drifted()).isTrue();
            assertThat(drift.databaseDifferences()).extracting(Difference::object)
                    .contains("schema audit", "table audit.log", "type audit.level", "view audit.recent",
                            "sequence audit.log_no", "function audit.next_no()")
                    .allMatch(key -> key.contains("audit"), "only objects of audit")
                    .noneMatch(key -> key.contains("public."));
        }
    }

    @Test
    void driftDatabase_withSchemasNamingTheOtherSchema_reportsIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = liveDatabaseWithAnotherApplicationsSchema(db);
            DriftCommand.Result drift = drift(p, db, List.of("public", "audit"));
            assertThat(drift.databaseDifferences()).extracting(Difference::object).contains("schema audit", "table audit.log");
        }
    }

    @Test
    void diffFromDatabase_withSchemasPublic_findsNoDifferences() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = liveDatabaseWithAnotherApplicationsSchema(db);
            DiffCommand.Result diff = new DiffCommand(p.dialect, p.scratch, RoundTrip.SKIP, List.of("public"))
                    .run(new DiffCommand.Options(new SchemaSource.Database(db.dataSource(), "the database"),
                            new SchemaSource.Migrations(p.set(), null), Renames.NONE, false));
            assertThat(diff.sql()).isEmpty();
            assertThat(diff.warnings()).noneMatch(w -> w.contains("audit"));
        }
    }

    /** Models that hold a schema the setting leaves out: generate says "No changes" instead of failing unproven. */
    @Test
    void generate_withSchemasPublic_ignoresASchemaOfTheModelsThatIsNotManaged() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, USERS, USERS + "\n" + OTHER_APP);
            GenerateCommand.Result r = new GenerateCommand(p.dialect, p.scratch, p.set(),
                    ModelSource.schemaFile(p.models), RoundTrip.SKIP, List.of("public"))
                    .run(new GenerateCommand.Options("change", Renames.NONE, false, false));
            assertThat(r.changed()).isFalse();
            assertThat(r.warnings()).isEmpty();
        }
    }

    /** The migrations build {@code users}; the database has them applied, then another application adds {@code audit}. */
    private ProofProject liveDatabaseWithAnotherApplicationsSchema(TestDatabase db) throws Exception {
        ProofProject p = new ProofProject(db, dir, USERS, USERS);
        Shale.configure().dataSource(db.dataSource()).migrations(p.migrations).load().upgrade();
        db.execute(OTHER_APP);
        return p;
    }

    private static DriftCommand.Result drift(ProofProject p, TestDatabase db, List<String> schemas) {
        return new DriftCommand(p.dialect, p.scratch, p.set(), RoundTrip.SKIP, schemas)
                .run(new DriftCommand.Options(null, new SchemaSource.Database(db.dataSource(), "the database"), 1));
    }
}
