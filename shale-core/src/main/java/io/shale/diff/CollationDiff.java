package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Collation;
import io.shale.schema.Column;
import io.shale.schema.CompositeType;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PostgreSQL collations, matched by qualified name. A new collation is created in step 2, before the
 * domains and tables whose columns use it; one that goes is dropped in step 6, after the tables,
 * columns and domains that used it. A changed comment is set in step 2. A collation cannot be
 * altered otherwise: when its definition changed and no column, domain or composite type attribute uses it,
 * it is dropped and created again in step 2; when one does, PostgreSQL would refuse the drop, so that
 * is a warning naming what uses it, and the proof shows the difference.
 */
final class CollationDiff {
    private final PlanBuilder plan;

    CollationDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /**
     * @param usersOf the catalog whose columns, domains and composite types hold a changed collation (including
     *                excluded tables, which hold it as well)
     */
    void diff(Catalog from, Catalog to, Catalog usersOf) {
        Map<String, Collation> before = index(from);
        Map<String, Collation> after = index(to);
        after.forEach((name, collation) -> {
            Collation current = before.get(name);
            if (current == null) {
                plan.add(Phase.CREATE_COLLATION, new Change.CreateCollation(collation));
            } else if (!sameDefinition(current, collation)) {
                List<String> users = users(usersOf, current);
                if (users.isEmpty()) {
                    plan.add(Phase.CREATE_COLLATION, new Change.DropCollation(current));
                    plan.add(Phase.CREATE_COLLATION, new Change.CreateCollation(collation));
                } else {
                    plan.warn("not compared: collation " + name + " is " + describe(current) + " and should be "
                            + describe(collation) + "; a collation cannot be altered, and this one is used by "
                            + String.join(", ", users) + ": change it by hand");
                }
            } else if (!Objects.equals(current.comment(), collation.comment())) {
                plan.add(Phase.CREATE_COLLATION, new Change.AlterCollation(current, collation));
            }
        });
        before.forEach((name, collation) -> {
            if (!after.containsKey(name)) {
                plan.add(Phase.DROP_COLLATION, new Change.DropCollation(collation));
            }
        });
    }

    private static boolean sameDefinition(Collation a, Collation b) {
        return Objects.equals(a.provider(), b.provider()) && Objects.equals(a.locale(), b.locale())
                && Objects.equals(a.lcCollate(), b.lcCollate()) && Objects.equals(a.lcCtype(), b.lcCtype())
                && a.deterministic() == b.deterministic() && Objects.equals(a.rules(), b.rules());
    }

    /** {@code column s.t.c}, {@code domain s.d} and {@code attribute s.type.a} entries that name the collation. */
    private static List<String> users(Catalog catalog, Collation collation) {
        List<String> users = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                if (names(column.collation(), collation)) {
                    users.add("column " + table.qualifiedName() + "." + column.name());
                }
            }
        }
        for (Schema schema : catalog.schemas()) {
            schema.domains().stream().filter(d -> names(d.collation(), collation))
                    .forEach(d -> users.add("domain " + Names.qualify(d.schema(), d.name())));
            for (CompositeType type : schema.compositeTypes()) {
                type.attributes().stream().filter(a -> names(a.collation(), collation)).forEach(a -> users.add(
                        "attribute " + Names.qualify(type.schema(), type.name()) + "." + a.name()));
            }
        }
        return users;
    }

    /**
     * Whether a column's or domain's collation names {@code collation}: qualified, as standard SQL
     * delimited identifiers ({@code "public"."numeric"}, as the PostgreSQL inspector prints it) or plain.
     */
    private static boolean names(String reference, Collation collation) {
        return reference != null && (reference.equals(delimited(collation.schema()) + "." + delimited(collation.name()))
                || reference.equals(Names.qualify(collation.schema(), collation.name())));
    }

    private static String delimited(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String describe(Collation c) {
        String locale = c.locale() != null ? "locale '" + c.locale() + "'"
                : Objects.equals(c.lcCollate(), c.lcCtype()) ? "locale '" + c.lcCollate() + "'"
                : "lc_collate '" + c.lcCollate() + "' lc_ctype '" + c.lcCtype() + "'";
        return c.provider() + " " + locale + (c.deterministic() ? "" : " nondeterministic")
                + (c.rules() == null ? "" : " rules '" + c.rules() + "'");
    }

    private static Map<String, Collation> index(Catalog catalog) {
        return Names.index(catalog, Schema::collations, c -> Names.qualify(c.schema(), c.name()));
    }
}
