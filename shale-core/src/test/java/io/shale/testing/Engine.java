package io.shale.testing;

/** The database engines every engine test runs on; see {@link TestDatabases}. */
public enum Engine {
    POSTGRES,
    MARIADB,
    SQLITE,
    H2
}
