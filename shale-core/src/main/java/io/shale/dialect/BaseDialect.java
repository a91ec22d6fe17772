package io.shale.dialect;

import io.shale.sql.StatementSplitter;
import java.util.Objects;

/**
 * The parts every dialect holds the same way: its name and the collaborators it is made of. A
 * dialect extends this and supplies only the facts and SQL that differ.
 */
public abstract class BaseDialect implements Dialect {
    private final String name;
    private final StatementSplitter splitter;
    private final MigrationLock lock;
    private final Inspector inspector;
    private final Renderer renderer;
    private final DataOperations dataOperations;

    protected BaseDialect(String name, StatementSplitter splitter, MigrationLock lock, Inspector inspector,
                          Renderer renderer, DataOperations dataOperations) {
        this.name = Objects.requireNonNull(name);
        this.splitter = Objects.requireNonNull(splitter);
        this.lock = Objects.requireNonNull(lock);
        this.inspector = Objects.requireNonNull(inspector);
        this.renderer = Objects.requireNonNull(renderer);
        this.dataOperations = Objects.requireNonNull(dataOperations);
    }

    @Override
    public final String name() {
        return name;
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

    @Override
    public String toString() {
        return name;
    }
}
