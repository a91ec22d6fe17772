package io.shale.workspace;

import io.shale.command.generate.ModelSource;
import io.shale.config.ModelsSettings;
import io.shale.dialect.Dialect;

/**
 * Turns {@code models: { jpa: ... }} into a {@link ModelSource}. Core only declares this; the
 * {@code shale-jpa} module implements it with Hibernate and registers it in
 * {@code META-INF/services/io.shale.workspace.ModelSourceProvider}, found through
 * {@link java.util.ServiceLoader} (an implementation needs a public no-argument constructor and
 * must keep no state).
 */
public interface ModelSourceProvider {

    /**
     * The entities of {@code jpa} as a model source whose DDL is written for {@code dialect}. Reads no
     * class yet: the entities are loaded when the catalog is asked for.
     */
    ModelSource jpa(Dialect dialect, ModelsSettings.Jpa jpa);
}
