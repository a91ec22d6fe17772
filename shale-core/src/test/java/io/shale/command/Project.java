package io.shale.command;

import io.shale.run.MigrationListener;

import io.shale.Shale;
import io.shale.migration.MigrationWriter;
import io.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A small builder for a migrations folder and the {@link Shale} that runs it against a test database. */
final class Project {
    private final Path dir;
    private final TestDatabase db;
    private String environment = "development";

    Project(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
    }

    Path dir() {
        return dir;
    }

    /** Writes {@code NNNN_name.sql} with the given sections (null down = no down section) and rehashes. */
    Project migration(int version, String name, String up, String down) {
        return file(String.format("%04d_%s.sql", version, name),
                "-- migrate:up\n" + up + "\n" + (down == null ? "" : "-- migrate:down\n" + down + "\n"));
    }

    Project file(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MigrationWriter.rehash(dir);
        return this;
    }

    Project delete(String name) {
        try {
            Files.delete(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MigrationWriter.rehash(dir);
        return this;
    }

    Project environment(String environment) {
        this.environment = environment;
        return this;
    }

    Shale shale() {
        return shale(MigrationListener.NONE);
    }

    Shale shale(MigrationListener listener) {
        return Shale.configure().dataSource(db.dataSource()).migrations(dir).environment(environment)
                .lockTimeout(Duration.ofSeconds(30)).listener(listener).load();
    }
}
