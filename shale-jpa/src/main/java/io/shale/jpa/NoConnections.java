package io.shale.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The connection provider Hibernate gets while it writes the models' DDL: there is no database, and
 * should Hibernate ever ask for one, it is told so instead of trying a default URL.
 */
final class NoConnections implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("Shale turns JPA entities into DDL without a database connection");
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("NoConnections wraps nothing");
    }
}
