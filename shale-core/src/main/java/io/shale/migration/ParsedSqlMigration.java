package io.shale.migration;

import java.util.List;

/**
 * What {@link MigrationParser} finds in one SQL file.
 *
 * @param body          the sections
 * @param transactional false when the file holds {@code -- shale:no-transaction}
 * @param directives    every directive in the file, in line order (including reserved ones that have no effect here)
 */
public record ParsedSqlMigration(MigrationBody.Sql body, boolean transactional, List<Directive> directives) {
    public ParsedSqlMigration {
        directives = List.copyOf(directives);
    }
}
