package io.shale.bench;

import io.shale.Shale;
import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tool;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.GeneratedWorkload;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.jdbc.UrlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A loop to run under a profiler (JFR): applies the generated workload of {@code SIZE} migrations
 * with one tool {@code RUNS} times on fresh databases and prints each run's time; for Shale, split
 * into reading the files ({@code load()}) and {@code upgrade()}. With {@code noop}, applies once and
 * then times the runs that find nothing to do (the application-start cost).
 * Arguments: {@code TOOL SIZE RUNS [noop]}.
 */
public final class ProfileMain {
    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        Quiet.install();
        Tool tool = Tools.named(args[0]);
        int size = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        boolean noop = args.length > 3 && args[3].equals("noop");
        Path dir = Files.createTempDirectory("shale-profile-");
        tool.write(GeneratedWorkload.of(size), dir);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            if (noop) {
                server.createDatabase("profile");
                tool.migrate(dir, new Database(server.jdbcUrl("profile"), server.user()));
            }
            for (int r = 0; r < runs; r++) {
                String name = noop ? "profile" : "profile_" + r;
                if (!noop) {
                    server.createDatabase(name);
                }
                Database db = new Database(server.jdbcUrl(name), server.user());
                long start = System.nanoTime();
                if (tool.name().equals("shale")) {
                    Shale shale = Shale.configure().dataSource(new UrlDataSource(db.url(), db.user(), null))
                            .migrations(dir).load();
                    long loaded = System.nanoTime();
                    shale.upgrade();
                    long end = System.nanoTime();
                    System.out.printf("run %d: %.1f ms (load %.1f, upgrade %.1f)%n", r, (end - start) / 1e6,
                            (loaded - start) / 1e6, (end - loaded) / 1e6);
                } else {
                    tool.migrate(dir, db);
                    System.out.printf("run %d: %.1f ms%n", r, (System.nanoTime() - start) / 1e6);
                }
                if (!noop) {
                    server.dropDatabase(name);
                }
            }
        }
    }
}
