package io.shale.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables the data commands may touch: every table except Shale's own history and meta
 * tables and those matching an {@code exclude:} glob ({@code *} any run of characters, {@code ?} one),
 * compared ignoring case.
 */
public final class TableFilter {
    private final List<String> shaleTables;
    private final List<Pattern> excluded;

    /**
     * @param shaleTables the history and meta table names, possibly schema-qualified
     * @param exclude     the {@code exclude:} globs
     */
    public TableFilter(List<String> shaleTables, List<String> exclude) {
        this.shaleTables = shaleTables.stream().map(TableFilter::unqualified).toList();
        List<Pattern> patterns = new ArrayList<>();
        for (String glob : exclude) {
            patterns.add(Pattern.compile(globToRegex(glob), Pattern.CASE_INSENSITIVE));
        }
        this.excluded = List.copyOf(patterns);
    }

    public boolean touches(String table) {
        String name = unqualified(table);
        return !isShaleTable(name) && excluded.stream().noneMatch(p -> p.matcher(name).matches());
    }

    public boolean isShaleTable(String table) {
        return shaleTables.contains(unqualified(table));
    }

    public List<String> touched(List<String> tables) {
        return tables.stream().filter(this::touches).toList();
    }

    private static String unqualified(String name) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
