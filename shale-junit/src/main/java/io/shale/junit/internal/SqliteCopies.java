package io.shale.junit.internal;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SQLite: the template is a file, {@code STATE/sqlite/shale_jt_KEY.db}, and each test gets a copy of it.
 * Across JVMs the template is built under a file lock, as {@code .building}, and moved into place
 * atomically when complete, so no JVM copies a half-built file. Copies are deleted when released.
 * The configured SQLite URL only chooses the engine: test databases never touch its file.
 */
final class SqliteCopies implements Copies {
    private final Path template;
    private final Path copies;
    private final boolean built;
    private final AtomicLong counter = new AtomicLong();
    /** Tells apart the copies of two instances of one JVM. */
    private final String instance = Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current()
            .nextInt(0x100000, 0xffffff));

    SqliteCopies(Project project) {
        Path folder = project.stateDirectory().resolve("sqlite");
        String key = TemplateKey.of(project);
        this.template = folder.resolve("shale_jt_" + key + ".db");
        this.copies = folder.resolve("copies");
        this.built = FileLocks.withLock(folder.resolve("shale_jt_" + key + ".lock"), () -> {
            if (Files.exists(template)) {
                return false;
            }
            Path building = folder.resolve("shale_jt_" + key + ".building");
            try {
                deleteWithJournals(building);
                String url = "jdbc:sqlite:" + building;
                project.build(new UrlDataSource(url, null, null), url);
                Files.move(building, template, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (IOException e) {
                throw failure("build the template " + template, e);
            } finally {
                deleteWithJournals(building);
            }
        });
    }

    @Override
    public Lease next() {
        Path copy = copies.resolve(template.getFileName().toString().replace("shale_jt_", "shale_jc_")
                .replace(".db", "_" + ProcessHandle.current().pid() + "_" + instance + "x" + counter.incrementAndGet() + ".db"));
        try {
            Files.createDirectories(copies);
            Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure("copy the template " + template + " to " + copy, e);
        }
        return new Lease(copy.getFileName().toString(), "jdbc:sqlite:" + copy, null, null,
                changed -> deleteWithJournals(copy));
    }

    private static void deleteWithJournals(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // a file left in target/ is harmless; the next build's clean removes it
            }
        }
    }

    private static ShaleException failure(String what, IOException e) {
        return new ShaleException(ErrorCode.DB_ERROR, "Could not " + what + ": " + e.getMessage(),
                "check that the folder is writable and the disk not full", e);
    }

    @Override
    public String template() {
        return template.toString();
    }

    @Override
    public boolean templateBuilt() {
        return built;
    }

    @Override
    public void close() {
        // every copy is deleted when its test releases it
    }
}
