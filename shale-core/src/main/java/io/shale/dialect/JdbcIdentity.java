package io.shale.dialect;

import io.shale.error.Redaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Builds a {@link DatabaseIdentity} from driver metadata alone, without a query. */
public final class JdbcIdentity {
    private JdbcIdentity() {
    }

    public static DatabaseIdentity of(Dialect dialect, Connection connection, String database) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String user = meta.getUserName();
        return new DatabaseIdentity(dialect.name(), meta.getDatabaseProductVersion(), database,
                user == null || user.isEmpty() ? null : user, Redaction.url(meta.getURL()));
    }
}
