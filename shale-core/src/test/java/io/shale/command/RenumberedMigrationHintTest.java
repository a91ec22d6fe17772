package io.shale.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A local database ran this branch's 0002 and 0003; then {@code shale rebase} put main's 0002 first
 * and renumbered them 0003 and 0004. The error says so, instead of "restore the deleted file" or
 * "run repair --checksums" (which would accept main's file as if it had run).
 */
class RenumberedMigrationHintTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"SQLITE", "POSTGRES"})
    void upgrade_afterARebaseRenumberedAppliedFiles_saysTheyWereRenumbered(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            String a = "CREATE TABLE feature_a (id int);";
            String b = "CREATE TABLE feature_b (id int);";
            Project project = new Project(dir, db)
                    .migration(1, "create_users", "CREATE TABLE users (id int);", "DROP TABLE users;")
                    .migration(2, "feature_a", a, "DROP TABLE feature_a;")
                    .migration(3, "feature_b", b, "DROP TABLE feature_b;");
            project.shale().upgrade();

            project.delete("0003_feature_b.sql").delete("0002_feature_a.sql")
                    .migration(2, "from_main", "CREATE TABLE from_main (id int);", "DROP TABLE from_main;")
                    .migration(3, "feature_a", a, "DROP TABLE feature_a;")
                    .migration(4, "feature_b", b, "DROP TABLE feature_b;");

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
                assertThat(e.getMessage()).contains("version 2").contains("now 0003_feature_a.sql")
                        .contains("renumbered");
                assertThat(e.hint()).contains("shale reset").contains("shale downgrade 1")
                        .doesNotContain("restore the deleted").doesNotContain("--checksums");
            });
            assertThat(db.tables()).doesNotContain("from_main");
        }
    }
}
