package io.shale.workspace;

import io.shale.config.ConfigRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A project on disk for workspace tests: files, environment variables and overrides, then {@link #load()}. */
final class ProjectFolder {
    static final String CREATE_USERS = "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));\n"
            + "-- migrate:down\nDROP TABLE users;\n";
    static final String CREATE_COUNTRIES = "-- migrate:up\nCREATE TABLE countries (code CHAR(2) PRIMARY KEY);\n"
            + "-- migrate:down\nDROP TABLE countries;\n";

    final Path root;
    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    ProjectFolder(Path root) {
        this.root = root;
    }

    ProjectFolder yaml(String... lines) {
        return file("shale.yaml", String.join("\n", lines) + "\n");
    }

    /** {@code db/migrations/0001_create_users.sql} and {@code 0002_create_countries.sql}. */
    ProjectFolder twoMigrations() {
        return file("db/migrations/0001_create_users.sql", CREATE_USERS)
                .file("db/migrations/0002_create_countries.sql", CREATE_COUNTRIES);
    }

    ProjectFolder file(String name, String text) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProjectFolder env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ProjectFolder override(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    Workspace load() {
        return Workspace.load(new ConfigRequest(root, null, null, environment, overrides));
    }
}
