package io.shale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real three-node MariaDB Galera cluster on loopback ports, from Debian's {@code mariadb-server}
 * and {@code galera-4} packages, for the tests of Shale's lock on Galera. Node 1 bootstraps the
 * cluster ({@code --wsrep-new-cluster}) from a folder that {@code mariadb-install-db} prepared;
 * nodes 2 and 3 start empty and join through an rsync state transfer.
 *
 * <p>Run as root, every {@code mariadbd} runs as the {@code mysql} user ({@code --user=mysql}) with
 * its folders owned by that user: a root server's rsync state transfer drops to {@code nobody},
 * cannot write the joiner's folder, and the node never joins. Start it once per test class
 * ({@link #start()} takes about 20 s) and {@link #close()} it at the end.
 */
public final class GaleraCluster implements AutoCloseable {
    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final int NODES = 3;

    private final Path dir;
    private final boolean asMysqlUser;
    private final int[][] ports = new int[NODES][];
    private final Process[] processes = new Process[NODES];

    private GaleraCluster(Path dir, boolean asMysqlUser) {
        this.dir = dir;
        this.asMysqlUser = asMysqlUser;
    }

    /** Why the cluster cannot start here, or empty when the binaries are installed. */
    public static Optional<String> unavailable() {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(MARIADBD, INSTALL_DB, PROVIDER)) {
            if (!Files.isExecutable(p) && !Files.isReadable(p)) {
                missing.add(p.toString());
            }
        }
        if (Stream.of(System.getenv("PATH").split(":")).noneMatch(d -> Files.isExecutable(Path.of(d, "rsync")))) {
            missing.add("rsync");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("Galera tests need Debian's mariadb-server, galera-4 "
                + "and rsync (missing: " + String.join(", ", missing) + "); .ci/run installs them");
    }

    /** Starts three nodes and waits until all are synced in one cluster. */
    public static GaleraCluster start() {
        try {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "shale-galera-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            boolean root = "root".equals(System.getProperty("user.name"));
            GaleraCluster cluster = new GaleraCluster(dir, root);
            try {
                cluster.boot();
                return cluster;
            } catch (RuntimeException | IOException | InterruptedException e) {
                cluster.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void boot() throws IOException, InterruptedException {
        for (int i = 0; i < NODES; i++) {
            ports[i] = new int[] {freePort(), freePort(), freePort(), freePort()};
            Files.createDirectories(dir.resolve("n" + (i + 1)).resolve("data"));
        }
        if (asMysqlUser) {
            run(List.of("chown", "-R", "mysql:mysql", dir.toString()));
        }
        List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                "--datadir=" + data(1), "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (asMysqlUser) {
            install.add("--user=mysql");
        }
        run(install);
        launch(1, true);
        awaitSynced(1, 60);
        join(2);
        join(3);
        for (int node = 1; node <= NODES; node++) {
            awaitSynced(node, 120); // a donor is Desynced until its state transfer ends
        }
    }

    /**
     * Starts an empty node and waits until it has joined through a state transfer. Nodes join one
     * at a time: node 1 is the only donor, and a second joiner asking it for a state transfer while
     * it serves the first can make that joiner give up. A joiner that exits is tried once more,
     * from an empty folder on fresh ports (one of its ports may have been taken since it was
     * chosen); the second failure names the node's log and quotes its end.
     */
    private void join(int node) throws IOException, InterruptedException {
        launch(node, false);
        try {
            awaitSynced(node, 120);
        } catch (NodeExited first) {
            Path home = dir.resolve("n" + node);
            Files.move(home, dir.resolve("n" + node + "-failed"));
            Files.createDirectories(data(node));
            if (asMysqlUser) {
                run(List.of("chown", "-R", "mysql:mysql", home.toString()));
            }
            ports[node - 1] = new int[] {freePort(), freePort(), freePort(), freePort()};
            launch(node, false);
            awaitSynced(node, 120);
        }
    }

    /** The JDBC URL of database {@code database} on node {@code node} (1 to 3), as root without a password. */
    public String jdbcUrl(int node, String database) {
        return "jdbc:mariadb://127.0.0.1:" + ports[node - 1][0] + "/" + database;
    }

    public String user() {
        return "root";
    }

    public String password() {
        return "";
    }

    public Connection connect(int node, String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(node, database), user(), password());
    }

    /** Creates a database (replicated to every node in total order) and returns its name. */
    public String createDatabase(String name) throws SQLException {
        try (Connection c = connect(1, ""); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** Stops node {@code node} cleanly (SIGTERM) and waits until it is gone. */
    public void stop(int node) throws InterruptedException {
        Process p = processes[node - 1];
        if (p != null && p.isAlive()) {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        processes[node - 1] = null;
    }

    /** Starts a stopped node again; it rejoins the running cluster and catches up. */
    public void restart(int node) throws IOException, InterruptedException {
        launch(node, false);
        awaitSynced(node, 120);
    }

    private void launch(int node, boolean bootstrap) throws IOException {
        int[] p = ports[node - 1];
        Path home = dir.resolve("n" + node);
        String peers = Stream.of(ports).map(q -> "127.0.0.1:" + q[1]).collect(Collectors.joining(","));
        List<String> cmd = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
                "--datadir=" + data(node), "--socket=" + home.resolve("mysqld.sock"),
                "--pid-file=" + home.resolve("mysqld.pid"), "--port=" + p[0], "--bind-address=127.0.0.1",
                "--log-error=" + home.resolve("error.log"), "--skip-name-resolve",
                "--binlog-format=ROW", "--default-storage-engine=InnoDB", "--innodb-autoinc-lock-mode=2",
                "--innodb-log-file-size=8M", "--innodb-buffer-pool-size=32M", "--innodb-flush-log-at-trx-commit=0",
                "--wsrep-on=ON", "--wsrep-provider=" + PROVIDER, "--wsrep-cluster-name=shale_test",
                "--wsrep-cluster-address=gcomm://" + peers, "--wsrep-node-name=node" + node,
                "--wsrep-node-address=127.0.0.1:" + p[1],
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + p[1] + ";ist.recv_addr=127.0.0.1:" + p[2]
                        + ";gcache.size=16M",
                "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + p[3]));
        if (asMysqlUser) {
            cmd.add("--user=mysql");
        }
        if (bootstrap) {
            cmd.add("--wsrep-new-cluster");
        }
        processes[node - 1] = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("stdout.log").toFile()).start();
    }

    private void awaitSynced(int node, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            Process p = processes[node - 1];
            if (p == null || !p.isAlive()) {
                throw new NodeExited(node, p == null ? -1 : p.exitValue(), dir.resolve("n" + node));
            }
            try (Connection c = connect(node, ""); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW STATUS LIKE 'wsrep_local_state_comment'")) {
                last = rs.next() ? rs.getString(2) : "no wsrep status";
                if ("Synced".equals(last)) {
                    return;
                }
            } catch (SQLException e) {
                last = e.getMessage();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Galera node " + node + " not synced after " + seconds + " s (" + last
                + "); see " + dir.resolve("n" + node).resolve("error.log") + logTail(dir.resolve("n" + node)));
    }

    /** The last lines of a node's error log, for a failure message that shows why on CI. */
    private static String logTail(Path home) {
        Path log = home.resolve("error.log");
        try {
            List<String> lines = Files.readAllLines(log);
            return "\nlast lines of " + log + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return " (" + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    /** A node's process ended while the cluster waited for it. */
    private static final class NodeExited extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NodeExited(int node, int exitCode, Path home) {
            super("Galera node " + node + " exited with code " + exitCode + "; see " + home + logTail(home));
        }
    }

    private Path data(int node) {
        return dir.resolve("n" + node).resolve("data");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops every node and deletes the cluster's folders. */
    @Override
    public void close() {
        try {
            for (int i = NODES; i >= 1; i--) {
                stop(i);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder; nothing else depends on its removal.
        }
    }
}
