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
 * A migrator in its own process, for the locking tests: {@code url user password dir timeoutSeconds
 * [leaseMillis heartbeatMillis pauseMillis]}. Prints {@code PLANNED n} once it holds the lock and has
 * planned n migrations (then pauses {@code pauseMillis}, for a test to kill it while it holds the lock),
 * {@code STARTED n} as each migration begins, {@code WAITED holder} when it had to wait for the
 * lock, {@code APPLIED n} at the end, or {@code FAILED CODE} and exits 1.
 */
public final class MigratorMain {
    private MigratorMain() {
    }

    public static void main(String[] args) {
        MigrationListener listener = new MigrationListener() {
            @Override
            public void planned(Direction direction, java.util.List<Migration> migrations) {
                System.out.println("PLANNED " + migrations.size());
                System.out.flush();
                if (args.length > 7) {
                    try {
                        Thread.sleep(Long.parseLong(args[7]));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void started(Direction direction, Migration migration) {
                System.out.println("STARTED " + migration.version());
                System.out.flush();
            }
        };
        try {
            var builder = Shale.configure();
            if (args.length > 6) {
                builder.lockLease(Duration.ofMillis(Long.parseLong(args[5])))
                        .lockHeartbeat(Duration.ofMillis(Long.parseLong(args[6])));
            }
            Shale shale = builder
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
