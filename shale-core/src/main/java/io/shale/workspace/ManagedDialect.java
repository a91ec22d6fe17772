package io.shale.workspace;

import io.shale.config.DatabaseSettings;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Which engine the managed database is, asked of the URL where there is one. */
final class ManagedDialect {
    private ManagedDialect() {
    }

    /**
     * @param database    the configured database, or null
     * @param given       a data source given in code, or null
     * @param description how messages name {@code given}
     * @throws io.shale.error.ShaleException DB_UNSUPPORTED for an unknown engine; a connection error when a
     *                                       data source without URL cannot be reached
     */
    static Dialect of(DatabaseSettings database, DataSource given, String description,
                      Supplier<String> defaultDatabaseUrl) {
        if (database != null) {
            return Dialects.forUrl(database.url());
        }
        if (given instanceof UrlDataSource url) {
            return Dialects.forUrl(url.url());
        }
        if (given == null) {
            return Dialects.forUrl(defaultDatabaseUrl.get());
        }
        try (Connection connection = Connections.open(given, description)) {
            return Dialects.detect(connection);
        } catch (SQLException e) {
            throw Connections.translate(e, description);
        }
    }
}
