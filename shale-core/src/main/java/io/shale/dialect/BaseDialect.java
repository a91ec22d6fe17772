package io.shale.dialect;

import io.shale.sql.StatementSplitter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parts every dialect holds the same way: its {@link EngineFacts} and the collaborators it is
 * made of. A dialect extends this and supplies only the facts and SQL that differ.
 */
public abstract class BaseDialect implements Dialect {
    private final EngineFacts facts;
    private final StatementSplitter splitter;
    private final MigrationLock lock;
    private final Inspector inspector;
    private final Renderer renderer;
    private final DataOperations dataOperations;

    protected BaseDialect(EngineFacts facts, StatementSplitter splitter, MigrationLock lock, Inspector inspector,
                          Renderer renderer, DataOperations dataOperations) {
        this.facts = Objects.requireNonNull(facts);
        this.splitter = Objects.requireNonNull(splitter);
        this.lock = Objects.requireNonNull(lock);
        this.inspector = Objects.requireNonNull(inspector);
        this.renderer = Objects.requireNonNull(renderer);
        this.dataOperations = Objects.requireNonNull(dataOperations);
    }

    @Override
    public final String name() {
        return facts.name();
    }

    @Override
    public final String displayName() {
        return facts.displayName();
    }

    @Override
    public final List<String> urlPrefixes() {
        return facts.urlPrefixes();
    }

    @Override
    public final boolean servesProduct(String product) {
        return facts.servesProduct(product);
    }

    @Override
    public final Set<EngineTrait> traits() {
        return facts.traits();
    }

    @Override
    public final String hibernateDialect() {
        return facts.hibernateDialect();
    }

    @Override
    public final StatementSplitter splitter() {
        return splitter;
    }

    @Override
    public final MigrationLock lock() {
        return lock;
    }

    @Override
    public final Inspector inspector() {
        return inspector;
    }

    @Override
    public final Renderer renderer() {
        return renderer;
    }

    @Override
    public final DataOperations dataOperations() {
        return dataOperations;
    }

    /**
     * The history table in standard SQL ({@code timestamp with time zone}, {@code boolean}), for
     * engines that take it.
     *
     * @param errorType the engine's type for long text, for the error column
     */
    protected static String standardHistoryTable(String table, String errorType) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "version integer PRIMARY KEY, "
                + "name varchar(255) NOT NULL, "
                + "checksum varchar(64) NOT NULL, "
                + "kind varchar(8) NOT NULL, "
                + "applied_at timestamp with time zone NOT NULL, "
                + "applied_by varchar(255), "
                + "execution_ms bigint NOT NULL, "
                + "success boolean NOT NULL, "
                + "error " + errorType + ")";
    }

    /** The key/value meta table in standard SQL. */
    @Override
    public String createMetaTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (meta_key varchar(100) PRIMARY KEY, meta_value varchar(1000))";
    }

    @Override
    public String toString() {
        return facts.name();
    }
}
