package io.shale.junit.internal;

import io.shale.embedded.DevServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who uses a shared embedded PostgreSQL, so that the last JVM to leave stops it and no server outlives
 * the build. Every JVM that uses the server on {@code DIR/postgres} holds a shared lock on
 * {@code DIR/postgres.users} until it exits; at exit (a shutdown hook) it releases that lock and tries
 * for the exclusive one: getting it means no other JVM uses the server, so it stops it
 * ({@code pg_ctl stop -m fast}) while still holding the exclusive lock. A JVM that arrives meanwhile
 * waits for its shared lock, then finds the server stopped and starts it again; the data folder, and so
 * every template, stays. The locks are the operating system's: a JVM that crashes loses its share with
 * it, and the server is stopped by the next JVM that leaves.
 *
 * <p>The shares are kept in a JVM-wide map on purpose: a file lock belongs to the process, not to an
 * object (a second lock on the same file from the same JVM throws, and closing another channel on it
 * may drop the process's locks), so the bookkeeping has to be one per JVM and data directory as well.
 */
final class ServerUsers {
    private static final ConcurrentMap<Path, FileLock> SHARES = new ConcurrentHashMap<>();

    private ServerUsers() {
    }

    /**
     * Makes this JVM a user of the server on {@code dataDirectory} for the rest of its life, waiting
     * while another JVM stops it. Returns at once when this JVM already is one. Call it before looking
     * whether the server runs.
     */
    static void join(Path dataDirectory) {
        SHARES.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), ServerUsers::share);
    }

    /** The lock file of the server on {@code dataDirectory}: {@code postgres.users} beside {@code postgres}. */
    static Path lockFile(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + ".users");
    }

    private static FileLock share(Path data) {
        Path file = lockFile(data);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock share = channel.lock(0, Long.MAX_VALUE, true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> leave(data, share), "shale-junit-leave-postgres"));
            return share;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not lock " + file + ": " + e.getMessage(),
                    "check that " + file.getParent() + " is writable", e);
        }
    }

    /** At JVM exit: stop the server if no other JVM uses it. Never throws: the JVM is going away. */
    private static void leave(Path data, FileLock share) {
        FileChannel channel = share.channel();
        try {
            share.release();
            FileLock sole = channel.tryLock(0, Long.MAX_VALUE, false);
            if (sole != null) {
                try (sole) {
                    DevServer.stop(data);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("shale-junit: could not stop the embedded PostgreSQL on " + data + ": " + e.getMessage()
                    + " (stop it with `shale dev stop`, or kill the pid in " + data.resolve("postmaster.pid") + ")");
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release: the lock goes with the channel or the process
            }
        }
    }
}
