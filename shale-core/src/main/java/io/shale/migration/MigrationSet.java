package io.shale.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of a project, sorted by version, with no two sharing a version (the loader
 * refuses duplicates). Gaps in numbering are allowed here; {@code shale check} reports them.
 */
public record MigrationSet(Path directory, List<Migration> migrations) {
    public MigrationSet {
        migrations = List.copyOf(migrations);
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i - 1).version() >= migrations.get(i).version()) {
                throw new IllegalArgumentException("migrations must be sorted by version, without duplicates");
            }
        }
    }

    public Optional<Migration> find(int version) {
        for (Migration m : migrations) {
            if (m.version() == version) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The highest version, or 0 when there are no migrations. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    public boolean isEmpty() {
        return migrations.isEmpty();
    }
}
