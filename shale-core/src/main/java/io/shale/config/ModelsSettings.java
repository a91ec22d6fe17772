package io.shale.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code models:}, where the desired schema comes from. The loader keeps what the file says: a
 * section with neither source, or with both, is kept as it is, and the commands that need models
 * refuse it with a message saying how to fix it (so that commands not needing models still run).
 *
 * @param schema  the declarative DDL file ({@code models.schema}), absolute, or null
 * @param jpa     the JPA entities ({@code models.jpa}), or null
 * @param command the command that builds the schema in a scratch database ({@code models.command}), or null
 */
public record ModelsSettings(Path schema, Jpa jpa, Command command) {

    /** Without a command, as before {@code models.command} existed. */
    public ModelsSettings(Path schema, Jpa jpa) {
        this(schema, jpa, null);
    }

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

    /**
     * {@code models.command}: any program (an ORM's "create all", a framework's migrate) that builds the
     * desired schema in the empty scratch database whose address Shale gives it in environment variables.
     *
     * @param line      the command line, run by the system shell ({@code sh -c}, {@code cmd /c} on Windows)
     * @param timeout   how long it may run before it and its child processes are stopped
     * @param directory the folder it runs in, absolute
     */
    public record Command(String line, Duration timeout, Path directory) {
        public Command {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(directory, "directory");
        }
    }

    public static ModelsSettings schemaFile(Path schema) {
        return new ModelsSettings(Objects.requireNonNull(schema, "schema"), null);
    }

    public static ModelsSettings jpa(List<Path> classpath, List<String> packages) {
        return new ModelsSettings(null, new Jpa(classpath, packages));
    }

    public static ModelsSettings command(String line, Duration timeout, Path directory) {
        return new ModelsSettings(null, null, new Command(line, timeout, directory));
    }

    /** True when a source is named. */
    public boolean isConfigured() {
        return sourceCount() > 0;
    }

    /** How many sources are named; more than one is an error for the commands that need models. */
    public int sourceCount() {
        return (schema == null ? 0 : 1) + (jpa == null ? 0 : 1) + (command == null ? 0 : 1);
    }
}
