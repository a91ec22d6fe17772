package io.shale.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a front end knows before the configuration is read.
 *
 * @param workingDirectory where the process runs; relative {@code directory} and (without it) {@code configFile}
 *                         resolve against it
 * @param directory        {@code -C DIR}, or null; when given, {@code shale.yaml} is looked for there and a
 *                         relative {@code configFile} resolves against it
 * @param configFile       {@code --config FILE}, or null to look for {@code shale.yaml} / {@code shale.yml}
 * @param environment      the process environment ({@code System.getenv()} in production)
 * @param overrides        values from command-line flags, keyed by configuration key path
 *                         ({@code database.url}, {@code lock-timeout}); list keys take comma-separated values
 */
public record ConfigRequest(
        Path workingDirectory,
        Path directory,
        Path configFile,
        Map<String, String> environment,
        Map<String, String> overrides) {

    public ConfigRequest {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
        overrides = Map.copyOf(overrides);
    }

    /**
     * The project in {@code projectDir} as the CLI would read it there: its {@code shale.yaml} (if
     * any), its {@code .env}, and the process environment's {@code SHALE_*} and {@code ${VAR}} values.
     */
    public static ConfigRequest of(Path projectDir) {
        return new ConfigRequest(projectDir.toAbsolutePath().normalize(), null, null, System.getenv(), Map.of());
    }
}
