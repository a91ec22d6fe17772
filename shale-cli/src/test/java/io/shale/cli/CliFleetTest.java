package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet flags end to end: six tenant databases found by a pattern (one broken) and a production
 * target, upgraded, reported as a table and as JSON, split into shards whose reports merge, and a
 * downgrade guarded per target.
 */
class CliFleetTest {
    private static EmbeddedPostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgresServer.start();
        for (int i = 1; i <= 6; i++) {
            server.createDatabase("tenant_" + i);
        }
        server.createDatabase("prod");
        try (Connection c = server.connect("tenant_3"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (legacy text)");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Cli project() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), String.join("\n",
                "targets:",
                "  tenants:",
                "    url: \"" + server.jdbcUrl("postgres") + "\"",
                "    user: " + server.user(),
                "    databases: \"tenant_*\"",
                "  prod: { url: \"" + server.jdbcUrl("prod") + "\", user: " + server.user()
                        + ", environment: production }",
                ""));
        Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(dir.resolve("db/migrations/0001_accounts.sql"),
                "-- migrate:up\nCREATE TABLE accounts (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE accounts;\n");
        Files.writeString(dir.resolve("db/migrations/0002_orders.sql"),
                "-- migrate:up\nCREATE TABLE orders (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE orders;\n");
        Cli cli = new Cli(dir);
        assertThat(cli.run("hash").exit()).isZero();
        return cli;
    }

    @Test
    void fleetCommands_reportEachTarget_shardsMerge_andTheGuardAppliesPerTarget() throws Exception {
        Cli cli = project();

        Cli.Run upgrade = cli.run("upgrade", "--target", "all", "--json", "--parallel", "3");
        assertThat(upgrade.exit()).as(upgrade.all()).isEqualTo(7);
        JsonDoc up = JsonDoc.parse(upgrade.out());
        assertThat(up.at("command")).isEqualTo("upgrade");
        assertThat(up.map("summary")).containsEntry("targets", 7L).containsEntry("done", 6L)
                .containsEntry("failed", 1L).containsEntry("skipped", 0L);
        assertThat(up.at("targets.0.name")).isEqualTo("tenant_1");
        assertThat(up.at("targets.0.versionBefore")).isEqualTo(0L);
        assertThat(up.at("targets.0.versionAfter")).isEqualTo(2L);
        assertThat(up.at("targets.2.name")).isEqualTo("tenant_3");
        assertThat(up.at("targets.2.status")).isEqualTo("failed");
        assertThat(up.at("targets.2.error.code")).isEqualTo("MIGRATION_FAILED");
        assertThat(up.at("targets.2.versionAfter")).isEqualTo(1L);
        assertThat(up.at("targets.6.name")).isEqualTo("prod");
        assertThat(up.at("targets.6.environment")).isEqualTo("production");

        try (Connection c = server.connect("tenant_3"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE orders");
        }
        Cli.Run rerun = cli.run("upgrade", "--target", "tenant_*");
        assertThat(rerun.exit()).as(rerun.all()).isZero();
        assertThat(rerun.out()).contains("TARGET").containsPattern("tenant_3 +done +1 -> 2")
                .containsPattern("tenant_1 +done +2 ").contains("6 targets: 6 done, 0 failed, 0 skipped.");

        Path first = dir.resolve("shard1.json");
        Path second = dir.resolve("shard2.json");
        Cli.Run s1 = cli.run("status", "--target", "all", "--shard", "1/2", "--json");
        Cli.Run s2 = cli.run("status", "--target", "all", "--shard", "2/2", "--json");
        assertThat(s1.exit()).as(s1.all()).isZero();
        Files.writeString(first, s1.out());
        Files.writeString(second, s2.out());
        long inFirst = JsonDoc.parse(s1.out()).list("targets").size();
        long inSecond = JsonDoc.parse(s2.out()).list("targets").size();
        assertThat(inFirst + inSecond).isEqualTo(7);

        Cli.Run merge = cli.run("fleet", "merge", "shard1.json", "shard2.json");
        assertThat(merge.exit()).as(merge.all()).isZero();
        JsonDoc merged = JsonDoc.parse(merge.out());
        assertThat(merged.map("summary")).containsEntry("targets", 7L).containsEntry("done", 7L);
        assertThat(merged.list("shards")).containsExactly("1/2", "2/2");
        assertThat(merged.list("missingShards")).isEmpty();
        assertThat(merged.at("targets.0.name")).isEqualTo("prod");
        assertThat(cli.run("fleet", "merge", "shard1.json", "shard1.json").exit()).isEqualTo(2);

        Cli.Run refused = cli.run("downgrade", "--target", "prod,tenant_1", "--yes");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(9);
        assertThat(refused.out()).containsPattern("prod +failed").containsPattern("tenant_1 +done +2 -> 1")
                .contains("--allow-protected --confirm prod");
        Cli.Run confirmed = cli.run("downgrade", "--target", "prod", "--allow-protected", "--confirm", "prod");
        assertThat(confirmed.exit()).as(confirmed.all()).isZero();
        assertThat(confirmed.out()).containsPattern("prod +done +2 -> 1");

        Cli.Run pending = cli.run("status", "--target", "all", "--exit-code");
        assertThat(pending.exit()).as(pending.all()).isEqualTo(1);
        assertThat(pending.out()).containsPattern("prod +done +1 ").containsPattern("tenant_2 +done +2 ");
        assertThat(cli.run("status", "--target", "tenant_2", "--exit-code").exit()).isZero();

        Cli.Run clean = cli.run("check", "--drift", "--target", "tenant_1,tenant_2");
        assertThat(clean.exit()).as(clean.all()).isZero();
        assertThat(clean.out()).containsPattern("tenant_2 +done +2 ");
        try (Connection c = server.connect("tenant_2"); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE accounts ADD COLUMN by_hand text");
        }
        Cli.Run drifted = cli.run("check", "--drift", "--target", "tenant_1,tenant_2", "--format", "json");
        assertThat(drifted.exit()).as(drifted.all()).isEqualTo(1);
        JsonDoc drift = JsonDoc.parse(drifted.out());
        assertThat(drift.at("targets.0.status")).isEqualTo("done");
        assertThat(drift.at("targets.1.status")).isEqualTo("failed");
        assertThat(drift.at("targets.1.error.code")).isEqualTo("VALIDATION_FAILED");

        Cli.Run usage = cli.run("status", "--parallel", "2");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.all()).contains("need --target");
        Cli.Run unknown = cli.run("status", "--target", "eu-*");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.all()).contains("eu-* matches no target");
    }

    @Test
    void destructiveCommands_takeTarget_reportEachTarget_andConfirmAProductionTargetOnlyByItsName() throws Exception {
        for (String db : new String[] {"life_1", "life_2", "vault"}) {
            server.createDatabase(db);
        }
        Files.writeString(dir.resolve("shale.yaml"), String.join("\n",
                "targets:",
                "  lives:",
                "    url: \"" + server.jdbcUrl("postgres") + "\"",
                "    user: " + server.user(),
                "    databases: \"life_*\"",
                "  vault: { url: \"" + server.jdbcUrl("vault") + "\", user: " + server.user()
                        + ", environment: production }",
                ""));
        Files.createDirectories(dir.resolve("db/migrations"));
        Files.createDirectories(dir.resolve("db/seeds/demo"));
        Files.writeString(dir.resolve("db/migrations/0001_accounts.sql"),
                "-- migrate:up\nCREATE TABLE accounts (id int PRIMARY KEY, name text);\n"
                        + "-- migrate:down\nDROP TABLE accounts;\n");
        Files.writeString(dir.resolve("db/migrations/0002_plans.sql"),
                "-- migrate:up\nCREATE TABLE plans (id int PRIMARY KEY);\n"
                        + "INSERT INTO plans VALUES (1), (2);\n-- migrate:down\nDROP TABLE plans;\n");
        Files.writeString(dir.resolve("db/seeds/demo/01.sql"), "INSERT INTO accounts VALUES (100, 'demo');\n");
        Cli cli = new Cli(dir);
        assertThat(cli.run("hash").exit()).isZero();
        assertThat(cli.run("upgrade", "--target", "all").exit()).isZero();
        for (String db : new String[] {"life_1", "life_2", "vault"}) {
            execute(db, "INSERT INTO accounts VALUES (1, 'func-test'), (2, 'real')", "INSERT INTO plans VALUES (3)");
        }

        Cli.Run clear = cli.run("clear", "--target", "all", "--yes", "--json");
        assertThat(clear.exit()).as(clear.all()).isEqualTo(9);
        JsonDoc cleared = JsonDoc.parse(clear.out());
        assertThat(cleared.at("command")).isEqualTo("clear");
        assertThat(cleared.map("summary")).containsEntry("targets", 3L).containsEntry("done", 2L)
                .containsEntry("failed", 1L);
        assertThat(cleared.at("targets.0.name")).isEqualTo("life_1");
        assertThat(cleared.at("targets.0.versionAfter")).isEqualTo(2L);
        assertThat(cleared.at("targets.2.name")).isEqualTo("vault");
        assertThat(cleared.at("targets.2.error.code")).isEqualTo("PROTECTED_ENVIRONMENT");
        assertThat(count("life_2", "accounts")).isZero();
        assertThat(count("life_2", "plans")).as("reference rows restored").isEqualTo(2);
        assertThat(count("vault", "accounts")).isEqualTo(2);
        assertThat(count("postgres", "pg_database WHERE datname LIKE 'shale_tpl_life%'"))
                .as("no template database kept per target").isZero();

        Cli.Run otherName = cli.run("clear", "--target", "vault", "--allow-protected", "--confirm", "life_1");
        assertThat(otherName.exit()).as(otherName.all()).isEqualTo(9);
        Cli.Run confirmed = cli.run("clear", "--target", "vault", "--allow-protected", "--confirm", "vault");
        assertThat(confirmed.exit()).as(confirmed.all()).isZero();
        assertThat(confirmed.out()).containsPattern("vault +done +2 ");
        assertThat(count("vault", "accounts")).isZero();

        Cli.Run seed = cli.run("seed", "demo", "--target", "lives", "--yes");
        assertThat(seed.exit()).as(seed.all()).isZero();
        assertThat(seed.out()).contains("2 targets: 2 done, 0 failed, 0 skipped.");
        assertThat(count("life_1", "accounts")).isEqualTo(1);

        Cli.Run purge = cli.run("purge", "--table", "accounts", "--where", "name = :name", "--param", "name=demo",
                "--target", "lives", "--yes", "--parallel", "2");
        assertThat(purge.exit()).as(purge.all()).isZero();
        assertThat(count("life_2", "accounts")).isZero();

        Cli.Run stamp = cli.run("stamp", "1", "--target", "life_1", "--yes");
        assertThat(stamp.exit()).as(stamp.all()).isZero();
        assertThat(stamp.out()).containsPattern("life_1 +done +2 -> 1");

        execute("life_1", "DROP TABLE plans");
        Cli.Run reset = cli.run("reset", "--target", "lives", "--yes");
        assertThat(reset.exit()).as(reset.all()).isZero();
        assertThat(reset.out()).containsPattern("life_1 +done +1 -> 2").containsPattern("life_2 +done +2 ");
        assertThat(count("life_1", "plans")).isEqualTo(2);

        Cli.Run repair = cli.run("repair", "--target", "lives", "--yes");
        assertThat(repair.exit()).as(repair.all()).isZero();

        Cli.Run usage = cli.run("clear", "--fail-fast", "--yes");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.all()).contains("need --target");
    }

    private static void execute(String database, String... statements) throws Exception {
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static long count(String database, String table) throws Exception {
        try (Connection c = server.connect(database); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
