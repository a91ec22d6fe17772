package io.shale.dialect.postgres;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.Catalog;
import io.shale.schema.change.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table inheritance ({@code INHERITS}) is not rendered: a child shares its parent's columns and the
 * database propagates column changes itself, so table and column changes on either would be wrong.
 * A plan that touches such a table is refused, naming the tables; one that leaves them alone
 * passes, with the inspector's {@code not compared} warning.
 */
final class PostgresInheritance {
    /** The inspector's line for an inheriting table ({@link PgUnsupportedQuery}). */
    private static final Pattern INHERITS = Pattern.compile("^table (\\S+) inherits (\\S+)$");

    private PostgresInheritance() {
    }

    static void refuse(Iterable<Change> changes, Catalog from, Catalog to) {
        Map<String, String> related = new LinkedHashMap<>();
        for (Catalog catalog : new Catalog[] {from, to}) {
            for (String line : catalog.unsupported()) {
                Matcher m = INHERITS.matcher(line);
                if (m.matches()) {
                    related.put(m.group(1), line);
                    related.put(m.group(2), line);
                }
            }
        }
        if (related.isEmpty()) {
            return;
        }
        TreeSet<String> touched = new TreeSet<>();
        for (Change change : changes) {
            String table = table(change);
            if (table != null && related.containsKey(table)) {
                touched.add(related.get(table));
            }
        }
        if (!touched.isEmpty()) {
            throw new ShaleException(ErrorCode.UNSUPPORTED_OBJECT,
                    "Cannot generate changes to tables that use inheritance: " + String.join("; ", touched),
                    "write this change by hand in a migration (or use PARTITION BY instead of INHERITS), "
                            + "or list these tables under exclude: in shale.yaml");
        }
    }

    /** The qualified table a table or column change names, null for other changes. */
    private static String table(Change change) {
        if (change instanceof Change.CreateTable c) {
            return c.table().schema() + "." + c.table().name();
        }
        if (change instanceof Change.DropTable c) {
            return c.table().schema() + "." + c.table().name();
        }
        if (change instanceof Change.AddColumn c) {
            return c.schema() + "." + c.table();
        }
        if (change instanceof Change.DropColumn c) {
            return c.schema() + "." + c.table();
        }
        if (change instanceof Change.AlterColumn c) {
            return c.schema() + "." + c.table();
        }
        if (change instanceof Change.RenameColumn c) {
            return c.schema() + "." + c.table();
        }
        return null;
    }
}
