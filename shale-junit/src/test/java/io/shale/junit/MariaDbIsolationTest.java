package io.shale.junit;

/** MariaDB through the embedded MariaDB: a pool of migrated databases, cleared back to the template's rows. */
@ShaleTest(project = Shop.PROJECT, url = "embedded:mariadb", isolation = Isolation.PER_METHOD)
class MariaDbIsolationTest extends IsolationSpec {
}
