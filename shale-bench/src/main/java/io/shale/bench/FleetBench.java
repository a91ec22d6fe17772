package io.shale.bench;

import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tool;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.CorpusWorkload;
import io.shale.bench.workload.GeneratedWorkload;
import io.shale.bench.workload.Workload;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.config.TargetSettings;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.fleet.Fleet;
import io.shale.fleet.FleetListener;
import io.shale.fleet.FleetOptions;
import io.shale.fleet.FleetResult;
import io.shale.workspace.Workspace;
import io.shale.workspace.WorkspaceBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 15's fleet benchmark: N tenant databases on one embedded PostgreSQL, each brought from
 * empty to the head of one history (langfuse from the corpus; generated-100 without it). Compared:
 * Shale's fleet runner ({@code --parallel P}), a sequential loop of Shale's facade over the same
 * databases in one JVM, a loop that starts a new JVM per database (what a shell loop of
 * {@code shale upgrade} calls pays), and Flyway looping over the same data sources in the same JVM. Every measure starts
 * from freshly created, empty databases (created outside the timing).
 *
 * <pre>{@code java -jar shale-bench.jar fleet --tenants 100 --parallel 2,4,8}</pre>
 */
public final class FleetBench {
    private FleetBench() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = 100;
        List<Integer> parallel = List.of(2, 4, 8);
        Path corpus = Path.of("../shared/corpus");
        boolean flyway = true;
        boolean processes = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tenants" -> tenants = Integer.parseInt(args[++i]);
                case "--parallel" -> parallel = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--no-flyway" -> flyway = false;
                case "--no-process-loop" -> processes = false;
                default -> throw new IllegalArgumentException("usage: FleetBench [--tenants N] [--parallel A,B] "
                        + "[--corpus DIR] [--no-flyway] [--no-process-loop]");
            }
        }
        Quiet.install();
        Optional<Path> found = CorpusWorkload.locate(corpus);
        Workload workload = found.map(CorpusWorkload::langfuse).orElseGet(() -> GeneratedWorkload.of(100));
        Path work = Files.createTempDirectory("shale-fleet-bench-");
        Path shaleDir = Files.createDirectories(work.resolve("shale"));
        Path flywayDir = Files.createDirectories(work.resolve("flyway"));
        Tools.named("shale").write(workload, shaleDir);
        Tools.named("flyway").write(workload, flywayDir);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            List<Database> dbs = new ArrayList<>();
            for (int i = 1; i <= tenants; i++) {
                String name = String.format("tenant_%03d", i);
                dbs.add(new Database(server.jdbcUrl(name), server.user()));
            }
            List<String> names = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            Tool shale = Tools.named("shale");
            recreate(server, tenants);
            long loop = time(() -> loop(shale, shaleDir, dbs));
            names.add("Shale, sequential loop (facade per database, one JVM)");
            times.add(loop);
            System.err.println("[fleet] shale loop " + loop + " ms");
            long processLoop = 0;
            if (processes) {
                recreate(server, tenants);
                ChildProcess child = new ChildProcess(System.getProperty("java.class.path"), List.of(),
                        work.resolve("child-output.txt"));
                processLoop = time(() -> processLoop(child, shale, shaleDir, dbs));
                names.add("Shale, sequential loop of processes (a new JVM per database, as a shell loop of"
                        + " `shale upgrade` runs)");
                times.add(processLoop);
                System.err.println("[fleet] shale process loop " + processLoop + " ms");
            }
            for (int p : parallel) {
                recreate(server, tenants);
                int threads = p;
                int count = tenants;
                long took = time(() -> fleet(server, shaleDir, count, threads));
                names.add("Shale fleet, `--parallel " + p + "`");
                times.add(took);
                System.err.println("[fleet] shale --parallel " + p + ": " + took + " ms");
            }
            if (flyway) {
                Tool fw = Tools.named("flyway");
                recreate(server, tenants);
                long took = time(() -> loop(fw, flywayDir, dbs));
                names.add("Flyway, sequential loop over the data sources (one JVM)");
                times.add(took);
                System.err.println("[fleet] flyway loop " + took + " ms");
            }
            recreate(server, 0);
            System.out.println("## Fleets: " + tenants + " tenant databases, " + workload.name() + " ("
                    + workload.scripts().size() + " migrations) each (issue 15)\n");
            System.out.println(Environment.describe(server));
            System.out.println("| run | wall time (ms) | speed-up over the loop in one JVM"
                    + (processes ? " | speed-up over the loop of processes |" : " |"));
            System.out.println("|---|---:|---:|" + (processes ? "---:|" : ""));
            for (int i = 0; i < names.size(); i++) {
                long took = times.get(i);
                System.out.println("| " + names.get(i) + " | " + ms(took) + " | " + ratio(loop, took) + " |"
                        + (processes ? " " + ratio(processLoop, took) + " |" : ""));
            }
        }
    }

    /** What a user's loop over the data sources does: one tool configuration per database, one after another. */
    private static void loop(Tool tool, Path dir, List<Database> dbs) {
        for (Database db : dbs) {
            try {
                tool.migrate(dir, db);
            } catch (Exception e) {
                throw new IllegalStateException(tool.name() + " failed on " + db.url(), e);
            }
        }
    }

    /** A new JVM per database, one after another: each pays a JVM start and reads the files again. */
    private static void processLoop(ChildProcess child, Tool tool, Path dir, List<Database> dbs) {
        for (Database db : dbs) {
            try {
                child.time(tool, "migrate", dir, db);
            } catch (Exception e) {
                throw new IllegalStateException(tool.name() + " failed in a child process on " + db.url(), e);
            }
        }
    }

    private static void fleet(EmbeddedPostgresServer server, Path dir, int tenants, int parallel) {
        WorkspaceBuilder builder = Workspace.builder().baseDir(dir.getParent()).migrations(dir);
        for (int i = 1; i <= tenants; i++) {
            String name = String.format("tenant_%03d", i);
            builder.target(TargetSettings.of(name, server.jdbcUrl(name), server.user(), null, null, null));
        }
        try (Workspace workspace = builder.build()) {
            Fleet fleet = Fleet.of(workspace);
            FleetResult<UpgradeCommand.Result> r = fleet.upgrade(fleet.choose("all", null),
                    new FleetOptions(parallel, false, 0), FleetListener.NONE, UpgradeCommand.Options.ALL);
            if (!r.ok()) {
                throw new IllegalStateException("fleet run failed: " + r.results().stream()
                        .filter(x -> x.error() != null).findFirst().map(x -> x.error().toString()).orElse("?"));
            }
        }
    }

    /** Drops tenant_* and creates {@code tenants} empty ones (FILE_COPY from template0: a few files each). */
    private static void recreate(EmbeddedPostgresServer server, int tenants) throws Exception {
        try (Connection c = server.connect(EmbeddedPostgresServer.MAINTENANCE_DATABASE);
                Statement s = c.createStatement()) {
            List<String> existing = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'tenant\\_%'")) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            for (String name : existing) {
                s.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
            for (int i = 1; i <= tenants; i++) {
                s.execute("CREATE DATABASE " + String.format("tenant_%03d", i) + " TEMPLATE template0 STRATEGY FILE_COPY");
            }
            s.execute("CHECKPOINT");
        }
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String ms(long ms) {
        return String.format("%,d", ms);
    }

    private static String ratio(long base, long took) {
        return String.format("%.2f", (double) base / took);
    }
}
