package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.EnumType;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Enum types: created and changed in step 2, dropped in step 6. Values only appended or inserted
 * become {@code AddEnumValue} changes in the desired order; any removal or reordering recreates the
 * type, casting every column that uses it, with a warning.
 */
final class EnumDiff {
    private final PlanBuilder plan;

    EnumDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /**
     * @param columnsOf the catalog whose columns a recreated type must cast (including excluded
     *                  tables, whose columns hold the type as well)
     * @return qualified names of the tables with columns of a recreated type
     */
    Set<String> diff(Catalog from, Catalog to, Catalog columnsOf) {
        Map<String, EnumType> before = enums(from);
        Map<String, EnumType> after = enums(to);
        Set<String> recast = new LinkedHashSet<>();
        after.forEach((name, wanted) -> {
            EnumType current = before.get(name);
            if (current == null) {
                plan.add(Phase.CREATE_ENUM, new Change.CreateEnum(wanted));
            } else if (isSubsequence(current.values(), wanted.values())) {
                addValues(current, wanted);
            } else {
                List<String> columns = new ArrayList<>();
                for (Table table : columnsOf.tables()) {
                    for (Column column : table.columns()) {
                        if (usesType(table, column, current)) {
                            columns.add(table.qualifiedName() + "." + column.name());
                            recast.add(table.qualifiedName());
                        }
                    }
                }
                plan.add(Phase.RECREATE_ENUM, new Change.RecreateEnum(current, wanted, columns));
                plan.warn("values removed or reordered in enum " + name
                        + ": existing rows holding removed values will fail the cast");
            }
        });
        before.forEach((name, current) -> {
            if (!after.containsKey(name)) {
                plan.add(Phase.DROP_ENUM, new Change.DropEnum(current));
            }
        });
        return recast;
    }

    private void addValues(EnumType current, EnumType wanted) {
        List<String> values = wanted.values();
        Set<String> present = new LinkedHashSet<>(current.values());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (present.contains(value)) {
                continue;
            }
            String after = i > 0 ? values.get(i - 1) : null;
            String before = after == null ? firstPresent(values, present) : null;
            plan.add(Phase.ADD_ENUM_VALUE, new Change.AddEnumValue(wanted, value, before, after));
            present.add(value);
        }
    }

    private static String firstPresent(List<String> values, Set<String> present) {
        return values.stream().filter(present::contains).findFirst().orElse(null);
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int i = 0;
        for (String value : longer) {
            if (i < shorter.size() && shorter.get(i).equals(value)) {
                i++;
            }
        }
        return i == shorter.size();
    }

    private static boolean usesType(Table table, Column column, EnumType type) {
        String name = column.type().name();
        return name.equals(Names.qualify(type.schema(), type.name()))
                || name.equals(type.name()) && Objects.equals(table.schema(), type.schema());
    }

    private static Map<String, EnumType> enums(Catalog catalog) {
        Map<String, EnumType> enums = new LinkedHashMap<>();
        for (Schema schema : catalog.schemas()) {
            schema.enums().forEach(e -> enums.put(Names.qualify(e.schema(), e.name()), e));
        }
        return enums;
    }
}
