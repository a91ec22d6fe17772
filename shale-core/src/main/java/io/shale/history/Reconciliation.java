package io.shale.history;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationSet;
import io.shale.migration.SquashedRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The migration files compared with the history table: one entry per version found on either
 * side, in version order. Computed once per command, in one pass over both sorted lists.
 */
public record Reconciliation(List<Entry> entries, int currentVersion, int latestFileVersion) {

    /**
     * One version.
     *
     * @param migration the file or class, null when it is missing
     * @param applied   the history row, null when not applied
     */
    public record Entry(int version, MigrationState state, Migration migration, AppliedMigration applied) {
        public String script() {
            return migration != null ? migration.script() : applied.name();
        }

        public String description() {
            return migration != null ? migration.description() : applied.name();
        }
    }

    public Reconciliation {
        entries = List.copyOf(entries);
    }

    public static Reconciliation of(MigrationSet files, List<AppliedMigration> history) {
        Map<Integer, AppliedMigration> byVersion = new HashMap<>();
        int current = 0;
        for (AppliedMigration row : history) {
            byVersion.put(row.version(), row);
            if (row.success()) {
                current = Math.max(current, row.version());
            }
        }
        TreeMap<Integer, Entry> entries = new TreeMap<>();
        for (Migration m : files.migrations()) {
            AppliedMigration row = byVersion.remove(m.version());
            MigrationState state;
            if (row == null) {
                state = m.version() < current ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
            } else if (!row.success()) {
                state = MigrationState.FAILED;
            } else if (!row.checksum().equals(m.checksum()) && SquashedRange.of(m).isEmpty()) {
                state = MigrationState.CHECKSUM_MISMATCH;
            } else {
                state = MigrationState.APPLIED;
            }
            entries.put(m.version(), new Entry(m.version(), state, m, row));
        }
        List<SquashedRange> squashed = new ArrayList<>();
        for (Migration m : files.migrations()) {
            SquashedRange.of(m).ifPresent(squashed::add);
        }
        for (AppliedMigration row : byVersion.values()) {
            boolean covered = squashed.stream().anyMatch(r -> r.covers(row.version()));
            MigrationState state = !row.success() ? MigrationState.FAILED
                    : covered ? MigrationState.APPLIED : MigrationState.MISSING_FILE;
            entries.put(row.version(), new Entry(row.version(), state, null, row));
        }
        return new Reconciliation(new ArrayList<>(entries.values()), current, files.latestVersion());
    }

    public List<Entry> inState(MigrationState state) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.state() == state) {
                out.add(e);
            }
        }
        return out;
    }

    public List<Migration> pending() {
        List<Migration> out = new ArrayList<>();
        for (Entry e : inState(MigrationState.PENDING)) {
            out.add(e.migration());
        }
        return out;
    }

    /** The applied entries, in version order. */
    public List<Entry> applied() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.applied() != null && e.applied().success()) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when nothing stands in the way of applying or reverting. */
    public boolean isConsistent() {
        for (Entry e : entries) {
            if (e.state() != MigrationState.APPLIED && e.state() != MigrationState.PENDING) {
                return false;
            }
        }
        return true;
    }

    /**
     * Throws the first problem that makes it unsafe to change the database: a failed record, an
     * edited or deleted applied migration, a database ahead of the files, an out-of-order file, a
     * database part-way through the history that a pending squash baseline replaced.
     *
     * <p>Applied versions whose files a squash baseline replaced count as applied (their files are
     * archived); the baseline's own version counts as applied whatever checksum the original file had.
     */
    public void requireConsistent(String migrationsDir) {
        requireNotBelowBaseline(migrationsDir);
        for (Entry e : entries) {
            if (e.state() == MigrationState.FAILED) {
                String error = e.applied().error();
                throw new ShaleException(ErrorCode.FAILED_MIGRATION_NEEDS_REPAIR,
                        "Migration " + e.script() + " (version " + e.version() + ") failed part-way in an earlier run"
                                + (error == null ? "" : ": " + error),
                        "undo or finish its statements by hand as needed, then run `shale repair` to clear the failed record");
            }
        }
        for (Entry e : entries) {
            if (e.state() == MigrationState.CHECKSUM_MISMATCH || e.state() == MigrationState.MISSING_FILE) {
                renumbered(e).ifPresent(moved -> {
                    throw renumberedError(e, moved);
                });
            }
        }
        for (Entry e : entries) {
            if (e.state() == MigrationState.CHECKSUM_MISMATCH) {
                throw new ShaleException(ErrorCode.CHECKSUM_MISMATCH,
                        "Applied migration " + e.script() + " (version " + e.version() + ") was edited after it ran: "
                                + "stored checksum " + abbreviate(e.applied().checksum()) + ", file now "
                                + abbreviate(e.migration().checksum()),
                        "restore the file as it was applied (git checkout) and put the change in a new migration "
                                + "(`shale new`); if the edit is harmless (a comment), run `shale repair --checksums`");
            }
        }
        List<Entry> missing = inState(MigrationState.MISSING_FILE);
        if (!missing.isEmpty()) {
            Entry first = missing.get(0);
            if (first.version() > latestFileVersion) {
                throw new ShaleException(ErrorCode.DATABASE_AHEAD,
                        "The database is at version " + currentVersion + " but the newest migration in " + migrationsDir
                                + " is version " + latestFileVersion + " (applied but not on disk: " + names(missing) + ")",
                        "update this checkout (git pull) to get the newer migrations, or point Shale at the right database");
            }
            throw new ShaleException(ErrorCode.APPLIED_MIGRATION_MISSING,
                    "Applied migration " + first.script() + " (version " + first.version() + ") is missing from "
                            + migrationsDir + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : ""),
                    "restore the deleted file from version control; migrations that ran must stay on disk");
        }
        List<Entry> outOfOrder = inState(MigrationState.OUT_OF_ORDER);
        if (!outOfOrder.isEmpty()) {
            throw new ShaleException(ErrorCode.OUT_OF_ORDER_MIGRATION,
                    "Migration " + outOfOrder.get(0).script() + " is numbered below the database's current version "
                            + currentVersion + " but was never applied",
                    "renumber it above " + Math.max(currentVersion, latestFileVersion)
                            + " (rename the file and run `shale hash`), so history stays linear");
        }
    }

    /**
     * The file that now holds, under another number, exactly what this database applied as {@code e}:
     * {@code shale rebase} renumbered it after this database ran it.
     */
    private Optional<Migration> renumbered(Entry e) {
        if (e.applied() == null) {
            return Optional.empty();
        }
        return entries.stream().map(Entry::migration)
                .filter(m -> m != null && m.version() != e.version() && m.checksum().equals(e.applied().checksum()))
                .findFirst();
    }

    private static ShaleException renumberedError(Entry e, Migration moved) {
        int before = e.version() - 1;
        return new ShaleException(e.state() == MigrationState.MISSING_FILE ? ErrorCode.APPLIED_MIGRATION_MISSING
                : ErrorCode.CHECKSUM_MISMATCH,
                "This database applied version " + e.version() + " (" + e.applied().name() + ") from a file that is "
                        + "now " + moved.script() + " (version " + moved.version() + ", same contents): the "
                        + "migrations were renumbered (`shale rebase`) after this database ran the old number",
                "nothing on disk is lost, and `shale repair` cannot renumber history; on a local database, rebuild "
                        + "it with `shale reset` (its rows are lost), or check out the commit before the rebase, run "
                        + "`shale downgrade " + before + "`, come back and run `shale upgrade`");
    }

    /**
     * The pending squash baseline that the database is below: it applied some of the files the
     * baseline replaced (its version is 1 or more) but not the last one. Empty for an empty database
     * (which simply applies the baseline) and for one at the baseline's version or later.
     */
    public Optional<Entry> belowBaseline() {
        if (currentVersion == 0) {
            return Optional.empty();
        }
        for (Entry e : inState(MigrationState.PENDING)) {
            SquashedRange range = SquashedRange.of(e.migration()).orElse(null);
            if (range != null && currentVersion < range.last()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Throws BELOW_SQUASH_BASELINE when the database is {@linkplain #belowBaseline() below a squash
     * baseline}, naming its version, the baseline and the two ways forward.
     */
    public void requireNotBelowBaseline(String migrationsDir) {
        Entry e = belowBaseline().orElse(null);
        if (e == null) {
            return;
        }
        SquashedRange range = SquashedRange.of(e.migration()).orElseThrow();
        throw new ShaleException(ErrorCode.BELOW_SQUASH_BASELINE,
                "The database is at version " + currentVersion + ", below the squash baseline " + e.script()
                        + " that replaced versions " + range.first() + " to " + range.last() + " in " + migrationsDir
                        + ": it needs the archived files for "
                        + SquashedRange.versions(currentVersion + 1, range.last()),
                "either run `shale upgrade --include-archive`, which applies them from " + migrationsDir
                        + "/archive/ and then the migrations after " + range.last() + ", or rebuild the database "
                        + "from the baseline (`shale reset`)");
    }

    private static String names(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < entries.size() && i < 5; i++) {
            sb.append(i == 0 ? "" : ", ").append(entries.get(i).script());
        }
        return entries.size() > 5 ? sb + ", ..." : sb.toString();
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
