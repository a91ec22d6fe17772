package io.shale.junit;

import java.nio.file.Path;

/**
 * A second JVM for {@link ForkSharingTest}, as a Surefire fork would be: opens the project in
 * {@code args[0]} against the shared embedded PostgreSQL, takes one database, and prints whether it
 * built the template.
 */
public final class ForkMain {
    private ForkMain() {
    }

    public static void main(String[] args) {
        try (FreshDatabases databases = FreshDatabases.open(FreshDatabaseOptions.defaults().withProject(Path.of(args[0])));
                FreshDatabase db = databases.next()) {
            System.out.println("built=" + databases.templateBuilt() + " template=" + databases.template()
                    + " version=" + db.version());
        }
    }
}
