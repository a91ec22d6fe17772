package io.shale.jpa;

import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.lang.reflect.InvocationTargetException;

/**
 * The Hibernate dialect that writes the DDL for a Shale engine, built by the class name the engine
 * supplies ({@link Dialect#hibernateDialect()}), so neither side names the other's engines. Each is
 * built with its no-argument constructor, at its default (oldest supported) version, since no
 * database is consulted: the DDL runs on that version and every later one.
 */
final class HibernateDialects {
    private HibernateDialects() {
    }

    /**
     * @param loader the loader Hibernate itself was loaded by (the application's, where it brings one)
     * @throws ShaleException (DB_UNSUPPORTED) when the engine names no Hibernate dialect, or one that
     *                        cannot be loaded or built from {@code loader}
     */
    static org.hibernate.dialect.Dialect forShale(Dialect dialect, ClassLoader loader) {
        String className = dialect.hibernateDialect();
        if (className == null) {
            throw unsupported(dialect, "Shale knows no Hibernate dialect for it", null);
        }
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!org.hibernate.dialect.Dialect.class.isAssignableFrom(type)) {
                throw unsupported(dialect, className + " is not a Hibernate dialect", null);
            }
            return (org.hibernate.dialect.Dialect) type.getConstructor().newInstance();
        } catch (ClassNotFoundException | LinkageError e) {
            throw unsupported(dialect, "its Hibernate dialect " + className + " is not on the class path", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw unsupported(dialect, "its Hibernate dialect " + className + " cannot be built: " + e, e);
        } catch (InvocationTargetException e) {
            throw unsupported(dialect, "its Hibernate dialect " + className + " failed to start: " + e.getCause(),
                    e.getCause());
        }
    }

    private static ShaleException unsupported(Dialect dialect, String why, Throwable cause) {
        return new ShaleException(ErrorCode.DB_UNSUPPORTED, "JPA models cannot be turned into DDL for "
                + dialect.displayName() + ": " + why,
                "use `models: { schema: ... }` with hand-written DDL for this database, or put a Hibernate ORM "
                        + "(with hibernate-community-dialects for SQLite) on the class path", cause);
    }
}
