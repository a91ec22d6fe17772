package io.shale.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small projects on a SQLite file that several CLI tests run commands in; the caller runs `hash`. */
public final class CliProjects {
    private CliProjects() {
    }

    /** Two reversible migrations: users, then roles with one reference row. */
    public static void twoMigrations(Path dir) throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_create_users.sql"),
                "-- migrate:up\nCREATE TABLE users (id integer PRIMARY KEY, name text);\n"
                        + "-- migrate:down\nDROP TABLE users;\n");
        Files.writeString(migrations.resolve("0002_add_roles.sql"),
                "-- migrate:up\nCREATE TABLE roles (code text PRIMARY KEY);\n"
                        + "INSERT INTO roles VALUES ('admin');\n-- migrate:down\nDROP TABLE roles;\n");
    }

    /**
     * Roles (reference data), users and posts, a purge rule {@code test-users} on users' email prefix,
     * and a seed set {@code dev} of two users (func-test-1, real-2) with a post each.
     */
    public static void lifecycle(Path dir) throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n"
                + "reference-data: [roles]\npurge:\n  test-users:\n    table: users\n"
                + "    where: \"email LIKE :prefix || '%'\"\n    params: [prefix]\n");
        Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(dir.resolve("db/migrations/0001_init.sql"), "-- migrate:up\n"
                + "CREATE TABLE roles (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO roles VALUES (1, 'admin');\n"
                + "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, role_id INTEGER REFERENCES roles(id));\n"
                + "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id));\n");
        Files.createDirectories(dir.resolve("db/seeds/dev"));
        Files.writeString(dir.resolve("db/seeds/dev/01.sql"), "INSERT INTO users VALUES (1, 'func-test-1', 1);\n"
                + "INSERT INTO users VALUES (2, 'real-2', 1);\nINSERT INTO posts VALUES (10, 1);\n"
                + "INSERT INTO posts VALUES (20, 2);\n");
    }
}
