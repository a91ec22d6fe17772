package io.shale.junit;

@ShaleTest(project = Shop.PROJECT, version = 2, isolation = Isolation.PER_METHOD)
class PostgresMigrationStepsTest extends MigrationStepsSpec {
}
