package io.shale.config;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Glob patterns over table names ({@code exclude: [apscheduler_*]}): {@code *} any run of
 * characters, {@code ?} one character, matched case-insensitively against the bare table name
 * or {@code schema.table}.
 */
public final class TablePatterns implements Predicate<String> {
    private final List<Pattern> patterns;

    private TablePatterns(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    public static TablePatterns of(List<String> globs) {
        return new TablePatterns(globs.stream().map(TablePatterns::compile).toList());
    }

    /** Shale's own tables plus the configured {@code exclude:} patterns. */
    public static TablePatterns skipped(ShaleConfig config) {
        List<String> all = new java.util.ArrayList<>(config.exclude());
        all.add(config.historyTable());
        all.add(config.metaTable());
        return of(all);
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    @Override
    public boolean test(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String bare = dot < 0 ? name : name.substring(dot + 1);
        for (Pattern p : patterns) {
            if (p.matcher(name).matches() || p.matcher(bare).matches()) {
                return true;
            }
        }
        return false;
    }
}
