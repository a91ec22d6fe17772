package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.lifecycle.ResetCommand;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResetCommandTest {
    @TempDir
    Path dir;

    private static void damage(TestDatabase db) {
        db.execute("CREATE TABLE extra (x INTEGER)", "DROP TABLE payments", "ALTER TABLE tags ADD COLUMN junk INTEGER",
                "CREATE VIEW odd_users AS SELECT id FROM users WHERE id > 5");
    }

    private void assertRebuilt(TestDatabase db, TestDatabase fresh) throws Exception {
        Fixture reference = new Fixture(fresh, Files.createDirectories(dir.resolve("reference")));
        reference.shale().upgrade();
        assertThat(db.tables()).isEqualTo(fresh.tables());
        assertThat(Fixture.rows(db)).isEqualTo(Fixture.rows(fresh));
        assertThat(Fixture.history(db)).hasSize(2);
    }

    @AllEngines
    void reset_withoutTemplate_dropsEveryObjectAndRebuildsAfterHandDamage(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("a")));
            f.shale().upgrade();
            f.fill();
            damage(db);

            ResetCommand.Result r = f.shale().reset(new ResetCommand.Options(false, false, false, Fixture.YES));

            assertThat(r.method()).isEqualTo(ResetCommand.Method.OBJECTS_DROPPED);
            assertThat(r.upgrade().applied()).hasSize(2);
            assertRebuilt(db, fresh);
        }
    }

    @Test
    void postgres_reset_buildsATemplateOnce_thenRenamesReadySpares_andDropsStaleOnes() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES); TestDatabase fresh = TestDatabases.create(Engine.POSTGRES)) {
            try {
                Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("a")));
                f.shale().upgrade();
                f.fill();
                damage(db);

                ResetCommand.Result first = f.shale().reset(new ResetCommand.Options(false, Fixture.YES));
                assertThat(first.method()).isEqualTo(ResetCommand.Method.TEMPLATE_BUILT);
                assertRebuilt(db, fresh);
                first.awaitSpare();
                assertThat(ServerDatabases.named(db, ServerDatabases.SPARES)).hasSize(1);

                damage(db);
                ResetCommand.Result second = f.shale().reset(new ResetCommand.Options(false, Fixture.YES));
                assertThat(second.method()).isEqualTo(ResetCommand.Method.SPARE_RENAMED);
                assertThat(second.template()).isEqualTo(first.template());
                assertThat(templates(db)).containsExactly(first.template());
                assertRebuilt(db, fresh);
                assertThat(Fixture.rows(db)).isEqualTo(Fixture.rows(fresh));
                second.awaitSpare();
                assertThat(ServerDatabases.named(db, ServerDatabases.SPARES)).hasSize(1);

                ServerDatabases.drop(db, ServerDatabases.SPARES);
                damage(db);
                ResetCommand.Result withoutSpare = f.shale().reset(new ResetCommand.Options(false, Fixture.YES));
                assertThat(withoutSpare.method()).isEqualTo(ResetCommand.Method.TEMPLATE_REUSED);
                assertRebuilt(db, fresh);
                withoutSpare.awaitSpare();

                Files.writeString(f.dir.resolve("0003_more.sql"), "-- migrate:up\nCREATE TABLE more (id int);\n");
                io.shale.migration.MigrationWriter.rehash(f.dir);
                ResetCommand.Result third = f.shale().reset(new ResetCommand.Options(false, Fixture.YES));
                assertThat(third.method()).isEqualTo(ResetCommand.Method.TEMPLATE_BUILT);
                assertThat(third.template()).isNotEqualTo(first.template());
                assertThat(templates(db)).containsExactly(third.template());
                assertThat(db.tables()).contains("more");
                third.awaitSpare();
                List<String> spares = ServerDatabases.named(db, ServerDatabases.SPARES);
                assertThat(spares).hasSize(1);
                assertThat(spares.get(0)).endsWith(third.template().substring(third.template().length() - 16));
            } finally {
                dropTemplates(db);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void reset_recreate_dropsAndCreatesTheDatabaseItself(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("a")));
            f.shale().upgrade();
            f.fill();
            damage(db);

            ResetCommand.Result r = f.shale().reset(new ResetCommand.Options(false, true, false, Fixture.YES));

            assertThat(r.method()).isEqualTo(ResetCommand.Method.RECREATED);
            assertRebuilt(db, fresh);
        }
    }

    private static List<String> templates(TestDatabase db) throws Exception {
        return ServerDatabases.named(db, ServerDatabases.TEMPLATES);
    }

    private static void dropTemplates(TestDatabase db) throws Exception {
        ServerDatabases.drop(db, ServerDatabases.TEMPLATES);
        ServerDatabases.drop(db, ServerDatabases.SPARES);
    }
}
