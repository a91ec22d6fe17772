package io.shale.migration.imports;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Directive;
import io.shale.migration.MigrationFileName;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationParser;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.migration.SumFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Turns an {@link ImportPlan} into Shale files and a new {@code shale.sum}. */
public final class ImportWriter {
    private ImportWriter() {
    }

    /**
     * One file to write.
     *
     * @param fileName  {@code NNNN_slug.sql}
     * @param text      its whole content
     * @param migration what it came from
     */
    public record Planned(String fileName, String text, ImportedMigration migration) {
    }

    /**
     * Names and renders the files without writing anything: numbered from {@code firstVersion} in plan
     * order, each checked by the Shale parser.
     *
     * @throws ShaleException any parser error, naming the file to be written and its source
     */
    public static List<Planned> plan(Path target, SourceTool tool, ImportPlan plan, int firstVersion) {
        List<Planned> out = new ArrayList<>();
        int version = firstVersion;
        for (ImportedMigration m : plan.migrations()) {
            MigrationFileName name = MigrationFileName.of(version++, slug(m.description()));
            String text = render(tool, m);
            try {
                MigrationParser.parse(target.resolve(name.fileName()), text);
            } catch (ShaleException e) {
                throw new ShaleException(e.code(), e.getMessage() + " (imported from " + m.source() + ")", e.hint(), e);
            }
            out.add(new Planned(name.fileName(), text, m));
        }
        return out;
    }

    /**
     * Writes the planned files into {@code target} (created if missing) and rewrites {@code shale.sum}.
     *
     * @param force write even when {@code target} already holds migrations; the imported files are then
     *              numbered after the latest one
     * @throws ShaleException MIGRATION_DUPLICATE_VERSION when {@code target} holds migrations and
     *                        {@code force} is false; SUM_FILE_* when those migrations do not match their sum file
     */
    public static List<Planned> write(Path target, SourceTool tool, ImportPlan plan, boolean force) {
        List<Planned> planned = plan(target, tool, plan, firstVersion(target, force));
        try {
            Files.createDirectories(target);
            for (Planned p : planned) {
                Files.writeString(target.resolve(p.fileName()), p.text(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot write into " + target + ": " + e,
                    "check that the folder is writable; remove the files written so far before trying again", e);
        }
        MigrationWriter.rehash(target);
        return planned;
    }

    /** The version the first imported file gets: 1 in an empty folder, else after the latest with {@code force}. */
    public static int firstVersion(Path target, boolean force) {
        if (!Files.isDirectory(target)) {
            return 1;
        }
        MigrationSet existing = MigrationLoader.load(target, List.of(), null);
        if (existing.isEmpty()) {
            return 1;
        }
        if (!force) {
            throw new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION, target + " already holds "
                    + existing.migrations().size() + " Shale migration(s)",
                    "import into an empty folder (--migrations DIR), or pass --force to number the imported files "
                            + "after version " + existing.latestVersion());
        }
        SumFile.check(target, existing).orThrow();
        return existing.latestVersion() + 1;
    }

    /** The content of one imported file. */
    static String render(SourceTool tool, ImportedMigration m) {
        StringBuilder sb = new StringBuilder();
        sb.append(new ImportMarker(tool.cliName(), m.originalId(), m.source()).line()).append('\n');
        if (!m.transactional()) {
            sb.append("-- shale:").append(Directive.NO_TRANSACTION).append('\n');
        }
        if (m.review() != null) {
            sb.append("-- shale:").append(Directive.REVIEW).append(' ').append(m.review().replace('\n', ' '))
                    .append('\n');
        }
        sb.append("-- migrate:up\n").append(section(m.up()));
        sb.append("-- migrate:down\n").append(section(m.down()));
        return sb.toString();
    }

    private static String section(String sql) {
        return sql == null || sql.isBlank() ? "\n" : sql.stripTrailing() + "\n\n";
    }

    private static String slug(String description) {
        try {
            return MigrationFileName.slugify(description);
        } catch (ShaleException e) {
            return "imported";
        }
    }
}
