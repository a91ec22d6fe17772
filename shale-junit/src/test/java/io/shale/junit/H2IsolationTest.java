package io.shale.junit;

/** H2: in-memory databases, cleared back to the template's rows between tests. */
@ShaleTest(project = Shop.PROJECT, url = "jdbc:h2:mem:", isolation = Isolation.PER_METHOD)
class H2IsolationTest extends IsolationSpec {
}
