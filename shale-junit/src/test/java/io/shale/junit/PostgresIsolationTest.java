package io.shale.junit;

/** The default: the shared embedded PostgreSQL, no URL anywhere. */
@ShaleTest(project = Shop.PROJECT, isolation = Isolation.PER_METHOD)
class PostgresIsolationTest extends IsolationSpec {
}
