package io.shale.maven;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.change.Renames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shale.renames}: {@code TABLE.COLUMN=NEW} or {@code TABLE=NEW}, as the CLI's {@code --rename}
 * (whose parser is package-private in shale-cli; this is a copy of it, with the same message).
 */
final class RenameHints {
    private RenameHints() {
    }

    static Renames parse(List<String> values) {
        if (values == null) {
            return Renames.NONE;
        }
        Map<String, String> tables = new HashMap<>();
        Map<String, String> columns = new HashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1 || v.substring(eq + 1).contains(".")) {
                throw new ShaleException(ErrorCode.USAGE, "rename " + v + " is not OLD=NEW",
                        "write -Dshale.renames=users.name=full_name for a column, -Dshale.renames=users=people for a table");
            }
            String from = v.substring(0, eq);
            String to = v.substring(eq + 1);
            (from.contains(".") ? columns : tables).put(from, to);
        }
        return new Renames(tables, columns);
    }
}
