package io.shale.config;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which config file to read and which folder relative paths resolve against.
 *
 * @param workingDirectory absolute, for showing paths relative to it
 * @param baseDir          the config file's folder, or the -C folder or working directory without one
 * @param configFile       absolute, or null when there is none (all defaults)
 */
record ConfigLocation(Path workingDirectory, Path baseDir, Path configFile) {
    static final String DEFAULT_NAME = "shale.yaml";
    static final String ALTERNATIVE_NAME = "shale.yml";

    /**
     * {@code --config} wins (resolved against {@code -C} when both are given); else {@code shale.yaml}
     * or {@code shale.yml} in the {@code -C} folder or the working directory.
     *
     * @throws ShaleException CONFIG_NOT_FOUND for a missing {@code --config} file or {@code -C} folder,
     *                        CONFIG_UNREADABLE when {@code --config} names a folder, CONFIG_BAD_VALUE when
     *                        both default names exist
     */
    static ConfigLocation find(ConfigRequest request) {
        Path workingDirectory = request.workingDirectory().toAbsolutePath().normalize();
        Path start = workingDirectory;
        if (request.directory() != null) {
            start = workingDirectory.resolve(request.directory()).normalize();
            if (!Files.isDirectory(start)) {
                throw new ShaleException(ErrorCode.CONFIG_NOT_FOUND,
                        "the folder `" + request.directory() + "` given with -C does not exist",
                        "check the path, or leave out -C to work in the current folder");
            }
        }
        if (request.configFile() != null) {
            Path file = start.resolve(request.configFile()).normalize();
            if (!Files.exists(file)) {
                throw new ShaleException(ErrorCode.CONFIG_NOT_FOUND,
                        "the config file `" + request.configFile() + "` given with --config does not exist"
                                + (request.directory() == null ? "" : " in `" + request.directory() + "`"),
                        "check the path, or leave out --config to read " + DEFAULT_NAME + " from the project folder");
            }
            if (Files.isDirectory(file)) {
                throw new ShaleException(ErrorCode.CONFIG_UNREADABLE,
                        "`" + request.configFile() + "` given with --config is a folder, not a file",
                        "name the file itself, e.g. --config " + request.configFile().resolve(DEFAULT_NAME));
            }
            return new ConfigLocation(workingDirectory, file.getParent(), file);
        }
        Path yaml = start.resolve(DEFAULT_NAME);
        Path yml = start.resolve(ALTERNATIVE_NAME);
        boolean hasYaml = Files.isRegularFile(yaml);
        boolean hasYml = Files.isRegularFile(yml);
        if (hasYaml && hasYml) {
            ConfigLocation location = new ConfigLocation(workingDirectory, start, yaml);
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                    "both " + location.show(yaml) + " and " + location.show(yml) + " exist; Shale reads only one",
                    "delete or merge one of them");
        }
        Path file = hasYaml ? yaml : hasYml ? yml : null;
        return new ConfigLocation(workingDirectory, start, file);
    }

    /** The {@code .env} file: beside the config file, or in the base folder. */
    Path dotEnvFile() {
        return baseDir.resolve(".env");
    }

    /** {@code path} as messages show it: relative to the working directory when inside it. */
    String show(Path path) {
        if (path.startsWith(workingDirectory) && !path.equals(workingDirectory)) {
            return workingDirectory.relativize(path).toString();
        }
        return path.toString();
    }
}
