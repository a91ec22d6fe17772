package io.shale.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code models:}, where the desired schema comes from. The loader keeps what the file says: a
 * section with neither source, or with both, is kept as it is, and the commands that need models
 * refuse it with a message saying how to fix it (so that commands not needing models still run).
 *
 * @param schema the declarative DDL file ({@code models.schema}), absolute, or null
 * @param jpa    the JPA entities ({@code models.jpa}), or null
 */
public record ModelsSettings(Path schema, Jpa jpa) {

    /**
     * {@code models.jpa}: entity classes turned into DDL by Hibernate (through shale-jpa).
     *
     * @param classpath folders and jars holding the entities, absolute
     * @param packages  packages scanned for entities, with their sub-packages
     */
    public record Jpa(List<Path> classpath, List<String> packages) {
        public Jpa {
            classpath = List.copyOf(classpath);
            packages = List.copyOf(packages);
        }
    }

    public static ModelsSettings schemaFile(Path schema) {
        return new ModelsSettings(Objects.requireNonNull(schema, "schema"), null);
    }

    public static ModelsSettings jpa(List<Path> classpath, List<String> packages) {
        return new ModelsSettings(null, new Jpa(classpath, packages));
    }

    /** True when a source is named. */
    public boolean isConfigured() {
        return schema != null || jpa != null;
    }
}
