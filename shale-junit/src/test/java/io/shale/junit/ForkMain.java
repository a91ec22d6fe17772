package io.shale.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second JVM for {@link ForkSharingTest} and {@link ServerLifetimeTest}, as a Surefire fork would be:
 * opens the project in {@code args[0]} against the shared embedded PostgreSQL (in the state folder
 * {@code args[1]} when given, else the default), takes one database, and prints two lines: where the
 * server's pid and standard streams are, then whether this JVM built the template.
 */
public final class ForkMain {
    private ForkMain() {
    }

    public static void main(String[] args) throws IOException {
        FreshDatabaseOptions options = FreshDatabaseOptions.defaults().withProject(Path.of(args[0]));
        if (args.length > 1) {
            options = options.withStateDirectory(Path.of(args[1]));
        }
        try (FreshDatabases databases = FreshDatabases.open(options); FreshDatabase db = databases.next()) {
            Path data = Path.of("").toAbsolutePath().resolve(options.stateDirectory()).resolve("postgres");
            String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            System.out.println("pid=" + pid + " stdout=" + link("/proc/" + pid + "/fd/1")
                    + " stderr=" + link("/proc/" + pid + "/fd/2"));
            System.out.println("built=" + databases.templateBuilt() + " template=" + databases.template()
                    + " version=" + db.version());
        }
    }

    /** Where a file descriptor of another process points ({@code pipe:[...]} for a pipe), or "?" off Linux. */
    private static String link(String fd) {
        try {
            return Files.readSymbolicLink(Path.of(fd)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
