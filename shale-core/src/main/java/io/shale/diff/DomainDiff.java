package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Domain;
import io.shale.schema.Schema;
import io.shale.schema.change.Change;
import java.util.Map;
import java.util.Objects;

/**
 * PostgreSQL domains, matched by qualified name. A new domain is created with the types (step 2),
 * after enums it may be based on and before the tables whose columns use it; one that goes is
 * dropped after the tables (step 6), before the enums. A kept domain whose default, {@code NOT NULL},
 * checks or comment differ is altered in place in step 2, so columns that use it keep their data.
 * A changed base type or collation cannot be altered: that is a warning, and the proof shows the
 * difference.
 */
final class DomainDiff {
    private final PlanBuilder plan;

    DomainDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    void diff(Catalog from, Catalog to) {
        Map<String, Domain> before = index(from);
        Map<String, Domain> after = index(to);
        after.forEach((name, domain) -> {
            Domain current = before.get(name);
            if (current == null) {
                plan.add(Phase.CREATE_DOMAIN, new Change.CreateDomain(domain));
            } else if (!Objects.equals(current.baseType(), domain.baseType())
                    || !Objects.equals(current.collation(), domain.collation())) {
                plan.warn("not compared: domain " + name + " is " + describe(current) + " and should be "
                        + describe(domain) + "; a domain's base type cannot be altered, change it by hand");
            } else if (!current.equals(domain)) {
                plan.add(Phase.CREATE_DOMAIN, new Change.AlterDomain(current, domain));
            }
        });
        before.forEach((name, domain) -> {
            if (!after.containsKey(name)) {
                plan.add(Phase.DROP_DOMAIN, new Change.DropDomain(domain));
            }
        });
    }

    private static String describe(Domain domain) {
        return domain.baseType() + (domain.collation() == null ? "" : " collate " + domain.collation());
    }

    private static Map<String, Domain> index(Catalog catalog) {
        return Names.index(catalog, Schema::domains, d -> Names.qualify(d.schema(), d.name()));
    }
}
