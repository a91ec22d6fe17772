package io.shale.cli.command;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.change.Renames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --rename TABLE.COLUMN=NEW} and {@code --rename TABLE=NEW} (optionally schema-qualified). */
final class RenameOptions {
    private RenameOptions() {
    }

    static Renames parse(List<String> values) {
        Map<String, String> tables = new HashMap<>();
        Map<String, String> columns = new HashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1 || v.substring(eq + 1).contains(".")) {
                throw new ShaleException(ErrorCode.USAGE, "--rename " + v + " is not OLD=NEW",
                        "write --rename users.name=full_name for a column, --rename users=people for a table");
            }
            String from = v.substring(0, eq);
            String to = v.substring(eq + 1);
            if (from.contains(".")) {
                columns.put(from, to);
            } else {
                tables.put(from, to);
            }
        }
        return new Renames(tables, columns);
    }
}
