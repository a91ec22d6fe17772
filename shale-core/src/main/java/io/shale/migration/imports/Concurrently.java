package io.shale.migration.imports;

import java.util.regex.Pattern;

/**
 * The textual rule for tools that send a whole file as one command and have no marker of their own
 * (golang-migrate, Prisma): a file that builds or drops an index {@code CONCURRENTLY} only works
 * outside a transaction, so Shale must run it so too.
 */
final class Concurrently {
    private static final Pattern WORD = Pattern.compile("(?i)\\bINDEX\\s+CONCURRENTLY\\b|\\bREINDEX\\b.*\\bCONCURRENTLY\\b");

    private Concurrently() {
    }

    static boolean uses(String sql) {
        return WORD.matcher(sql).find();
    }
}
