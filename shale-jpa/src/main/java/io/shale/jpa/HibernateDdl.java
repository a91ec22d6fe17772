package io.shale.jpa;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's own CREATE DDL for a set of mapped classes, written to memory: the dialect is given,
 * JDBC metadata access is off and the only target is a script, so no database is contacted.
 */
final class HibernateDdl {
    private final Dialect dialect;
    private final ClassLoader loader;

    HibernateDdl(Dialect dialect, ClassLoader loader) {
        this.dialect = dialect;
        this.loader = loader;
    }

    /**
     * The statements (without terminators), in Hibernate's order: sequences, tables, then foreign keys.
     *
     * @throws ShaleException MIGRATION_FAILED naming the entity Hibernate complains about, with its message
     */
    List<String> create(List<Class<?>> mapped) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate resolves some names (converters, types) through the context loader as well.
        thread.setContextClassLoader(loader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        try (StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(settings()).build()) {
            MetadataSources sources = new MetadataSources(registry);
            mapped.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            return script(registry, metadata);
        } catch (ShaleException e) {
            throw e;
        } catch (RuntimeException e) {
            throw mappingFailed(mapped, e);
        } catch (LinkageError e) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Hibernate could not load a class the entities need: "
                    + e, "add the jars it comes from to models.jpa.classpath", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.DIALECT, dialect);
        settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
        settings.put(AvailableSettings.CONNECTION_PROVIDER, new NoConnections());
        // An import.sql on the user's class path holds data, not schema.
        settings.put(AvailableSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, true);
        settings.put(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, false);
        return settings;
    }

    private static List<String> script(StandardServiceRegistry registry, Metadata metadata) {
        List<String> statements = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(registry.requireService(
                org.hibernate.engine.config.spi.ConfigurationService.class).getSettings());
        SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
        tool.getSchemaCreator(config).doCreation(metadata, options(config), ContributableMatcher.ALL,
                new SourceDescriptor() {
                    @Override
                    public SourceType getSourceType() {
                        return SourceType.METADATA;
                    }

                    @Override
                    public ScriptSourceInput getScriptSourceInput() {
                        return null;
                    }
                },
                new TargetDescriptor() {
                    @Override
                    public EnumSet<TargetType> getTargetTypes() {
                        return EnumSet.of(TargetType.SCRIPT);
                    }

                    @Override
                    public ScriptTargetOutput getScriptTargetOutput() {
                        return new Collector(statements);
                    }
                });
        return statements;
    }

    private static ExecutionOptions options(Map<String, Object> config) {
        return new ExecutionOptions() {
            @Override
            public Map<String, Object> getConfigurationValues() {
                return config;
            }

            @Override
            public boolean shouldManageNamespaces() {
                return false;
            }

            @Override
            public ExceptionHandler getExceptionHandler() {
                return ExceptionHandlerHaltImpl.INSTANCE;
            }
        };
    }

    /** Names the mapped classes that Hibernate's messages mention, so the user knows where to look. */
    private static ShaleException mappingFailed(List<Class<?>> mapped, RuntimeException e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && messages.indexOf(t.getMessage()) < 0) {
                messages.append(messages.length() == 0 ? "" : "; caused by: ").append(t.getMessage());
            }
        }
        String text = messages.length() == 0 ? e.toString() : messages.toString();
        Set<String> named = new LinkedHashSet<>();
        for (Class<?> type : mapped) {
            if (text.contains(type.getName()) || text.matches("(?s).*\\b" + type.getSimpleName() + "\\b.*")) {
                named.add(type.getName());
            }
        }
        String where = named.isEmpty() ? "the entities" : (named.size() == 1 ? "entity " : "entities ")
                + String.join(", ", named);
        return new ShaleException(ErrorCode.MIGRATION_FAILED, "Hibernate cannot map " + where + ": " + text,
                "fix the mapping annotations, recompile, and run again; Hibernate's message says what it expected", e);
    }

    /** Keeps each statement Hibernate writes to its script. */
    private record Collector(List<String> statements) implements ScriptTargetOutput {
        @Override
        public void prepare() {
        }

        @Override
        public void accept(String command) {
            String sql = command.strip();
            statements.add(sql.endsWith(";") ? sql.substring(0, sql.length() - 1).stripTrailing() : sql);
        }

        @Override
        public void release() {
        }
    }
}
