package io.shale.junit;

/** On H2 the seed rows come back through clear, which restores every row the template holds. */
@ShaleTest(project = Shop.PROJECT, url = "jdbc:h2:mem:", seed = "test", isolation = Isolation.PER_METHOD)
class H2SeedSetTest extends SeedSetSpec {
}
