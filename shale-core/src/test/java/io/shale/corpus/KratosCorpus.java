package io.shale.corpus;

import io.shale.migration.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Ory Kratos' migrations in {@code ../shared/corpus/kratos-postgres} converted to Shale files, for
 * the optional integration tests. Nothing is copied into the project: the files are written to a
 * temporary folder per test run.
 */
public final class KratosCorpus {
    public static final Path DIR = Path.of("..", "..", "shared", "corpus", "kratos-postgres").toAbsolutePath()
            .normalize();

    private KratosCorpus() {
    }

    public static boolean present() {
        return Files.isRegularFile(DIR.resolve("up.list"));
    }

    /**
     * Writes one Shale file per up file, in {@code up.list} order, with the down file of the same
     * version (its numeric prefix) as the down section. Kratos marks "nothing to undo" with an
     * empty down file; in Shale an empty down section means "cannot be reverted", so the
     * conversion states the no-op explicitly. Files named {@code .autocommit.} run outside a transaction.
     *
     * @return the number of migrations written
     */
    public static int convert(Path target) throws IOException {
        List<String> ups = Files.readAllLines(DIR.resolve("up.list")).stream().filter(l -> !l.isBlank()).toList();
        List<String> downs = Files.readAllLines(DIR.resolve("down.list")).stream().filter(l -> !l.isBlank()).toList();
        int version = 0;
        for (String up : ups) {
            version++;
            String prefix = Path.of(up).getFileName().toString().replaceAll("_.*$", "");
            String down = downs.stream().filter(d -> Path.of(d).getFileName().toString().startsWith(prefix + "_"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no down file for " + up));
            String downSql = Files.readString(DIR.resolve(down));
            String name = String.format("%04d_%s.sql", version, Path.of(up).getFileName().toString()
                    .replaceAll("\\.(postgres\\.)?(autocommit\\.)?up\\.sql$", "").replaceAll("[^a-z0-9]+", "_"));
            String directive = up.contains(".autocommit.") ? "-- shale:no-transaction\n" : "";
            Files.writeString(target.resolve(name), directive + "-- migrate:up\n" + Files.readString(DIR.resolve(up))
                    + "\n-- migrate:down\n" + (downSql.replaceAll("(?m)^\\s*--.*$", "").isBlank()
                    ? "SELECT 1; -- no-op down in the original\n" : downSql) + "\n");
        }
        MigrationWriter.rehash(target);
        return version;
    }

    /**
     * Like {@link #convert}, but one Shale migration per Kratos migration group (the files sharing a
     * timestamp, {@code 20191100000001000000} .. {@code ...000005}): Kratos' down files undo a group
     * only as a whole (the down of part 2 drops the table part 3 creates), so per-file up/down/up, as
     * {@code shale verify} runs it, needs the groups. Ups run in {@code up.list} order, downs in
     * {@code down.list} order.
     */
    public static int convertGrouped(Path target) throws IOException {
        List<String> ups = Files.readAllLines(DIR.resolve("up.list")).stream().filter(l -> !l.isBlank()).toList();
        List<String> downs = Files.readAllLines(DIR.resolve("down.list")).stream().filter(l -> !l.isBlank()).toList();
        java.util.LinkedHashMap<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String up : ups) {
            groups.computeIfAbsent(group(up), k -> new java.util.ArrayList<>()).add(up);
        }
        int version = 0;
        for (var entry : groups.entrySet()) {
            version++;
            StringBuilder upSql = new StringBuilder();
            StringBuilder downSql = new StringBuilder();
            boolean autocommit = false;
            for (String up : entry.getValue()) {
                upSql.append(Files.readString(DIR.resolve(up))).append("\n;\n");
                autocommit |= up.contains(".autocommit.");
            }
            for (String down : downs) {
                if (group(down).equals(entry.getKey())) {
                    downSql.append(Files.readString(DIR.resolve(down))).append("\n;\n");
                }
            }
            String name = String.format("%04d_%s.sql", version, Path.of(entry.getValue().get(0)).getFileName().toString()
                    .replaceAll("^[0-9]+_", "").replaceAll("\\.(postgres\\.)?(autocommit\\.)?up\\.sql$", "")
                    .replaceAll("[^a-z0-9]+", "_"));
            String down = downSql.toString().replaceAll("(?m)^\\s*--.*$", "").replace(";", "").isBlank()
                    ? "SELECT 1; -- no-op down in the original\n" : downSql.toString();
            Files.writeString(target.resolve(name), (autocommit ? "-- shale:no-transaction\n" : "") + "-- migrate:up\n"
                    + upSql + "\n-- migrate:down\n" + down + "\n");
        }
        MigrationWriter.rehash(target);
        return version;
    }

    private static String group(String file) {
        return Path.of(file).getFileName().toString().substring(0, 14);
    }
}
