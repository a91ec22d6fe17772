package io.shale.junit.internal;

import io.shale.migration.Checksums;
import io.shale.migration.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The hash that names a template: every migration up to the project's version (version and checksum),
 * the history and meta table names, and the seed set's files (names and contents). Two JVMs with the
 * same files compute the same key, so they share one template; any edit gives a new one.
 */
public final class TemplateKey {
    private TemplateKey() {
    }

    /** 16 hex digits. */
    public static String of(Project project) {
        StringBuilder all = new StringBuilder();
        all.append("version ").append(project.version()).append('\n')
                .append("tables ").append(project.config().historyTable()).append(' ')
                .append(project.config().metaTable()).append('\n');
        for (Migration m : project.migrations().migrations()) {
            if (m.version() <= project.version()) {
                all.append(m.version()).append(':').append(m.checksum()).append('\n');
            }
        }
        if (project.seed() != null) {
            all.append("seed ").append(project.seed()).append('\n');
            Path folder = project.seeds().resolve(project.seed());
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.sorted().toList()) {
                        all.append(f.getFileName()).append(':').append(Checksums.sha256Hex(Files.readString(f))).append('\n');
                    }
                } catch (IOException e) {
                    // SeedCommand reports an unreadable seed set with its own error when the template is built.
                    all.append("unreadable\n");
                }
            }
        }
        return Checksums.sha256Hex(all.toString()).substring(0, 16);
    }
}
