package io.shale.migration.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma Migrate's folder: one sub-folder {@code <timestamp>_<name>} per migration holding
 * {@code migration.sql}, in folder-name order (a flat {@code <timestamp>_<name>.sql} file is read the
 * same way). Prisma migrations are forward-only: the files have no down section. The id is the folder
 * name, as {@code _prisma_migrations.migration_name} records it. A file that uses {@code CONCURRENTLY}
 * becomes {@code -- shale:no-transaction} (see {@link Concurrently}).
 */
final class PrismaReader implements ToolReader {
    private static final Pattern NAME = Pattern.compile("^(\\d+)_(.+)$");

    @Override
    public ImportPlan read(Path folder) {
        TreeMap<String, String> byName = new TreeMap<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        for (String rel : SqlText.files(folder)) {
            String parent = SqlText.parent(rel);
            String file = SqlText.fileName(rel);
            if (file.equals("migration.sql") && NAME.matcher(parent).matches()) {
                byName.put(parent, rel);
            } else if (parent.isEmpty() && file.endsWith(".sql") && NAME.matcher(file).matches()) {
                byName.put(file.substring(0, file.length() - 4), rel);
            } else if (file.endsWith(".sql")) {
                skipped.add(new ImportPlan.Skipped(rel, "not a <timestamp>_<name>/migration.sql file",
                        "Prisma ignores it too; leave it out"));
            }
        }
        List<ImportedMigration> out = new ArrayList<>();
        byName.forEach((name, rel) -> {
            Matcher m = NAME.matcher(name);
            m.matches();
            String up = SqlText.read(folder.resolve(rel));
            out.add(new ImportedMigration(name, rel, m.group(2).replace('_', ' '), up, null, !Concurrently.uses(up)));
        });
        return new ImportPlan(out, skipped, List.of());
    }
}
