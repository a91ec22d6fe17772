package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.ResetCommand;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class ResetCommandTest {
    @TempDir
    Path dir;

    @AllEngines
    void reset_rebuildsAfterHandDamage(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("a")));
            f.shale().upgrade();
            f.fill();
            db.execute("CREATE TABLE extra (x INTEGER)", "DROP TABLE payments", "ALTER TABLE tags ADD COLUMN junk INTEGER",
                    "CREATE VIEW odd_users AS SELECT id FROM users WHERE id > 5");

            ResetCommand.Result r = f.shale().reset(new ResetCommand.Options(false, Fixture.YES));

            Fixture reference = new Fixture(fresh, Files.createDirectories(dir.resolve("b")));
            reference.shale().upgrade();
            assertThat(r.upgrade().applied()).hasSize(2);
            assertThat(db.tables()).isEqualTo(fresh.tables());
            assertThat(Fixture.rows(db)).isEqualTo(Fixture.rows(fresh));
            assertThat(Fixture.history(db)).hasSize(2);
        }
    }
}
