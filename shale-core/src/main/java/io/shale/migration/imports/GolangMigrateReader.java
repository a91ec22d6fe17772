package io.shale.migration.imports;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golang-migrate's folder: {@code <version>_<title>.up.sql} with an optional {@code .down.sql} of the
 * same version, in numeric version order. An empty down file means "nothing to undo". A file that
 * uses {@code CONCURRENTLY} becomes {@code -- shale:no-transaction}: golang-migrate sends a file as one
 * multi-statement command, which PostgreSQL runs outside a transaction block only in that case.
 */
final class GolangMigrateReader implements ToolReader {
    private static final Pattern FILE = Pattern.compile("^(\\d+)_(.*)\\.(up|down)\\.([a-z]+)$");

    @Override
    public ImportPlan read(Path folder) {
        Map<BigInteger, String[]> byVersion = new TreeMap<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        for (String rel : SqlText.files(folder)) {
            Matcher m = FILE.matcher(rel);
            if (rel.contains("/")) {
                continue;
            }
            if (!m.matches()) {
                if (rel.endsWith(".go")) {
                    skipped.add(new ImportPlan.Skipped(rel, "a Go migration",
                            "port it to a class implementing io.shale.migration.JavaMigration"));
                } else if (rel.endsWith(".sql")) {
                    skipped.add(new ImportPlan.Skipped(rel, "not named <version>_<title>.up.sql or .down.sql",
                            "golang-migrate ignores it too; rename it or leave it out"));
                }
                continue;
            }
            if (!m.group(4).equals("sql")) {
                skipped.add(new ImportPlan.Skipped(rel, "not SQL", "Shale runs SQL files only"));
                continue;
            }
            String[] pair = byVersion.computeIfAbsent(new BigInteger(m.group(1)), v -> new String[2]);
            int slot = m.group(3).equals("up") ? 0 : 1;
            if (pair[slot] != null) {
                throw new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION, rel + " and " + pair[slot] + " in "
                        + folder + " have the same version", "golang-migrate refuses this too: renumber one of them");
            }
            pair[slot] = rel;
        }
        List<ImportedMigration> out = new ArrayList<>();
        for (Map.Entry<BigInteger, String[]> e : byVersion.entrySet()) {
            String up = e.getValue()[0];
            String down = e.getValue()[1];
            if (up == null) {
                skipped.add(new ImportPlan.Skipped(down, "a down file with no up file", "delete it, or add its up file"));
                continue;
            }
            Matcher m = FILE.matcher(up);
            m.matches();
            String upText = SqlText.read(folder.resolve(up));
            out.add(new ImportedMigration(e.getKey().toString(), up, m.group(2).replace('_', ' '), upText,
                    down == null ? null : ImportedMigration.downOf(SqlText.read(folder.resolve(down))),
                    !Concurrently.uses(upText)));
        }
        return new ImportPlan(out, skipped, List.of());
    }
}
