package io.shale.command;

import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;

import io.shale.Shale;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.Migration;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A migrator in its own process, for the locking tests: {@code url user password dir timeoutSeconds}.
 * Prints {@code STARTED n} as each migration begins, {@code WAITED holder} when it had to wait for the
 * lock, {@code APPLIED n} at the end, or {@code FAILED CODE} and exits 1.
 */
public final class MigratorMain {
    private MigratorMain() {
    }

    public static void main(String[] args) {
        MigrationListener listener = new MigrationListener() {
            @Override
            public void started(Direction direction, Migration migration) {
                System.out.println("STARTED " + migration.version());
                System.out.flush();
            }
        };
        try {
            Shale shale = Shale.configure()
                    .dataSource(new UrlDataSource(args[0], args[1].isEmpty() ? null : args[1], args[2]))
                    .migrations(Path.of(args[3]))
                    .lockTimeout(Duration.ofSeconds(Long.parseLong(args[4])))
                    .listener(listener)
                    .load();
            UpgradeCommand.Result r = shale.upgrade();
            if (r.lockHolder() != null) {
                System.out.println("WAITED " + r.lockHolder());
            }
            System.out.println("APPLIED " + r.applied().size());
            System.exit(0);
        } catch (ShaleException e) {
            System.out.println("FAILED " + e.code() + " " + e.getMessage());
            System.exit(1);
        }
    }
}
