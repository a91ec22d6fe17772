package io.shale.jpa;

import io.shale.command.generate.ModelSource;
import io.shale.config.ModelsSettings;
import io.shale.dialect.Dialect;
import io.shale.workspace.ModelSourceProvider;

/**
 * Serves {@code models: { jpa: ... }} to a workspace as {@link JpaModels}. Registered in
 * {@code META-INF/services/io.shale.workspace.ModelSourceProvider}, so that having shale-jpa on the
 * class path is all it takes.
 */
public final class JpaModelSourceProvider implements ModelSourceProvider {

    /** For {@link java.util.ServiceLoader}. */
    public JpaModelSourceProvider() {
    }

    @Override
    public ModelSource jpa(Dialect dialect, ModelsSettings.Jpa jpa) {
        return new JpaModels(dialect, jpa.classpath(), jpa.packages());
    }
}
