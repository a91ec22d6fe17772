package io.shale.command.migrate;

import io.shale.run.MigrationContext;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.history.Reconciliation;
import io.shale.migration.Migration;
import io.shale.migration.MigrationArchive;
import io.shale.migration.MigrationSet;
import io.shale.migration.SquashedRange;
import io.shale.migration.SumFileCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code upgrade --include-archive}: for a database below a squash baseline (it applied some of the
 * files the baseline replaced), the files to reconcile it with are the archived ones in place of
 * the baseline. The archived files it applied are checked like any applied file, the others become
 * pending before the migrations after the baseline, and once the archived file numbered like the
 * baseline has run, the baseline counts as applied (see {@link Reconciliation}). For any other
 * database nothing changes and the archive is not read.
 *
 * <p>The archive must match its own {@code shale.sum}. When a later squash archived an earlier
 * baseline next to the originals it replaced, a database built from that baseline (its history row
 * has the baseline's checksum) keeps it, and every other database uses the originals.
 */
final class ArchivePlan {
    private ArchivePlan() {
    }

    /** @return {@code rec} itself unless the database is below a squash baseline; else the reconciliation with the archive */
    static Reconciliation reconcile(MigrationContext ctx, Reconciliation rec) {
        Reconciliation.Entry baseline = rec.belowBaseline().orElse(null);
        if (baseline == null) {
            return rec;
        }
        SquashedRange range = SquashedRange.of(baseline.migration()).orElseThrow();
        Path dir = ctx.migrations().directory();
        Path archive = MigrationArchive.folder(dir);
        String needs = "the database is at version " + rec.currentVersion() + " and needs the archived files for "
                + SquashedRange.versions(rec.currentVersion() + 1, range.last()) + " before the squash baseline "
                + baseline.script();
        if (!Files.isDirectory(archive)) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "--include-archive: " + archive
                    + " does not exist; " + needs, "restore the folder from version control (`shale squash` moved the "
                    + "files there; squash --delete removed them: check out the commit before the squash), "
                    + "or rebuild the database from the baseline (`shale reset`)");
        }
        List<Migration> archived = MigrationArchive.load(dir);
        SumFileCheck sum = MigrationArchive.check(dir, archived);
        if (sum instanceof SumFileCheck.Missing) {
            throw new ShaleException(ErrorCode.SUM_FILE_MISSING, "--include-archive: " + sum.sumFile()
                    + " does not exist; it guards the archived files against edits nobody reviewed",
                    "check that the files in " + archive + " are exactly as they were applied (git log), then run "
                            + "`shale hash`, which writes it (squashes by older Shale versions did not)");
        }
        sum.orThrow();
        List<AppliedMigration> rows = rows(rec);
        List<Migration> selected = select(archived, rows, range);
        checkApplied(archive, selected, rows, range);
        if (selected.stream().noneMatch(m -> m.version() == range.last())) {
            throw new ShaleException(ErrorCode.APPLIED_MIGRATION_MISSING, "--include-archive: " + archive
                    + " has no file numbered " + range.last() + "; " + needs,
                    "restore the archived files from version control (the commit before the squash), "
                            + "or rebuild the database from the baseline (`shale reset`)");
        }
        List<Migration> combined = new ArrayList<>();
        Set<Integer> kept = new HashSet<>();
        for (Migration m : ctx.migrations().migrations()) {
            if (m.version() != baseline.version()) {
                combined.add(m);
                kept.add(m.version());
            }
        }
        for (Migration m : selected) {
            if (!kept.contains(m.version())) {
                combined.add(m);
            }
        }
        combined.sort(Comparator.comparingInt(Migration::version));
        Reconciliation withArchive = Reconciliation.of(new MigrationSet(dir, combined), rows);
        Reconciliation.Entry older = withArchive.belowBaseline().orElse(null);
        if (older != null) {
            throw new ShaleException(ErrorCode.BELOW_SQUASH_BASELINE, "--include-archive: " + needs + ", but "
                    + archive + " holds only the earlier baseline " + older.script() + " for versions up to "
                    + older.version() + ", not the files it replaced (deleted by `shale squash --delete`?)",
                    "upgrade the database from a checkout of the commit before that earlier squash, "
                            + "or rebuild it from the baseline (`shale reset`)");
        }
        return withArchive;
    }

    /** Every history row; each one is on exactly one entry. */
    private static List<AppliedMigration> rows(Reconciliation rec) {
        List<AppliedMigration> rows = new ArrayList<>();
        for (Reconciliation.Entry e : rec.entries()) {
            if (e.applied() != null) {
                rows.add(e.applied());
            }
        }
        return rows;
    }

    /**
     * One archived file per version within the baseline's range: an archived baseline when the
     * database was built from it, else the originals.
     */
    private static List<Migration> select(List<Migration> archived, List<AppliedMigration> rows, SquashedRange range) {
        Map<Integer, AppliedMigration> applied = new HashMap<>();
        for (AppliedMigration row : rows) {
            if (row.success()) {
                applied.put(row.version(), row);
            }
        }
        List<SquashedRange> usedBaselines = new ArrayList<>();
        List<Migration> out = new ArrayList<>();
        Set<Integer> originals = new HashSet<>();
        for (Migration m : archived) {
            SquashedRange earlier = SquashedRange.of(m).orElse(null);
            if (earlier == null) {
                originals.add(m.version());
                continue;
            }
            AppliedMigration row = applied.get(m.version());
            if (row != null && row.checksum().equals(m.checksum())) {
                usedBaselines.add(earlier);
                out.add(m);
            }
        }
        for (Migration m : archived) {
            boolean isBaseline = SquashedRange.of(m).isPresent();
            boolean inRange = range.covers(m.version());
            boolean covered = usedBaselines.stream().anyMatch(r -> r.covers(m.version()));
            if (!inRange || covered) {
                continue;
            }
            if (!isBaseline || !originals.contains(m.version())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Migration::version));
        return out;
    }

    /** Every applied version the baseline replaced must have its archived file, unchanged. */
    private static void checkApplied(Path archive, List<Migration> selected, List<AppliedMigration> rows,
                                     SquashedRange range) {
        Map<Integer, Migration> byVersion = new HashMap<>();
        List<SquashedRange> baselines = new ArrayList<>();
        for (Migration m : selected) {
            byVersion.put(m.version(), m);
            SquashedRange.of(m).ifPresent(baselines::add);
        }
        for (AppliedMigration row : rows) {
            if (!row.success() || !range.covers(row.version())) {
                continue;
            }
            Migration file = byVersion.get(row.version());
            if (file == null) {
                if (baselines.stream().noneMatch(r -> r.covers(row.version()))) {
                    throw new ShaleException(ErrorCode.APPLIED_MIGRATION_MISSING, "Applied migration " + row.name()
                            + " (version " + row.version() + ") is not in " + archive,
                            "restore it there from version control (the commit before the squash), then run "
                                    + "`shale hash`");
                }
            } else if (SquashedRange.of(file).isEmpty() && !file.checksum().equals(row.checksum())) {
                throw new ShaleException(ErrorCode.CHECKSUM_MISMATCH, "Archived migration "
                        + archive.resolve(file.script()) + " (version " + row.version() + ") differs from the file "
                        + "the database applied: stored checksum " + abbreviate(row.checksum()) + ", file now "
                        + abbreviate(file.checksum()),
                        "restore the file as it was applied (git checkout) and run `shale hash`; archived files "
                                + "must stay as they ran");
            }
        }
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
