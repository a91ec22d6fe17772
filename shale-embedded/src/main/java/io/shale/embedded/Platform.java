package io.shale.embedded;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The operating systems and processors that engine binaries are published for on Maven Central,
 * named as zonky names its artifacts. The same choice is made at build time by the profiles of
 * {@code shale-embedded/pom.xml} (from the build machine's {@code os.name} and {@code os.arch}, or
 * {@code -Dshale.platform=ID}); this class makes it at run time from the running JVM's properties.
 */
enum Platform {
    LINUX_AMD64("linux-amd64", "Linux x86-64", "linux", "x86_64"),
    LINUX_ARM64V8("linux-arm64v8", "Linux ARM64", "linux", "arm_64"),
    DARWIN_AMD64("darwin-amd64", "macOS on Intel", "darwin", "x86_64"),
    DARWIN_ARM64V8("darwin-arm64v8", "macOS on Apple silicon", "darwin", "arm_64"),
    WINDOWS_AMD64("windows-amd64", "Windows x86-64", "windows", "x86_64");

    private final String id;
    private final String description;
    private final String system;
    private final String processor;

    Platform(String id, String description, String system, String processor) {
        this.id = id;
        this.description = description;
        this.system = system;
        this.processor = processor;
    }

    /** The running JVM's platform. @throws EmbeddedStartException on a platform with no binaries */
    static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * The platform for the values of {@code os.name} and {@code os.arch}; a pure function.
     *
     * @throws EmbeddedStartException naming both values when no binaries are published for them
     */
    static Platform of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux") && x64) {
            return LINUX_AMD64;
        }
        if (os.startsWith("linux") && arm64) {
            return LINUX_ARM64V8;
        }
        if ((os.startsWith("mac") || os.startsWith("darwin")) && x64) {
            return DARWIN_AMD64;
        }
        if ((os.startsWith("mac") || os.startsWith("darwin")) && arm64) {
            return DARWIN_ARM64V8;
        }
        if (os.startsWith("windows") && x64) {
            return WINDOWS_AMD64;
        }
        throw new EmbeddedStartException(
                "No embedded database binaries exist for this platform (os.name '" + osName + "', os.arch '"
                        + osArch + "'); they are published for " + supported() + ".",
                "Configure a database of your own (database.url in shale.yaml) instead of the embedded one.");
    }

    /** zonky's artifact suffix and the value of {@code -Dshale.platform}: {@code darwin-arm64v8}. */
    String id() {
        return id;
    }

    /** For people: {@code macOS on Apple silicon}. */
    String description() {
        return description;
    }

    /** The PostgreSQL archive zonky's jar for this platform holds: {@code postgres-darwin-arm_64.txz}. */
    String postgresArchive() {
        return "postgres-" + system + "-" + processor + ".txz";
    }

    /** The file name of a program: {@code .exe} appended on Windows. */
    String executable(String program) {
        return this == WINDOWS_AMD64 ? program + ".exe" : program;
    }

    @Override
    public String toString() {
        return description + " (" + id + ")";
    }

    private static String supported() {
        return Arrays.stream(values()).map(Platform::toString).collect(Collectors.joining(", "));
    }
}
