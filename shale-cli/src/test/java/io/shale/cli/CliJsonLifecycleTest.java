package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} on seed, purge, clear and reset, on a SQLite file with reference data and a purge rule. */
class CliJsonLifecycleTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        cli = new Cli(dir);
        CliProjects.lifecycle(dir);
        assertThat(cli.run("hash").exit()).isZero();
        assertThat(cli.run("upgrade").exit()).isZero();
    }

    private JsonDoc json(String... args) {
        Cli.Run r = cli.run(args);
        assertThat(r.exit()).as(r.all()).isZero();
        return JsonDoc.parse(r.out());
    }

    @Test
    void seed_json_intoAnEmptyDatabase_needsNoConfirmation_andASecondSeedIsRefused() {
        JsonDoc seed = json("seed", "dev", "--json");
        assertThat(seed.at("database.engine")).isEqualTo("sqlite");
        assertThat(seed.at("name")).isEqualTo("dev");
        assertThat(seed.at("statements")).isEqualTo(4L);
        assertThat(seed.list("files")).containsExactly("db/seeds/dev/01.sql");

        Cli.Run again = cli.run("seed", "dev", "--json");
        assertThat(again.exit()).isEqualTo(9);
        assertThat(again.err()).contains("About to seed 'dev' into");
        JsonDoc error = JsonDoc.parse(again.out());
        assertThat(error.root()).containsOnlyKeys("error");
        assertThat(error.at("error.code")).isEqualTo("CONFIRMATION_REQUIRED");
        assertThat(error.at("error.exit")).isEqualTo(9L);
    }

    @Test
    void purge_json_countsTheRowsPerTable_inADryRunAndForReal() {
        json("seed", "dev", "--json");
        JsonDoc dry = json("purge", "test-users", "--param", "prefix=func-test-", "--dry-run", "--json");
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("rule.name")).isEqualTo("test-users");
        assertThat(dry.at("rule.table")).isEqualTo("users");
        assertThat(dry.map("counts")).containsEntry("users", 1L).containsEntry("posts", 1L);
        assertThat(dry.at("total")).isEqualTo(2L);
        assertThat(dry.at("unindexedForeignKeys.0.table")).isEqualTo("posts");
        assertThat((String) dry.at("unindexedForeignKeys.0.createIndex")).startsWith("CREATE INDEX");

        assertThat(cli.run("purge", "test-users", "--param", "prefix=func-test-", "--json").exit()).isEqualTo(9);
        JsonDoc purged = json("purge", "--table", "users", "--where", "id = :id", "--param", "id=2", "--json", "--yes");
        assertThat(purged.at("dryRun")).isEqualTo(false);
        assertThat(purged.at("rule.name")).isNull();
        assertThat(purged.at("rule.where")).isEqualTo("id = :id");
        assertThat(purged.map("counts")).containsEntry("users", 1L).containsEntry("posts", 1L);
        assertThat(purged.at("total")).isEqualTo(2L);
    }

    @Test
    void clear_json_namesTheClearedTablesAndRestoredRows_withTheSeedThatFollowed() {
        json("seed", "dev", "--json");
        Cli.Run run = cli.run("clear", "--json", "--yes", "--seed", "dev");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("About to clear");
        JsonDoc clear = JsonDoc.parse(run.out());
        assertThat(clear.at("database.engine")).isEqualTo("sqlite");
        assertThat(clear.at("version")).isEqualTo(1L);
        assertThat(clear.list("cleared")).contains("users", "posts").doesNotContain("shale_history");
        assertThat(clear.map("restored")).containsExactly(java.util.Map.entry("roles", 1L));
        assertThat(clear.at("restoredRows")).isEqualTo(1L);
        assertThat(clear.at("seed.name")).isEqualTo("dev");
        assertThat(clear.at("seed.statements")).isEqualTo(4L);

        assertThat(json("clear", "--json", "--yes").at("seed")).isNull();
    }

    @Test
    void reset_json_namesTheMethodAndTheUpgradeThatRebuiltTheDatabase() {
        JsonDoc reset = json("reset", "--json", "--yes");
        assertThat(reset.at("database.engine")).isEqualTo("sqlite");
        assertThat(reset.at("method")).isEqualTo("OBJECTS_DROPPED");
        assertThat(reset.at("template")).isNull();
        assertThat(reset.at("upgrade.fromVersion")).isEqualTo(0L);
        assertThat(reset.at("upgrade.toVersion")).isEqualTo(1L);
        assertThat(reset.at("upgrade.applied.0.name")).isEqualTo("init");
        assertThat(reset.at("seed")).isNull();

        assertThat(json("reset", "--json", "--yes", "--seed", "dev").at("seed.files.0")).isEqualTo("db/seeds/dev/01.sql");
    }
}
