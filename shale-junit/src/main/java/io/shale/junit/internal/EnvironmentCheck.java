package io.shale.junit.internal;

import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import javax.sql.DataSource;

/**
 * Refuses to make or drop test databases on a server that belongs to a protected environment: when the
 * configured environment is protected, or when the configured database says (in its meta table) that
 * it is. Checked before anything is created, so nothing is ever dropped beside a production database.
 */
final class EnvironmentCheck {
    private EnvironmentCheck() {
    }

    /** The configured environment alone: for every engine, before any connection. */
    static void configured(Project project, String where) {
        if (project.config().environmentIsProtected()) {
            throw refusal(where, project.config().environment(), "the configuration");
        }
    }

    /** The environment stored in the database at {@code url}, which must exist and be reachable. */
    static void stored(Project project, DataSource database, String url) {
        String stored = project.shale(database, Redaction.url(url)).status().environment();
        if (stored != null && project.config().protectedEnvironments().contains(stored)) {
            throw refusal(Redaction.url(url), stored, "the database's " + project.config().metaTable() + " table");
        }
    }

    private static ShaleException refusal(String where, String environment, String source) {
        return new ShaleException(ErrorCode.PROTECTED_ENVIRONMENT, "Refusing to create test databases beside "
                + where + ": environment '" + environment + "' (from " + source + ") is protected",
                "point the tests at a test server: set the URL on @ShaleTest(url = ...) or the system property "
                        + ProjectLoader.URL_PROPERTY + ", or leave it out to use the embedded PostgreSQL");
    }
}
