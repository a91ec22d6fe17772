package io.shale.junit.internal;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * Runs work while holding an exclusive lock on a file: an operating-system lock, which other JVMs wait
 * for and which dies with the process that holds it. Threads of one JVM that meet the lock held by
 * their own JVM wait and retry.
 */
final class FileLocks {
    private FileLocks() {
    }

    static <T> T withLock(Path lockFile, Supplier<T> work) {
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = acquire(channel);
                try (lock) {
                    return work.get();
                }
            }
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not lock " + lockFile + ": " + e.getMessage(),
                    "check that the folder is writable", e);
        }
    }

    private static FileLock acquire(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the lock", ie);
                }
            }
        }
    }
}
