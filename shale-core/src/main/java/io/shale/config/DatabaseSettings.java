package io.shale.config;

import io.shale.error.Redaction;
import java.util.Objects;

/**
 * Where the managed database is. {@code user}, {@code password} and {@code schema} may be null
 * (the driver's defaults apply, or credentials are in the URL).
 */
public record DatabaseSettings(String url, String user, Secret password, String schema) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
    }

    /** The URL with any password removed, safe for every message and log line. */
    public String redactedUrl() {
        String out = Redaction.url(url);
        return password == null ? out : Redaction.secret(out, password.reveal());
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + ", schema=" + schema + "]";
    }
}
