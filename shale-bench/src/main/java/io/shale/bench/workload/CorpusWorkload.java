package io.shale.bench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The real histories in {@code ../shared/corpus} (see its README), read in {@code up.list} order.
 * Kratos marks the migrations that must run outside a transaction with {@code .autocommit.} in the
 * file name; langfuse (Prisma, which wraps nothing in a transaction) has no marker, so a file that
 * builds or drops an index {@code CONCURRENTLY}, or opens its own transaction with {@code BEGIN;}
 * (one then sets its isolation level, which must come first in a transaction), is taken as
 * non-transactional.
 */
public final class CorpusWorkload {
    private static final Pattern CONCURRENT_INDEX = Pattern.compile("(?i)\\bINDEX\\s+CONCURRENTLY\\b");
    private static final Pattern OWN_TRANSACTION = Pattern.compile("(?im)^\\s*BEGIN\\s*;");

    private CorpusWorkload() {
    }

    /** The corpus folder, if it is there with both histories. */
    public static Optional<Path> locate(Path folder) {
        Path corpus = folder.toAbsolutePath().normalize();
        return Files.isRegularFile(corpus.resolve("langfuse/up.list"))
                && Files.isRegularFile(corpus.resolve("kratos-postgres/up.list")) ? Optional.of(corpus) : Optional.empty();
    }

    public static Workload langfuse(Path corpus) {
        return read(corpus.resolve("langfuse"), "langfuse",
                (file, sql) -> !CONCURRENT_INDEX.matcher(sql).find() && !OWN_TRANSACTION.matcher(sql).find());
    }

    public static Workload kratos(Path corpus) {
        return read(corpus.resolve("kratos-postgres"), "kratos",
                (file, sql) -> !file.contains(".autocommit."));
    }

    private interface Transactional {
        boolean test(String file, String sql);
    }

    private static Workload read(Path folder, String name, Transactional transactional) {
        try {
            List<String> files = Files.readAllLines(folder.resolve("up.list")).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<Script> scripts = new ArrayList<>(files.size());
            int version = 0;
            for (String file : files) {
                version++;
                String sql = Files.readString(folder.resolve(file));
                scripts.add(new Script(version, slug(file), sql, transactional.test(file, sql)));
            }
            return new Workload(name, scripts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + folder, e);
        }
    }

    /** {@code migrations/20230518191501_init.sql} becomes {@code init}. */
    static String slug(String file) {
        String base = Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceAll("\\.(postgres\\.)?(autocommit\\.)?(up\\.)?sql$", "")
                .replaceFirst("^[0-9]+_?", "")
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return base.isEmpty() ? "migration" : base;
    }
}
