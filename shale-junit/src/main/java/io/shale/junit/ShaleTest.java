package io.shale.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a database migrated by Shale, copied from a template built once per state of
 * the migration files (and seed set), and injects it into fields and parameters annotated
 * {@link MigratedDatabase} (or typed {@link javax.sql.DataSource}, {@link java.sql.Connection} or
 * {@link FreshDatabase}).
 *
 * <pre>{@code
 * @ShaleTest(isolation = Isolation.PER_METHOD, seed = "test")
 * class OrderRepositoryTest {
 *     @MigratedDatabase DataSource db;
 *
 *     @Test
 *     void savesAnOrder(Connection connection) { ... }
 * }
 * }</pre>
 *
 * Every attribute is optional; an empty string means "not given". Where the database comes from, first
 * match wins: {@link #url()}; the JUnit configuration parameter (or system property) {@code shale.junit.url},
 * with {@code shale.junit.user} and {@code shale.junit.password}; {@code database:} in {@code shale.yaml};
 * else the embedded PostgreSQL shared by every JVM of the build under {@code target/shale-junit/postgres}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ShaleExtension.class)
public @interface ShaleTest {
    /** The project folder holding {@code shale.yaml}; default the working directory. */
    String project() default "";

    /** The config file, relative to {@link #project()}; default {@code shale.yaml} or {@code shale.yml}. */
    String config() default "";

    /** The migrations folder, relative to the project folder; default {@code migrations:} of the config. */
    String migrations() default "";

    /**
     * A JDBC URL of a server (or SQLite/H2 URL) on which Shale may create and drop its own test
     * databases; {@code embedded:postgres} or {@code embedded:mariadb} for an embedded server.
     */
    String url() default "";

    String user() default "";

    String password() default "";

    /** The version the database is migrated to; -1 for the latest. */
    int version() default -1;

    /** A seed set ({@code seeds/NAME/}) loaded once into the template. Needs the latest version. */
    String seed() default "";

    Isolation isolation() default Isolation.PER_CLASS;
}
