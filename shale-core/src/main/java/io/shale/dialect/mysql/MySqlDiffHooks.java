package io.shale.dialect.mysql;

import io.shale.dialect.DiffHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL/MariaDB: an index's prefix lengths ({@code `name`(20)}) live only in its definition. */
final class MySqlDiffHooks implements DiffHooks {
    static final MySqlDiffHooks INSTANCE = new MySqlDiffHooks();

    /** A key part with a prefix length, as {@code MySqlInspectKeys} writes it. */
    static final Pattern PREFIX = Pattern.compile("`\\((\\d+)\\)");

    private MySqlDiffHooks() {
    }

    @Override
    public boolean sameIndexDetail(String definitionA, String definitionB) {
        return prefixes(definitionA).equals(prefixes(definitionB));
    }

    private static List<String> prefixes(String definition) {
        List<String> prefixes = new ArrayList<>();
        if (definition != null) {
            Matcher m = PREFIX.matcher(definition);
            while (m.find()) {
                prefixes.add(m.group(1));
            }
        }
        return prefixes;
    }
}
