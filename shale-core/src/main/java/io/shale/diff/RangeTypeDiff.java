package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.CompositeType;
import io.shale.schema.Domain;
import io.shale.schema.RangeType;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL range types, matched by qualified name. New types are created in step 2, after the enums
 * and collations they may use and before the composite types, domains, tables and routines that use
 * them. A late type, one with a canonical or subtype difference function of the schema's own (its
 * functions count as called by tables, see {@link TableCalls}) or over a domain or composite type of
 * the schema's, is created after those routines, domains and composite types instead. A type that goes
 * is dropped in step 6, after the tables, domains and composite types that used it (a late one: before
 * its functions, domains and composite types).
 *
 * <p>PostgreSQL cannot alter a range type: one whose definition changes is dropped and created again
 * where it is created, unless a table column, domain, composite type or other range type uses it (or its
 * multirange type), or a routine names it (in its arguments, result or body); then the change is a
 * warning naming them, and the proof shows the difference. A
 * changed comment is always set.
 */
final class RangeTypeDiff {
    private final PlanBuilder plan;

    RangeTypeDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /** @param usersOf the catalog whose objects hold a changed type (including excluded tables) */
    void diff(Catalog from, Catalog to, Catalog usersOf) {
        Map<String, RangeType> before = index(from);
        Map<String, RangeType> after = index(to);
        after.forEach((name, type) -> {
            Phase phase = late(type, to) ? Phase.LATE_RANGE_TYPE : Phase.RANGE_TYPE;
            RangeType current = before.get(name);
            if (current == null) {
                plan.add(phase, new Change.CreateRangeType(type));
            } else if (!current.sameDefinition(type)) {
                recreate(current, type, phase, usersOf);
            } else if (!Objects.equals(current.comment(), type.comment())) {
                plan.add(phase, new Change.AlterRangeType(current, type));
            }
        });
        before.forEach((name, type) -> {
            if (!after.containsKey(name)) {
                plan.add(late(type, from) ? Phase.DROP_LATE_RANGE_TYPE : Phase.DROP_RANGE_TYPE,
                        new Change.DropRangeType(type));
            }
        });
    }

    private void recreate(RangeType current, RangeType wanted, Phase phase, Catalog usersOf) {
        List<String> users = users(usersOf, current);
        if (users.isEmpty()) {
            plan.add(phase, new Change.DropRangeType(current));
            plan.add(phase, new Change.CreateRangeType(wanted));
            return;
        }
        plan.warn("not compared: range type " + qualified(current) + " is " + describe(current) + " and should be "
                + describe(wanted) + "; it cannot be altered, nor dropped and created again while it is used by "
                + String.join(", ", users) + ": change it by hand");
        if (!Objects.equals(current.comment(), wanted.comment())) {
            plan.add(phase, new Change.AlterRangeType(current, wanted));
        }
    }

    /**
     * Whether the type names a canonical or subtype difference function outside {@code pg_catalog}, or
     * its subtype is a domain or composite type of {@code catalog}.
     */
    private static boolean late(RangeType type, Catalog catalog) {
        String subtype = CompositeTypeDiff.plain(type.subtype());
        return routines(type).stream().anyMatch(f -> !f.startsWith("pg_catalog."))
                || catalog.schemas().stream().anyMatch(s -> s.domains().stream()
                        .anyMatch(d -> Names.qualify(d.schema(), d.name()).equals(subtype))
                        || s.compositeTypes().stream().anyMatch(c -> Names.qualify(c.schema(), c.name()).equals(subtype)));
    }

    /** Its canonical and subtype difference functions, as the inspector names them. */
    static List<String> routines(RangeType type) {
        List<String> routines = new ArrayList<>();
        if (type.canonical() != null) {
            routines.add(type.canonical());
        }
        if (type.subtypeDiff() != null) {
            routines.add(type.subtypeDiff());
        }
        return routines;
    }

    /** The columns, domains, composite types and range types that use {@code type} or its multirange type. */
    private static List<String> users(Catalog catalog, RangeType type) {
        String multirange = type.multirange() != null ? type.multirange() : RangeType.defaultMultirange(type.name());
        Set<String> names = Set.of(qualified(type), Names.qualify(type.schema(), multirange));
        List<String> users = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                String name = column.type().name();
                if (names.contains(CompositeTypeDiff.plain(name.contains(".") ? name : Names.qualify(table.schema(), name)))) {
                    users.add("column " + table.qualifiedName() + "." + column.name());
                }
            }
        }
        for (Schema schema : catalog.schemas()) {
            for (Domain domain : schema.domains()) {
                if (names.contains(CompositeTypeDiff.plain(domain.baseType()))) {
                    users.add("domain " + Names.qualify(domain.schema(), domain.name()));
                }
            }
            for (CompositeType composite : schema.compositeTypes()) {
                if (composite.attributes().stream().anyMatch(a -> names.contains(CompositeTypeDiff.plain(a.type())))) {
                    users.add("composite type " + Names.qualify(composite.schema(), composite.name()));
                }
            }
            for (Routine routine : schema.routines()) {
                if (mentions(routine.signature() + "\n" + routine.definition(), type.name(), multirange)) {
                    users.add("routine " + Names.qualify(routine.schema(), routine.signature()));
                }
            }
            for (RangeType range : schema.rangeTypes()) {
                if (names.contains(CompositeTypeDiff.plain(range.subtype()))) {
                    users.add("range type " + qualified(range));
                }
            }
        }
        return users;
    }

    /** Whether {@code text} names either type as a word: a routine's argument, result or body may use it. */
    private static boolean mentions(String text, String range, String multirange) {
        return Stream.of(range, multirange).anyMatch(name -> Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(name)
                + "\"?(?![\\w$])", Pattern.CASE_INSENSITIVE).matcher(text).find());
    }

    private static String describe(RangeType type) {
        List<String> options = new ArrayList<>();
        options.add("subtype " + type.subtype());
        add(options, "subtype_opclass", type.opclass());
        add(options, "collation", type.collation());
        add(options, "canonical", type.canonical());
        add(options, "subtype_diff", type.subtypeDiff());
        add(options, "multirange_type_name", type.multirange());
        return "(" + String.join(", ", options) + ")";
    }

    private static void add(List<String> options, String option, String value) {
        if (value != null) {
            options.add(option + " " + value);
        }
    }

    private static String qualified(RangeType type) {
        return Names.qualify(type.schema(), type.name());
    }

    private static Map<String, RangeType> index(Catalog catalog) {
        return Names.index(catalog, Schema::rangeTypes, RangeTypeDiff::qualified);
    }
}
