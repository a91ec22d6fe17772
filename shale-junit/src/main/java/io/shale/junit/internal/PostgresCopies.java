package io.shale.junit.internal;

import io.shale.dialect.DataOperations;
import io.shale.dialect.Dialect;
import io.shale.dialect.JdbcUrls;
import io.shale.dialect.MigrationLock;
import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL: a template database per {@link TemplateKey} ({@code shale_jt_KEY}), built once per server
 * and reused by every JVM, and copies of it ({@code CREATE DATABASE ... TEMPLATE}) made ahead of demand
 * in the background, the ready-spare idea of {@code reset}: a test takes a copy that exists already, so
 * its database costs a queue poll; when none is ready it copies the template itself.
 *
 * <p>Across JVMs: the template is built under a session advisory lock on the server (dies with the
 * session), under the name {@code shale_jb_KEY}, and renamed to {@code shale_jt_KEY} only when the
 * migrations and seeds have all run, so no JVM ever copies a half-built template; a crashed builder
 * leaves only a {@code shale_jb_} database, which the next builder drops. Copies carry the process id
 * ({@code shale_jc_KEY8_PID_INSTANCExN}); on the shared embedded server, copies of processes that are gone are
 * dropped at start.
 */
final class PostgresCopies implements Copies {
    private static final String OBJECT_IN_USE = "55006";
    /** Copies made at once: a copy is mostly the server's I/O and checkpoint, so two overlap well. */
    private static final int COPY_THREADS = 2;

    private final Project project;
    private final Server server;
    private final UrlDataSource admin;
    private final DataOperations ops;
    private final String template;
    private final String copyPrefix;
    private final boolean built;
    private final int spares;
    private final ConcurrentLinkedQueue<String> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger making = new AtomicInteger();
    private final AtomicLong counter = new AtomicLong();
    /** Tells apart the copies of two instances of one JVM (two option sets with the same template). */
    private final String instance = Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current()
            .nextInt(0x100000, 0xffffff));
    private final ExecutorService background;
    private final ExecutorService drops;
    private final String copyClause;

    /**
     * @param server         any database of the server, with credentials that may create databases
     * @param sameHost       true when every client of the server runs on this host (the embedded server):
     *                       then copies left by dead processes are dropped
     */
    @SuppressWarnings("try") // the lock is held for the duration of the block, never read
    PostgresCopies(Project project, Server server, Dialect dialect, boolean sameHost, int spares) {
        this.project = project;
        this.server = server;
        this.admin = server.dataSource().withUrl(JdbcUrls.replaceDatabase(server.url(),
                dialect.dataOperations().maintenanceDatabase()));
        this.ops = dialect.dataOperations();
        String key = TemplateKey.of(project);
        this.template = "shale_jt_" + key;
        this.copyPrefix = "shale_jc_" + key.substring(0, 8) + "_";
        this.spares = spares;
        this.background = daemonThreads("shale-junit-copies-" + key.substring(0, 8), COPY_THREADS);
        this.drops = daemonThreads("shale-junit-drops-" + key.substring(0, 8), 1);
        try (Connection c = Connections.open(admin, Redaction.url(admin.url()))) {
            try (MigrationLock.Held lock = dialect.lock().acquire(c, admin::getConnection,
                    new MigrationLock.Target("shale-junit/" + template, project.config().metaTable()),
                    project.config().lockTimeout(), holder -> { })) {
                this.built = ensureTemplate(c, key);
            }
            if (sameHost) {
                dropCopiesOfDeadProcesses(c);
            }
            this.copyClause = " TEMPLATE " + ops.quote(template) + (fileCopy(c) ? " STRATEGY FILE_COPY" : "");
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not prepare the template " + template + " on "
                    + Redaction.url(admin.url()) + ": " + e.getMessage(),
                    "the user needs the right to create databases (CREATEDB)", e);
        }
        refill();
    }

    private static ExecutorService daemonThreads(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Whether the server copies with {@code STRATEGY FILE_COPY} (PostgreSQL 15+): a file copy and a
     * checkpoint, several times faster for a small template than the default, which writes every block
     * of the copy, the system catalogs included, to the WAL.
     */
    private static boolean fileCopy(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SHOW server_version_num")) {
            return rs.next() && Integer.parseInt(rs.getString(1)) >= 150000;
        }
    }

    /** Builds the template under its temporary name and renames it when complete; true when built now. */
    private boolean ensureTemplate(Connection c, String key) throws SQLException {
        if (!ops.databasesNamed(c, template).isEmpty()) {
            return false;
        }
        String building = "shale_jb_" + key;
        ops.recreateDatabase(c, building, null);
        UrlDataSource target = admin.withUrl(JdbcUrls.replaceDatabase(admin.url(), building));
        try {
            project.build(target, Redaction.url(target.url()));
        } catch (RuntimeException e) {
            ops.dropDatabase(c, building);
            throw e;
        }
        retryWhileInUse(() -> execute(c, "ALTER DATABASE " + ops.quote(building) + " RENAME TO " + ops.quote(template)));
        return true;
    }

    private void dropCopiesOfDeadProcesses(Connection c) throws SQLException {
        for (String name : ops.databasesNamed(c, "shale_jc_")) {
            String[] parts = name.split("_");
            if (parts.length == 5) {
                try {
                    long pid = Long.parseLong(parts[3]);
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    ops.dropDatabase(c, name);
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
    }

    @Override
    public Lease next() {
        String name = ready.poll();
        if (name == null) {
            name = newName();
            try {
                copy(name);
            } catch (SQLException e) {
                throw new ShaleException(ErrorCode.DB_ERROR, "Could not copy the template " + template + " to " + name
                        + ": " + e.getMessage(), "check the server's log at " + Redaction.url(admin.url()), e);
            }
        }
        refill();
        String copy = name;
        return new Lease(copy, JdbcUrls.replaceDatabase(server.url(), copy), server.user(), server.password(),
                changed -> drop(copy));
    }

    private String newName() {
        return copyPrefix + ProcessHandle.current().pid() + "_" + instance + "x" + counter.incrementAndGet();
    }

    /** Keeps {@code spares} copies ready or on their way, one at a time in the background. */
    private void refill() {
        while (ready.size() + making.get() < spares) {
            making.incrementAndGet();
            try {
                background.execute(() -> {
                    try {
                        String name = newName();
                        copy(name);
                        ready.add(name);
                    } catch (SQLException | RuntimeException e) {
                        // best effort: next() copies the template itself when no spare is ready
                    } finally {
                        making.decrementAndGet();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                making.decrementAndGet();
                return;
            }
        }
    }

    private void copy(String name) throws SQLException {
        try (Connection c = admin.getConnection()) {
            // right after the build, the builder's sessions on the template may still be closing
            retryWhileInUse(() -> execute(c, "CREATE DATABASE " + ops.quote(name) + copyClause));
        }
    }

    private void drop(String name) {
        try {
            drops.execute(() -> dropNow(name));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            dropNow(name);
        }
    }

    private void dropNow(String name) {
        try (Connection c = admin.getConnection()) {
            ops.dropDatabase(c, name);
        } catch (SQLException e) {
            // a copy left behind is dropped by the next run on this host (its process is gone by then)
        }
    }

    @Override
    public boolean awaitReady(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ready.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            refill();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public String template() {
        return template;
    }

    @Override
    public boolean templateBuilt() {
        return built;
    }

    @Override
    public void close() {
        background.shutdown();
        drops.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
            drops.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String name = ready.poll(); name != null; name = ready.poll()) {
            dropNow(name);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** PostgreSQL refuses to copy or rename a database while a session is on it; closing sessions take a moment. */
    private static void retryWhileInUse(SqlAction action) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                action.run();
                return;
            } catch (SQLException e) {
                if (!OBJECT_IN_USE.equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
