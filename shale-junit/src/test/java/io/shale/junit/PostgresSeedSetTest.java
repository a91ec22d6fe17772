package io.shale.junit;

@ShaleTest(project = Shop.PROJECT, seed = "test", isolation = Isolation.PER_METHOD)
class PostgresSeedSetTest extends SeedSetSpec {
}
