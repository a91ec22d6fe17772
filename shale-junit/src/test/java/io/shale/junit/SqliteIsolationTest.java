package io.shale.junit;

/** SQLite: a copy of the template file per test. */
@ShaleTest(project = Shop.PROJECT, url = "jdbc:sqlite:", isolation = Isolation.PER_METHOD)
class SqliteIsolationTest extends IsolationSpec {
}
