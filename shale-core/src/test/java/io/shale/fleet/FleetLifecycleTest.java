package io.shale.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.lifecycle.ClearCommand;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.command.migrate.StampCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.data.PurgeRule;
import io.shale.error.ErrorCode;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The destructive commands over a fleet of schemas in one PostgreSQL database (and one H2 database):
 * each target is cleared, purged, reset, stamped and seeded on its own, and the guard runs per
 * target: a production target is refused unless confirmed by its own name, while the others proceed.
 */
class FleetLifecycleTest {
    private static final FleetConfirmation YES = new FleetConfirmation(true, Set.of(), false);
    private static final FleetOptions SEQUENTIAL = new FleetOptions(1, false, 0);
    private static final Map<String, String> FILES = Map.of(
            "db/migrations/0003_create_plans.sql", "-- migrate:up\nCREATE TABLE plans (id INTEGER PRIMARY KEY, "
                    + "name VARCHAR(20));\nINSERT INTO plans VALUES (1, 'free'), (2, 'pro');\n"
                    + "-- migrate:down\nDROP TABLE plans;\n",
            "db/seeds/demo/01_accounts.sql", "INSERT INTO accounts VALUES (100, 'demo');\n");
    private static final List<String> TENANTS = List.of("tenant_a", "tenant_b", "tenant_c");

    @TempDir
    Path project;

    /** Three tenant schemas and a production schema {@code vip}, upgraded, each with rows of its own. */
    private Workspace fleet(TestDatabase db) {
        for (String schema : List.of("tenant_a", "tenant_b", "tenant_c", "vip")) {
            db.execute("CREATE SCHEMA " + schema);
        }
        Workspace workspace = FleetProject.create(project, FILES,
                "targets:",
                "  shop:",
                "    url: \"" + db.url() + "\"",
                "    user: " + db.user(),
                "    schemas: [\"tenant_*\"]",
                "  vip: { url: \"" + db.url() + "\", user: " + db.user() + ", schema: vip, environment: production }");
        Fleet fleet = Fleet.of(workspace);
        assertOk(fleet.upgrade(fleet.choose("all", null), FleetOptions.defaults(), FleetListener.NONE,
                UpgradeCommand.Options.ALL));
        for (String schema : List.of("tenant_a", "tenant_b", "tenant_c", "vip")) {
            db.execute("INSERT INTO " + schema + ".accounts VALUES (1, 'func-test-1'), (2, 'real')",
                    "INSERT INTO " + schema + ".orders VALUES (10, 1), (11, 2)",
                    "INSERT INTO " + schema + ".plans VALUES (3, 'custom')");
        }
        return workspace;
    }

    @Test
    void clear_keepsEachTargetsReferenceRows_andRefusesTheProductionTargetWhileTheOthersProceed() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES); Workspace workspace = fleet(db)) {
            Fleet fleet = Fleet.of(workspace);

            FleetResult<ClearCommand.Result> r = fleet.clear(fleet.choose("all", null), FleetOptions.defaults(),
                    FleetListener.NONE, YES, null);

            assertThat(r.results()).extracting(x -> x.target().name())
                    .containsExactly("tenant_a", "tenant_b", "tenant_c", "vip");
            assertThat(r.results().subList(0, 3)).allSatisfy(x -> {
                assertThat(x.status()).as(() -> String.valueOf(x.error())).isEqualTo(TargetResult.Status.DONE);
                assertThat(x.detail().restored()).containsEntry("plans", 2);
                assertThat(x.versionAfter()).isEqualTo(3);
            });
            for (String tenant : TENANTS) {
                assertThat(number(db, "SELECT count(*) FROM " + tenant + ".accounts")).isZero();
                assertThat(number(db, "SELECT count(*) FROM " + tenant + ".plans")).isEqualTo(2);
                assertThat(number(db, "SELECT count(*) FROM " + tenant + ".shale_history")).isEqualTo(3);
            }
            TargetResult<ClearCommand.Result> vip = r.results().get(3);
            assertThat(vip.status()).isEqualTo(TargetResult.Status.FAILED);
            assertThat(vip.error().code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT);
            assertThat(vip.error().hint()).contains("--allow-protected --confirm vip");
            assertThat(number(db, "SELECT count(*) FROM vip.accounts")).isEqualTo(2);

            FleetResult<ClearCommand.Result> confirmedOther = fleet.clear(fleet.choose("vip", null), SEQUENTIAL,
                    FleetListener.NONE, new FleetConfirmation(true, Set.of("tenant_a"), true), null);
            assertThat(confirmedOther.results().get(0).error().code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT);
            FleetResult<ClearCommand.Result> confirmed = fleet.clear(fleet.choose("vip", null), SEQUENTIAL,
                    FleetListener.NONE, new FleetConfirmation(false, Set.of("vip"), true), "demo");
            assertOk(confirmed);
            assertThat(number(db, "SELECT count(*) FROM vip.plans")).isEqualTo(2);
            assertThat(number(db, "SELECT count(*) FROM vip.accounts WHERE id = 100")).isEqualTo(1);
        }
    }

    @Test
    void clear_withoutYesOrANameConfirmed_isRefusedOnEveryTarget() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES); Workspace workspace = fleet(db)) {
            Fleet fleet = Fleet.of(workspace);

            FleetResult<ClearCommand.Result> r = fleet.clear(fleet.choose("shop", null), FleetOptions.defaults(),
                    FleetListener.NONE, new FleetConfirmation(false, Set.of(), false), null);

            assertThat(r.results()).allSatisfy(x -> {
                assertThat(x.error().code()).isEqualTo(ErrorCode.CONFIRMATION_REQUIRED);
                assertThat(x.error().hint()).contains("--confirm " + x.target().name());
            });
            assertThat(number(db, "SELECT count(*) FROM tenant_b.accounts")).isEqualTo(2);
        }
    }

    @Test
    void purge_deletesTheMatchingRowsAndTheirDependents_onEachTarget() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES); Workspace workspace = fleet(db)) {
            Fleet fleet = Fleet.of(workspace);
            PurgeCommand.Options testUsers = new PurgeCommand.Options(PurgeRule.adHoc("accounts", "name LIKE :prefix"),
                    Map.of("prefix", "func-test-%"), false, List.of(), null);

            FleetResult<PurgeCommand.Result> r = fleet.purge(fleet.choose("all", null), FleetOptions.defaults(),
                    FleetListener.NONE, testUsers, YES);

            assertThat(r.results().subList(0, 3)).allSatisfy(x -> {
                assertThat(x.status()).as(() -> String.valueOf(x.error())).isEqualTo(TargetResult.Status.DONE);
                assertThat(x.detail().total()).isEqualTo(2);
            });
            for (String tenant : TENANTS) {
                assertThat(number(db, "SELECT count(*) FROM " + tenant + ".accounts")).isEqualTo(1);
                assertThat(number(db, "SELECT count(*) FROM " + tenant + ".orders")).isEqualTo(1);
            }
            assertThat(r.results().get(3).error().code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT);
            assertThat(number(db, "SELECT count(*) FROM vip.accounts")).isEqualTo(2);
        }
    }

    @Test
    void reset_rebuildsOnlyTheChosenSchemas_andRefusesRecreatingTheSharedDatabase() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES); Workspace workspace = fleet(db)) {
            Fleet fleet = Fleet.of(workspace);
            db.execute("CREATE TABLE tenant_a.by_hand (id int)");

            FleetResult<ResetCommand.Result> r = fleet.reset(fleet.choose("tenant_a,tenant_b", null),
                    FleetOptions.defaults(), FleetListener.NONE, false, false, YES, null);

            assertOk(r);
            assertThat(r.results()).allSatisfy(x -> {
                assertThat(x.detail().method()).isEqualTo(ResetCommand.Method.OBJECTS_DROPPED);
                assertThat(x.versionBefore()).isEqualTo(3);
                assertThat(x.versionAfter()).isEqualTo(3);
            });
            assertThat(number(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'by_hand'"))
                    .isZero();
            assertThat(number(db, "SELECT count(*) FROM tenant_a.accounts")).isZero();
            assertThat(number(db, "SELECT count(*) FROM tenant_a.plans")).isEqualTo(2);
            assertThat(number(db, "SELECT count(*) FROM tenant_c.accounts")).as("not chosen").isEqualTo(2);
            assertThat(number(db, "SELECT count(*) FROM vip.accounts")).isEqualTo(2);

            FleetResult<ResetCommand.Result> recreate = fleet.reset(fleet.choose("tenant_c", null), SEQUENTIAL,
                    FleetListener.NONE, false, true, YES, null);
            assertThat(recreate.results().get(0).error().code()).isEqualTo(ErrorCode.USAGE);
            assertThat(number(db, "SELECT count(*) FROM tenant_c.accounts")).isEqualTo(2);
        }
    }

    @Test
    void seedAndStamp_changeEachTargetOnItsOwn() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES); Workspace workspace = fleet(db)) {
            Fleet fleet = Fleet.of(workspace);

            FleetResult<SeedCommand.Result> seed = fleet.seed(fleet.choose("tenant_a,tenant_b,vip", null), SEQUENTIAL,
                    FleetListener.NONE, "demo", YES);

            assertThat(seed.results()).as(() -> seed.results().toString()).extracting(TargetResult::status)
                    .containsExactly(TargetResult.Status.DONE, TargetResult.Status.DONE, TargetResult.Status.FAILED);
            assertThat(seed.results().get(2).error().code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT);
            assertThat(seed.results().get(0).detail().statements()).isEqualTo(1);
            assertThat(number(db, "SELECT count(*) FROM tenant_b.accounts WHERE id = 100")).isEqualTo(1);
            assertThat(number(db, "SELECT count(*) FROM tenant_c.accounts WHERE id = 100")).isZero();
            assertThat(number(db, "SELECT count(*) FROM vip.accounts WHERE id = 100")).isZero();

            FleetResult<StampCommand.Result> stamp = fleet.stamp(fleet.choose("shop", null), FleetOptions.defaults(),
                    FleetListener.NONE, 1, YES);

            assertOk(stamp);
            assertThat(stamp.results()).allSatisfy(x -> {
                assertThat(x.versionBefore()).isEqualTo(3);
                assertThat(x.versionAfter()).isEqualTo(1);
                assertThat(x.detail().removed()).containsExactly(2, 3);
            });
            for (String tenant : TENANTS) {
                assertThat(number(db, "SELECT count(*) FROM " + tenant + ".shale_history")).isEqualTo(1);
            }
            assertThat(number(db, "SELECT count(*) FROM vip.shale_history")).isEqualTo(3);
        }
    }

    @Test
    void h2Schemas_clearPerTarget_butResetIsRefusedBecauseH2DropsTheWholeDatabase() {
        try (TestDatabase db = TestDatabases.create(Engine.H2)) {
            db.execute("CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b");
            try (Workspace workspace = FleetProject.create(project, FILES,
                    "targets:",
                    "  shop:",
                    "    url: \"" + db.url() + "\"",
                    "    user: " + db.user(),
                    "    schemas: [\"tenant_*\"]")) {
                Fleet fleet = Fleet.of(workspace);
                List<Target> tenants = fleet.choose("shop", null);
                assertOk(fleet.upgrade(tenants, SEQUENTIAL, FleetListener.NONE, UpgradeCommand.Options.ALL));
                db.execute("INSERT INTO tenant_a.accounts VALUES (1, 'a')",
                        "INSERT INTO tenant_b.accounts VALUES (1, 'b')");

                FleetResult<ClearCommand.Result> clear = fleet.clear(fleet.choose("tenant_a", null), SEQUENTIAL,
                        FleetListener.NONE, YES, null);
                assertOk(clear);
                assertThat(number(db, "SELECT count(*) FROM tenant_a.accounts")).isZero();
                assertThat(number(db, "SELECT count(*) FROM tenant_a.plans")).isEqualTo(2);
                assertThat(number(db, "SELECT count(*) FROM tenant_b.accounts")).isEqualTo(1);

                FleetResult<ResetCommand.Result> reset = fleet.reset(fleet.choose("tenant_a", null), SEQUENTIAL,
                        FleetListener.NONE, false, false, YES, null);
                assertThat(reset.results().get(0).error().code()).isEqualTo(ErrorCode.USAGE);
                assertThat(reset.results().get(0).error().getMessage())
                        .contains("cannot drop the objects of one schema");
                assertThat(number(db, "SELECT count(*) FROM tenant_b.accounts")).isEqualTo(1);
                assertThat(number(db, "SELECT count(*) FROM tenant_a.plans")).isEqualTo(2);
            }
        }
    }

    private static void assertOk(FleetResult<?> r) {
        assertThat(r.ok()).as(() -> r.results().stream().filter(x -> x.error() != null)
                .map(x -> x.target().name() + ": " + x.error()).findFirst().orElse("")).isTrue();
    }

    private static int number(TestDatabase db, String sql) {
        return ((Number) db.scalar(sql)).intValue();
    }
}
