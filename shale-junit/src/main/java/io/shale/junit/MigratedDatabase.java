package io.shale.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or parameter that receives the test's database. Supported types:
 * {@link javax.sql.DataSource}, {@link java.sql.Connection} (opened for the test, closed after it),
 * {@link String} (the JDBC URL) and {@link FreshDatabase} (the handle, with the migration-test API).
 * Parameters of the first, second and fourth type need no annotation. Fields are set before each
 * test's {@code @BeforeEach} methods run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface MigratedDatabase {
}
