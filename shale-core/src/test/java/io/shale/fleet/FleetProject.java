package io.shale.fleet;

import io.shale.config.ConfigRequest;
import io.shale.migration.MigrationWriter;
import io.shale.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small project on disk for fleet tests: two migrations and a {@code shale.yaml} with {@code targets:}. */
final class FleetProject {
    static final String CREATE_ACCOUNTS = "-- migrate:up\nCREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(100));\n"
            + "-- migrate:down\nDROP TABLE accounts;\n";
    static final String CREATE_ORDERS = "-- migrate:up\nCREATE TABLE orders (id INTEGER PRIMARY KEY, "
            + "account_id INTEGER REFERENCES accounts (id));\n-- migrate:down\nDROP TABLE orders;\n";

    private FleetProject() {
    }

    /** Writes the migrations and {@code shale.yaml} (its lines) under {@code root} and loads the workspace. */
    static Workspace create(Path root, String... yaml) {
        return create(root, Map.of(), yaml);
    }

    /** As {@link #create(Path, String...)}, with more files (paths relative to {@code root}: migrations, seeds). */
    static Workspace create(Path root, Map<String, String> files, String... yaml) {
        try {
            Files.createDirectories(root.resolve("db/migrations"));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.createDirectories(root.resolve(file.getKey()).getParent());
                Files.writeString(root.resolve(file.getKey()), file.getValue());
            }
            Files.writeString(root.resolve("db/migrations/0001_create_accounts.sql"), CREATE_ACCOUNTS);
            Files.writeString(root.resolve("db/migrations/0002_create_orders.sql"), CREATE_ORDERS);
            Files.writeString(root.resolve("shale.yaml"), String.join("\n", yaml) + "\n");
            MigrationWriter.rehash(root.resolve("db/migrations"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Workspace.load(new ConfigRequest(root, null, null, Map.of(), Map.of()));
    }
}
