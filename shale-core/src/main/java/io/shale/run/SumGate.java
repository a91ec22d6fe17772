package io.shale.run;

import io.shale.migration.MigrationKind;
import io.shale.migration.MigrationSet;
import io.shale.migration.SumFile;
import io.shale.migration.SumFileCheck;

/**
 * The check that changing commands make before touching a database: {@code shale.sum} must match
 * the SQL files, so an edit that nobody reviewed (or a half-resolved merge) never runs. A project
 * with no SQL files (Java migrations only) needs no sum file.
 */
public final class SumGate {
    private SumGate() {
    }

    public static void verify(MigrationSet set) {
        SumFileCheck check = SumFile.check(set.directory(), set);
        boolean noSqlFiles = set.migrations().stream().noneMatch(m -> m.kind() == MigrationKind.SQL);
        if (check instanceof SumFileCheck.Missing && noSqlFiles) {
            return;
        }
        check.orThrow();
    }
}
