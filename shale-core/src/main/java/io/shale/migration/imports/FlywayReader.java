package io.shale.migration.imports;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's folder, searched recursively as Flyway scans a location: {@code V<version>__<description>.sql}
 * (version parts separated by {@code .} or {@code _}) in version order, {@code U<version>__*.sql} undo
 * scripts as their down sections, {@code executeInTransaction=false} in a {@code .sql.conf} beside a script
 * as {@code -- shale:no-transaction}. Repeatable ({@code R__}) scripts and Java migrations are reported.
 */
final class FlywayReader implements ToolReader {
    private static final Pattern SCRIPT = Pattern.compile("^([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z0-9_.:]+}");

    @Override
    public ImportPlan read(Path folder) {
        Map<FlywayVersion, String> versioned = new TreeMap<>();
        Map<FlywayVersion, String> undo = new TreeMap<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        for (String rel : SqlText.files(folder)) {
            String name = SqlText.fileName(rel);
            Matcher m = SCRIPT.matcher(name);
            if (m.matches()) {
                Map<FlywayVersion, String> into = m.group(1).equals("V") ? versioned : undo;
                String previous = into.put(FlywayVersion.parse(m.group(2)), rel);
                if (previous != null) {
                    throw new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION, "Flyway scripts " + previous
                            + " and " + rel + " in " + folder + " have the same version",
                            "Flyway refuses this too: renumber one of them before importing");
                }
            } else if (name.startsWith("R__") && name.endsWith(".sql")) {
                skipped.add(new ImportPlan.Skipped(rel, "a repeatable script (Flyway re-runs it whenever it changes)",
                        "keep it as a seed or view script you run yourself, or paste its current text into a new "
                                + "migration (`shale new`) each time it changes"));
            } else if (name.endsWith(".java") || name.endsWith(".class") || name.endsWith(".kt")) {
                skipped.add(new ImportPlan.Skipped(rel, "a Java migration",
                        "port it to a class implementing io.shale.migration.JavaMigration with the version it gets in "
                                + "the imported sequence"));
            } else if (name.endsWith(".sql")) {
                skipped.add(new ImportPlan.Skipped(rel, "not a Flyway migration name (V<version>__<description>.sql)",
                        "Flyway ignores it too unless configured otherwise; rename it or leave it out"));
            }
        }
        List<ImportedMigration> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<FlywayVersion, String> e : versioned.entrySet()) {
            String rel = e.getValue();
            Matcher m = SCRIPT.matcher(SqlText.fileName(rel));
            m.matches();
            String up = SqlText.read(folder.resolve(rel));
            String undoRel = undo.remove(e.getKey());
            String down = undoRel == null ? null : ImportedMigration.downOf(SqlText.read(folder.resolve(undoRel)));
            if (PLACEHOLDER.matcher(up).find()) {
                warnings.add(rel + " uses Flyway placeholders (${...}); Shale runs the text as written: "
                        + "replace them with their values");
            }
            out.add(new ImportedMigration(e.getKey().text(), rel, m.group(3).replace('_', ' '), up, down,
                    !nonTransactional(folder.resolve(rel + ".conf"))));
        }
        for (String orphan : undo.values()) {
            skipped.add(new ImportPlan.Skipped(orphan, "an undo script with no versioned script of its version",
                    "delete it, or add its V script"));
        }
        return new ImportPlan(out, skipped, warnings);
    }

    private static boolean nonTransactional(Path conf) {
        if (!Files.isRegularFile(conf)) {
            return false;
        }
        for (String line : SqlText.read(conf).split("\n")) {
            String l = line.replace(" ", "");
            if (l.equalsIgnoreCase("executeInTransaction=false")) {
                return true;
            }
        }
        return false;
    }
}
