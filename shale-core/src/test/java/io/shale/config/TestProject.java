package io.shale.config;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shale.error.ShaleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A project folder on disk, with the environment and flags a front end would pass. */
final class TestProject {
    final Path root;
    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private Path directory;
    private Path configFile;

    TestProject(Path root) {
        this.root = root;
    }

    TestProject yaml(String... lines) {
        return file("shale.yaml", lines);
    }

    TestProject file(String name, String... lines) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + (lines.length == 0 ? "" : "\n"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestProject env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    TestProject override(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /** {@code -C DIR}, relative to the working directory. */
    TestProject directory(String dir) {
        directory = Path.of(dir);
        return this;
    }

    /** {@code --config FILE}. */
    TestProject config(String file) {
        configFile = Path.of(file);
        return this;
    }

    ConfigRequest request() {
        return new ConfigRequest(root, directory, configFile, environment, overrides);
    }

    ShaleConfig load() {
        return new ConfigLoader().load(request());
    }

    ShaleException failure() {
        ShaleException e = catchThrowableOfType(ShaleException.class, this::load);
        if (e == null) {
            throw new AssertionError("expected a ShaleException, but the configuration loaded");
        }
        return e;
    }
}
