package io.shale.bench;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns off what is not migrating: Liquibase's analytics, banner, summary and INFO logging (SLF4J
 * users, Shale and Flyway, log to slf4j-nop). Called first in every JVM of the benchmark.
 */
final class Quiet {
    /** JUL holds loggers weakly; the level would be lost with the logger. */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    private Quiet() {
    }

    static void install() {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.hub.mode", "off");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.showSummary", "off");
        System.setProperty("liquibase.showSummaryOutput", "log");
        System.setProperty("liquibase.command.showSummary", "off");
        System.setProperty("liquibase.command.showSummaryOutput", "log");
        LIQUIBASE.setLevel(Level.WARNING);
    }
}
