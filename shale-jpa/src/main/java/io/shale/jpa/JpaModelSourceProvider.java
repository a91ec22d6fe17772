package io.shale.jpa;

import io.shale.command.generate.ModelSource;
import io.shale.config.ModelsSettings;
import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.ModelSourceProvider;

/**
 * Serves {@code models: { jpa: ... }} to a workspace as {@link JpaModels}. Registered in
 * {@code META-INF/services/io.shale.workspace.ModelSourceProvider}, so that having shale-jpa on the
 * class path is all it takes. Hibernate ORM itself is the application's (shale-jpa declares it optional,
 * so that one Hibernate, 6.6 or 7.x, is on the class path): without it, {@code models: { jpa: ... }}
 * fails with a message that says so.
 */
public final class JpaModelSourceProvider implements ModelSourceProvider {

    /** For {@link java.util.ServiceLoader}. */
    public JpaModelSourceProvider() {
    }

    @Override
    public ModelSource jpa(Dialect dialect, ModelsSettings.Jpa jpa) {
        requireHibernate();
        return new JpaModels(dialect, jpa.classpath(), jpa.packages());
    }

    private static void requireHibernate() {
        try {
            Class.forName("org.hibernate.boot.MetadataSources", false, JpaModelSourceProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                    "models: { jpa: ... } needs Hibernate ORM, which is not on the class path",
                    "add org.hibernate.orm:hibernate-core (6.6 or 7.x) and hibernate-community-dialects of the same "
                            + "version to the application or build that runs Shale, or state the models as SQL "
                            + "(models: { schema: db/schema.sql })", e);
        }
    }
}
