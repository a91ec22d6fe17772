package io.shale.migration.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * diesel's folder: one sub-folder {@code <timestamp>_<name>} per migration holding {@code up.sql} and
 * {@code down.sql}, in folder-name order; {@code run_in_transaction = false} in its
 * {@code metadata.toml} becomes {@code -- shale:no-transaction}. The id is the timestamp's digits, the
 * version diesel records.
 */
final class DieselReader implements ToolReader {
    private static final Pattern FOLDER = Pattern.compile("^([0-9][0-9_-]*?)_([^/]+)$");

    @Override
    public ImportPlan read(Path folder) {
        TreeSet<String> folders = new TreeSet<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        for (String rel : SqlText.files(folder)) {
            String parent = SqlText.parent(rel);
            if (FOLDER.matcher(parent).matches()) {
                folders.add(parent);
            } else if (rel.endsWith(".sql")) {
                skipped.add(new ImportPlan.Skipped(rel, "not in a <timestamp>_<name>/ migration folder",
                        "diesel ignores it too; move it into a migration folder or leave it out"));
            }
        }
        List<ImportedMigration> out = new ArrayList<>();
        for (String dir : folders) {
            Path up = folder.resolve(dir).resolve("up.sql");
            if (!Files.isRegularFile(up)) {
                skipped.add(new ImportPlan.Skipped(dir, "no up.sql", "diesel refuses this folder too; add up.sql"));
                continue;
            }
            Path down = folder.resolve(dir).resolve("down.sql");
            Matcher m = FOLDER.matcher(dir);
            m.matches();
            out.add(new ImportedMigration(m.group(1).replaceAll("[^0-9]", ""), dir + "/up.sql",
                    m.group(2).replace('_', ' '), SqlText.read(up),
                    Files.isRegularFile(down) ? ImportedMigration.downOf(SqlText.read(down)) : null,
                    !outsideTransaction(folder.resolve(dir).resolve("metadata.toml"))));
        }
        return new ImportPlan(out, skipped, List.of());
    }

    private static boolean outsideTransaction(Path metadata) {
        return Files.isRegularFile(metadata)
                && SqlText.read(metadata).lines().anyMatch(l -> l.replace(" ", "").equals("run_in_transaction=false"));
    }
}
