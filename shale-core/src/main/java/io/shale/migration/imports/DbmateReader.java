package io.shale.migration.imports;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbmate's folder: {@code <version>_<name>.sql} files that already hold {@code -- migrate:up} and
 * {@code -- migrate:down} sections. The options after a marker are dropped from it, and
 * {@code transaction:false} becomes {@code -- shale:no-transaction}. An empty down section (dbmate
 * runs nothing) becomes an explicit "nothing to undo".
 */
final class DbmateReader implements ToolReader {
    private static final Pattern FILE = Pattern.compile("^(\\d+)_(.*)\\.sql$");
    private static final Pattern MARKER = Pattern.compile("^--\\s*migrate:(up|down)(.*)$");

    @Override
    public ImportPlan read(Path folder) {
        List<ImportedMigration> out = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String rel : SqlText.files(folder)) {
            if (!rel.contains("/") && rel.endsWith(".sql")) {
                if (FILE.matcher(rel).matches()) {
                    names.add(rel);
                } else {
                    skipped.add(new ImportPlan.Skipped(rel, "not named <version>_<name>.sql",
                            "dbmate ignores it too; rename it or leave it out"));
                }
            }
        }
        names.sort((a, b) -> new java.math.BigInteger(version(a)).compareTo(new java.math.BigInteger(version(b))));
        for (String rel : names) {
            out.add(convert(folder, rel));
        }
        return new ImportPlan(out, skipped, List.of());
    }

    private static String version(String rel) {
        Matcher m = FILE.matcher(rel);
        m.matches();
        return m.group(1);
    }

    private static ImportedMigration convert(Path folder, String rel) {
        String text = SqlText.read(folder.resolve(rel));
        StringBuilder up = null;
        StringBuilder down = null;
        StringBuilder current = null;
        boolean transactional = true;
        for (String line : text.split("\n", -1)) {
            Matcher m = MARKER.matcher(line.stripTrailing());
            if (m.matches()) {
                if (m.group(2).replace(" ", "").contains("transaction:false")) {
                    transactional = false;
                }
                current = new StringBuilder();
                if (m.group(1).equals("up")) {
                    up = current;
                } else {
                    down = current;
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (up == null) {
            throw new ShaleException(ErrorCode.MIGRATION_NO_UP_SECTION, folder.resolve(rel) + " has no `-- migrate:up` line",
                    "dbmate refuses this file too: add the marker before its SQL");
        }
        Matcher name = FILE.matcher(rel);
        name.matches();
        return new ImportedMigration(name.group(1), rel, name.group(2).replace('_', ' '), up.toString(),
                down == null ? null : ImportedMigration.downOf(down.toString()), transactional);
    }
}
