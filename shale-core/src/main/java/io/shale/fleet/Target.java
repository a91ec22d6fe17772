package io.shale.fleet;

import io.shale.config.Secret;
import io.shale.error.Redaction;
import java.util.Objects;

/**
 * One database (or one schema of one) that a fleet command runs on: a {@code targets:} entry, or
 * one that a generator found.
 *
 * @param name        unique among the targets; what {@code --target}, {@code --shard} and reports use
 * @param group       the {@code targets:} entry it came from (its own name for a plain target)
 * @param url         the JDBC URL, without the schema
 * @param user        user name, or null
 * @param password    password, or null
 * @param schema      the schema holding its objects and history tables, or null for the database's default
 * @param environment its environment, or null for the project's {@code environment:}
 */
public record Target(String name, String group, String url, String user, Secret password, String schema,
                     String environment) {
    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(url, "url");
    }

    /** How messages name it: its name and its URL without a password, plus the schema. */
    public String describe() {
        String shown = Redaction.url(url);
        if (password != null) {
            shown = Redaction.secret(shown, password.reveal());
        }
        return name + " (" + shown + (schema == null ? "" : ", schema " + schema) + ")";
    }

    @Override
    public String toString() {
        return "Target[" + describe() + "]";
    }
}
