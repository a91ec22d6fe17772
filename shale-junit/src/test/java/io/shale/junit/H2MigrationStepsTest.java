package io.shale.junit;

/** H2 reuses cleared databases: one whose version a test changed must be dropped, not cleared. */
@ShaleTest(project = Shop.PROJECT, url = "jdbc:h2:mem:", version = 2, isolation = Isolation.PER_METHOD)
class H2MigrationStepsTest extends MigrationStepsSpec {
}
