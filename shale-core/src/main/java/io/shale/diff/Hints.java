package io.shale.diff;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.Catalog;
import io.shale.schema.Table;
import io.shale.schema.change.Renames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's rename hints, checked against both catalogs before anything is compared: a hint that
 * names a missing or ambiguous object is refused rather than ignored, because an ignored rename
 * hint turns into a dropped column.
 */
final class Hints {
    private static final String HINT = "pass --rename old=new (or schema.old=new) for a table, table.old=new"
            + " (or schema.table.old=new) for a column"
            + " (table as named after any table rename), naming objects that exist and are not excluded";

    private final Renames renames;

    Hints(Renames renames, Catalog from, Catalog to) {
        this.renames = resolve(renames == null ? Renames.NONE : renames, from, to);
        this.renames.tables().forEach((key, target) -> checkTable(key, target, from, to));
        this.renames.columns().forEach((key, target) -> checkColumn(key, target, from, to));
    }

    /** The table's name in the target catalog when the user hinted a rename. */
    Optional<String> tableRename(String schema, String name) {
        return Optional.ofNullable(renames.tables().get(Names.qualify(schema, name)));
    }

    /** Hinted column renames of a table (named as in the target catalog), old name to new. */
    Map<String, String> columnRenames(String schema, String targetTable) {
        String prefix = Names.qualify(schema, targetTable) + ".";
        Map<String, String> result = new LinkedHashMap<>();
        renames.columns().forEach((key, target) -> {
            if (key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0) {
                result.put(key.substring(prefix.length()), target);
            }
        });
        return result;
    }

    private static void checkTable(String key, String target, Catalog from, Catalog to) {
        String[] parts = split(key);
        String schema = parts[0];
        String old = parts[1];
        if (find(from, schema, old) == null) {
            throw refused("rename hint " + key + "=" + target + ": there is no table " + key + " to rename");
        }
        if (find(to, schema, target) == null) {
            throw refused("rename hint " + key + "=" + target + ": the desired schema has no table "
                    + Names.qualify(schema, target));
        }
        if (find(from, schema, target) != null || find(to, schema, old) != null) {
            throw refused("rename hint " + key + "=" + target + ": both names exist on one side, so it is not a rename");
        }
    }

    private void checkColumn(String key, String target, Catalog from, Catalog to) {
        String[] tableAndColumn = split(key);
        String old = tableAndColumn[1];
        String[] parts = split(tableAndColumn[0]);
        String schema = parts[0];
        String table = parts[1];
        Table after = find(to, schema, table);
        String fromName = table;
        for (Map.Entry<String, String> e : renames.tables().entrySet()) {
            String[] renamed = split(e.getKey());
            if (Objects.equals(renamed[0], schema) && e.getValue().equals(table)) {
                fromName = renamed[1];
            }
        }
        Table before = find(from, schema, fromName);
        if (after == null || before == null) {
            throw refused("rename hint " + key + "=" + target + ": table " + Names.qualify(schema, table)
                    + " is not in both the current and the desired schema");
        }
        if (before.column(old).isEmpty() || after.column(target).isEmpty()) {
            throw refused("rename hint " + key + "=" + target + ": column " + old + " must exist now and column "
                    + target + " in the desired schema");
        }
        if (before.column(target).isPresent() || after.column(old).isPresent()) {
            throw refused("rename hint " + key + "=" + target + ": both names exist on one side, so it is not a rename");
        }
    }

    /**
     * The hints with every name schema-qualified the way the catalogs name tables. Users may leave the
     * schema out: {@code users=people} and {@code users.name=full_name} mean the table {@code users}
     * wherever it is, if it is in exactly one schema. A key {@code a.b} is a column {@code b} of a
     * table {@code a} when there is one, else the table {@code b} of the schema {@code a}.
     */
    static Renames resolve(Renames renames, Catalog from, Catalog to) {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        renames.tables().forEach((key, target) -> tables.put(qualifiedTable(key, target, from), target));
        renames.columns().forEach((key, target) -> {
            long dots = key.chars().filter(ch -> ch == '.').count();
            String[] tableAndColumn = split(key);
            if (dots == 1 && !hasTableNamed(from, tableAndColumn[0]) && !hasTableNamed(to, tableAndColumn[0])
                    && schemaHoldsTable(from, tableAndColumn[0], tableAndColumn[1])) {
                tables.put(key, target);
            } else if (dots == 1) {
                String schema = onlySchemaOf(from, tableAndColumn[0], key + "=" + target);
                if (schema == null) {
                    schema = onlySchemaOf(to, tableAndColumn[0], key + "=" + target);
                }
                columns.put(Names.qualify(Names.qualify(schema, tableAndColumn[0]), tableAndColumn[1]), target);
            } else {
                columns.put(key, target);
            }
        });
        return new Renames(tables, columns);
    }

    private static String qualifiedTable(String key, String target, Catalog from) {
        return key.contains(".") ? key : Names.qualify(onlySchemaOf(from, key, key + "=" + target), key);
    }

    /** The one schema that holds a table {@code name}; null when none does, or where tables have no schema. */
    private static String onlySchemaOf(Catalog catalog, String name, String hint) {
        List<String> schemas = catalog.tables().stream().filter(t -> t.name().equals(name))
                .map(Table::schema).filter(Objects::nonNull).distinct().toList();
        if (schemas.size() > 1) {
            throw refused("rename hint " + hint + ": table " + name + " is in several schemas " + schemas
                    + "; name the schema, e.g. " + schemas.get(0) + "." + hint);
        }
        return schemas.isEmpty() ? null : schemas.get(0);
    }

    private static boolean hasTableNamed(Catalog catalog, String name) {
        return catalog.tables().stream().anyMatch(t -> t.name().equals(name));
    }

    private static boolean schemaHoldsTable(Catalog catalog, String schema, String name) {
        return catalog.tables().stream().anyMatch(t -> t.name().equals(name) && schema.equals(t.schema()));
    }

    /** {@code a.b.c} to {@code [a.b, c]}; {@code c} to {@code [null, c]}. */
    static String[] split(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? new String[] {null, key} : new String[] {key.substring(0, dot), key.substring(dot + 1)};
    }

    private static Table find(Catalog catalog, String schema, String name) {
        return catalog.tables().stream()
                .filter(t -> t.name().equals(name) && Objects.equals(schema, t.schema()))
                .findFirst().orElse(null);
    }

    private static ShaleException refused(String message) {
        return new ShaleException(ErrorCode.USAGE, message, HINT);
    }
}
