package io.shale.dialect;

import io.shale.dialect.h2.H2DataOperations;
import io.shale.dialect.mysql.MySqlDataOperations;
import io.shale.dialect.postgres.PostgresDataOperations;
import io.shale.dialect.sqlite.SqliteDataOperations;

/** The data operations of a dialect (to become {@code Dialect.dataOperations()}). */
public final class DataOperationsFor {
    private DataOperationsFor() {
    }

    public static DataOperations dialect(Dialect dialect) {
        switch (dialect.name()) {
            case "postgresql":
                return new PostgresDataOperations();
            case "mysql":
                return new MySqlDataOperations();
            case "sqlite":
                return new SqliteDataOperations();
            case "h2":
                return new H2DataOperations();
            default:
                throw new IllegalArgumentException("No data operations for dialect " + dialect.name());
        }
    }
}
