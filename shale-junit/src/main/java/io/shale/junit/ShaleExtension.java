package io.shale.junit;

import io.shale.junit.internal.ProjectLoader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link ShaleTest}. Per JVM it opens one {@link FreshDatabases} per
 * distinct set of options (kept in the root store, closed when the run ends), so the template is
 * built or found once; per test class ({@link Isolation#PER_CLASS}) or per test method
 * ({@link Isolation#PER_METHOD}) it takes a fresh database and gives it back afterwards. Every failure
 * to prepare the database (config, migrations folder, a failing migration, a protected environment) is
 * the {@link io.shale.error.ShaleException} itself, with its code and hint, failing the class.
 * Safe under JUnit's parallel execution: each test method's database is its own.
 *
 * <p>Where no URL is on the annotation, the JUnit configuration parameters {@code shale.junit.url},
 * {@code shale.junit.user} and {@code shale.junit.password} (from {@code junit-platform.properties} or
 * system properties of the same names) name the server.
 */
public final class ShaleExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(ShaleExtension.class);
    private static final String DATABASE = "database";

    @Override
    public void beforeAll(ExtensionContext context) {
        ShaleTest test = annotation(context);
        FreshDatabases databases = databases(context, test);
        if (test.isolation() == Isolation.PER_CLASS && context.getStore(NAMESPACE).get(DATABASE) == null) {
            context.getStore(NAMESPACE).put(DATABASE, new Closing(databases.next()));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        ShaleTest test = annotation(context);
        if (test.isolation() == Isolation.PER_METHOD) {
            context.getStore(NAMESPACE).put(DATABASE, new Closing(databases(context, test).next()));
        }
        FreshDatabase db = current(context).orElseThrow();
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : AnnotationSupport.findAnnotatedFields(instance.getClass(), MigratedDatabase.class)) {
                if (Modifier.isStatic(field.getModifiers())) {
                    throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("@MigratedDatabase field "
                            + field + " is static: the database changes per class or test, so declare it an instance field");
                }
                field.setAccessible(true);
                try {
                    field.set(instance, valueFor(field.getType(), field.toString(), db, context));
                } catch (IllegalAccessException e) {
                    throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("cannot set " + field, e);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter p = parameterContext.getParameter();
        Class<?> type = p.getType();
        return type == DataSource.class || type == Connection.class || type == FreshDatabase.class
                || (type == String.class && parameterContext.isAnnotated(MigratedDatabase.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter p = parameterContext.getParameter();
        FreshDatabase db = current(extensionContext).orElseThrow(() -> new ParameterResolutionException(
                "No database for parameter " + p + " yet: with Isolation.PER_METHOD each test method gets its own,"
                        + " so only test methods and @BeforeEach/@AfterEach methods can receive it; use"
                        + " Isolation.PER_CLASS to receive it in @BeforeAll"));
        try {
            return valueFor(p.getType(), p.toString(), db, extensionContext);
        } catch (SQLException e) {
            throw new ParameterResolutionException("Could not connect to " + db + " for " + p + ": " + e.getMessage(), e);
        }
    }

    private static Object valueFor(Class<?> type, String what, FreshDatabase db, ExtensionContext context)
            throws SQLException {
        if (type == DataSource.class) {
            return db.dataSource();
        }
        if (type == FreshDatabase.class) {
            return db;
        }
        if (type == String.class) {
            return db.url();
        }
        if (type == Connection.class) {
            Connection connection = db.connect();
            // closed when the test (or class) ends, before its database is given back (stores close in reverse order)
            context.getStore(NAMESPACE).put(new Object(), new Closing(connection));
            return connection;
        }
        throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("@MigratedDatabase " + what
                + " has type " + type.getName() + "; use DataSource, Connection, String (the URL) or FreshDatabase");
    }

    private static Optional<FreshDatabase> current(ExtensionContext context) {
        Closing closing = context.getStore(NAMESPACE).get(DATABASE, Closing.class);
        return closing == null ? Optional.empty() : Optional.of((FreshDatabase) closing.resource);
    }

    private static FreshDatabases databases(ExtensionContext context, ShaleTest test) {
        FreshDatabaseOptions options = FreshDatabaseOptions.of(test);
        Optional<String> configured = context.getConfigurationParameter(ProjectLoader.URL_PROPERTY);
        if (options.url() == null && configured.isPresent()) {
            options = options.withUrl(configured.get(),
                    context.getConfigurationParameter(ProjectLoader.USER_PROPERTY).orElse(null),
                    context.getConfigurationParameter(ProjectLoader.PASSWORD_PROPERTY).orElse(null));
        }
        Closing closing = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(options, o -> new Closing(FreshDatabases.open(o)), Closing.class);
        return (FreshDatabases) closing.resource;
    }

    /** The {@link ShaleTest} of the class, of a superclass, or of an enclosing class of a {@code @Nested} one. */
    private static ShaleTest annotation(ExtensionContext context) {
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Optional<ShaleTest> found = AnnotationSupport.findAnnotation(c, ShaleTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new org.junit.jupiter.api.extension.ExtensionConfigurationException(
                "ShaleExtension needs @ShaleTest on " + context.getRequiredTestClass().getName()
                        + " (register it through @ShaleTest rather than @ExtendWith)");
    }

    /**
     * A value the store closes when its context ends. Both interfaces: JUnit 5 closes
     * {@code CloseableResource}s, JUnit 6 and 5.13+ any {@code AutoCloseable}; closing twice is harmless.
     */
    @SuppressWarnings("deprecation")
    private static final class Closing implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final AutoCloseable resource;
        private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

        Closing(AutoCloseable resource) {
            this.resource = resource;
        }

        @Override
        public void close() {
            if (!closed.getAndSet(true)) {
                try {
                    resource.close();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("Could not close " + resource + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
