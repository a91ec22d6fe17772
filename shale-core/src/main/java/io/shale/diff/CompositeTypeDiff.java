package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.CompositeType;
import io.shale.schema.Domain;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL composite types, matched by qualified name. New types are created in step 2, after the
 * collations and enums their attributes may use and a type after the types it uses, before the domains,
 * tables and routines that use them; a type whose attributes use a domain (directly or through another
 * type) is created after the domains instead. A type that goes is dropped in step 6, after the tables,
 * routines and domains that used it and after the types that use it (a type over a domain: before the
 * domains).
 *
 * <p>A kept type is altered in place: the longest leading run of the wanted attributes that the type
 * already has, in that order, is kept (its attributes' type or collation altered where it changed);
 * every other attribute is dropped, and the rest are added at the end, so a renamed attribute is a drop
 * and an add. PostgreSQL refuses to alter the attributes of a type that a table column uses (directly,
 * or through another type or a domain): then the attributes are a warning naming those columns, and the
 * proof shows the difference. A changed comment is always set.
 */
final class CompositeTypeDiff {
    private final PlanBuilder plan;

    CompositeTypeDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /**
     * @param usersOf the catalog whose columns hold a changed type (including excluded tables, which
     *                hold it as well)
     */
    void diff(Catalog from, Catalog to, Catalog usersOf) {
        Map<String, CompositeType> before = index(from);
        Map<String, CompositeType> after = index(to);
        Set<String> overDomainAfter = overDomain(to);
        Set<String> overDomainBefore = overDomain(from);
        for (CompositeType type : dependenciesFirst(after)) {
            String name = qualified(type);
            Phase phase = overDomainAfter.contains(name) ? Phase.COMPOSITE_TYPE_OVER_DOMAIN : Phase.COMPOSITE_TYPE;
            CompositeType current = before.get(name);
            if (current == null) {
                plan.add(phase, new Change.CreateCompositeType(type));
            } else if (!current.equals(type)) {
                alter(current, type, phase, usersOf);
            }
        }
        List<CompositeType> dropped = new ArrayList<>(dependenciesFirst(before));
        Collections.reverse(dropped);
        for (CompositeType type : dropped) {
            String name = qualified(type);
            if (!after.containsKey(name)) {
                plan.add(overDomainBefore.contains(name) ? Phase.DROP_COMPOSITE_TYPE_OVER_DOMAIN
                        : Phase.DROP_COMPOSITE_TYPE, new Change.DropCompositeType(type));
            }
        }
    }

    private void alter(CompositeType current, CompositeType wanted, Phase phase, Catalog usersOf) {
        List<String> have = current.attributes().stream().map(CompositeType.Attribute::name).toList();
        List<CompositeType.Attribute> want = wanted.attributes();
        int kept = 0;
        for (int at = 0; kept < want.size(); kept++) {
            int found = have.subList(at, have.size()).indexOf(want.get(kept).name());
            if (found < 0) {
                break;
            }
            at += found + 1;
        }
        Set<String> keptNames = want.subList(0, kept).stream().map(CompositeType.Attribute::name)
                .collect(Collectors.toSet());
        List<String> dropped = have.stream().filter(n -> !keptNames.contains(n)).toList();
        List<CompositeType.Attribute> added = want.subList(kept, want.size());
        List<CompositeType.Attribute> altered = want.subList(0, kept).stream()
                .filter(a -> !current.attributes().contains(a)).toList();
        boolean attributesChange = !dropped.isEmpty() || !added.isEmpty() || !altered.isEmpty();
        List<String> users = attributesChange ? users(usersOf, qualified(current)) : List.of();
        if (users.isEmpty()) {
            plan.add(phase, new Change.AlterCompositeType(current, wanted, dropped, added, altered));
            return;
        }
        plan.warn("not compared: composite type " + qualified(current) + " is " + describe(current)
                + " and should be " + describe(wanted) + "; its attributes cannot be altered while it is used by "
                + String.join(", ", users) + ": change it by hand");
        if (!Objects.equals(current.comment(), wanted.comment())) {
            plan.add(phase, new Change.AlterCompositeType(current, wanted, List.of(), List.of(), List.of()));
        }
    }

    /** The {@code column s.t.c} entries whose type is {@code name}, or a type or domain that holds it. */
    private static List<String> users(Catalog catalog, String name) {
        Set<String> holders = holding(catalog, Set.of(name), true);
        List<String> users = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                String type = column.type().name();
                if (holders.contains(plain(type.contains(".") ? type : Names.qualify(table.schema(), type)))) {
                    users.add("column " + table.qualifiedName() + "." + column.name());
                }
            }
        }
        return users;
    }

    /** The types that use a domain of the catalog, directly or through other types. */
    private static Set<String> overDomain(Catalog catalog) {
        Set<String> domains = new HashSet<>();
        for (Schema schema : catalog.schemas()) {
            schema.domains().forEach(d -> domains.add(Names.qualify(d.schema(), d.name())));
        }
        Set<String> over = holding(catalog, domains, false);
        over.removeAll(domains);
        return over;
    }

    /**
     * {@code names} and the qualified names of the composite types (and, with {@code throughDomains},
     * the domains) that hold one of them, directly or through one another.
     */
    private static Set<String> holding(Catalog catalog, Set<String> names, boolean throughDomains) {
        Set<String> holders = new HashSet<>(names);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Schema schema : catalog.schemas()) {
                for (CompositeType type : schema.compositeTypes()) {
                    if (type.attributes().stream().anyMatch(a -> holders.contains(plain(a.type())))) {
                        grew |= holders.add(qualified(type));
                    }
                }
                for (Domain domain : throughDomains ? schema.domains() : List.<Domain>of()) {
                    if (holders.contains(plain(domain.baseType()))) {
                        grew |= holders.add(Names.qualify(domain.schema(), domain.name()));
                    }
                }
            }
        }
        return holders;
    }

    /** The types, each after the types of {@code types} that its attributes use; otherwise by name. */
    private static List<CompositeType> dependenciesFirst(Map<String, CompositeType> types) {
        List<CompositeType> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        types.keySet().stream().sorted().forEach(name -> visit(name, types, seen, ordered));
        return ordered;
    }

    private static void visit(String name, Map<String, CompositeType> types, Set<String> seen,
                              List<CompositeType> ordered) {
        CompositeType type = types.get(name);
        if (type == null || !seen.add(name)) {
            return;
        }
        type.attributes().forEach(a -> visit(plain(a.type()), types, seen, ordered));
        ordered.add(type);
    }

    /**
     * {@code schema.name} of a type reference as the PostgreSQL inspector writes one: quoted where needed,
     * qualified outside {@code pg_catalog}, {@code []} for arrays.
     */
    static String plain(String reference) {
        String name = reference;
        while (name.endsWith("[]")) {
            name = name.substring(0, name.length() - 2);
        }
        return name.replace("\"", "");
    }

    private static String describe(CompositeType type) {
        return "(" + type.attributes().stream().map(a -> a.name() + " " + a.type()
                + (a.collation() == null ? "" : " collate " + a.collation())).collect(Collectors.joining(", ")) + ")";
    }

    private static String qualified(CompositeType type) {
        return Names.qualify(type.schema(), type.name());
    }

    private static Map<String, CompositeType> index(Catalog catalog) {
        return Names.index(catalog, Schema::compositeTypes, CompositeTypeDiff::qualified);
    }
}
