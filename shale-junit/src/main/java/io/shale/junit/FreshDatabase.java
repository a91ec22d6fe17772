package io.shale.junit;

import io.shale.Shale;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.junit.internal.Lease;
import io.shale.junit.internal.Project;
import io.shale.run.Confirmation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * One test's own database, and the migration-test API: start at version N ({@code @ShaleTest(version = N)}),
 * insert rows, {@link #upgradeTo} N+1, assert the rows survived, {@link #downgradeTo} N and assert again.
 * A database whose version was changed is dropped, never reused. Closing it gives it back.
 */
public final class FreshDatabase implements AutoCloseable {
    private final Lease lease;
    private final Project project;
    private final AtomicBoolean migrated = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    FreshDatabase(Lease lease, Project project) {
        this.lease = lease;
        this.project = project;
    }

    /** The database's name on its server (for SQLite, its file name). */
    public String name() {
        return lease.name();
    }

    public String url() {
        return lease.url();
    }

    /** The user to connect as; null where the URL needs none. */
    public String user() {
        return lease.user();
    }

    /** The password; null where none is needed. */
    public String password() {
        return lease.password();
    }

    /** A data source opening a new connection to this database each time. */
    public DataSource dataSource() {
        return lease.dataSource();
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return lease.dataSource().getConnection();
    }

    /** The version recorded in the history table. */
    public int version() {
        return shale().status().currentVersion();
    }

    /** Applies the migrations up to and including {@code version}. */
    public UpgradeCommand.Result upgradeTo(int version) {
        migrated.set(true);
        return shale().upgrade(new UpgradeCommand.Options(version, false, false));
    }

    /** Applies every pending migration. */
    public UpgradeCommand.Result upgrade() {
        migrated.set(true);
        return shale().upgrade();
    }

    /** Reverts the migrations above {@code version}, running their down sections. */
    public DowngradeCommand.Result downgradeTo(int version) {
        migrated.set(true);
        return shale().downgrade(new DowngradeCommand.Options(version, null, false, Confirmation.YES));
    }

    /** Shale's facade on this database, with the project's settings, for anything else. */
    public Shale shale() {
        return project.shale(lease.dataSource(), io.shale.error.Redaction.url(lease.url()));
    }

    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            lease.release().accept(migrated.get());
        }
    }

    @Override
    public String toString() {
        return "FreshDatabase[" + io.shale.error.Redaction.url(lease.url()) + "]";
    }
}
