package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Policy;
import io.shale.schema.Schema;
import io.shale.schema.change.Change;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Row-level security policies, matched by table and name and compared whole. A policy that goes or
 * changes is dropped in step 1 and, if still wanted, created in step 5 (after the tables, columns,
 * routines and views its expressions may use). A policy on a table that is recreated, renamed or has
 * a column renamed, altered or dropped is dropped and created again too: PostgreSQL refuses to change
 * the type of a column a policy uses, and drops a policy with its table.
 */
final class PolicyDiff {
    private final PlanBuilder plan;

    PolicyDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /** @param reshaped current qualified names of tables that go, are recreated, renamed or reshaped */
    void diff(Catalog from, Catalog to, Set<String> reshaped) {
        Map<String, Policy> before = index(from);
        Map<String, Policy> after = index(to);
        Set<String> recreated = new HashSet<>();
        before.forEach((key, policy) -> {
            Policy wanted = after.get(key);
            if (wanted == null || !wanted.equals(policy)
                    || reshaped.contains(Names.qualify(policy.schema(), policy.table()))) {
                plan.add(Phase.DROP_POLICY, new Change.DropPolicy(policy));
                recreated.add(key);
            }
        });
        after.forEach((key, policy) -> {
            if (!before.containsKey(key) || recreated.contains(key)) {
                plan.add(Phase.CREATE_POLICY, new Change.CreatePolicy(policy));
            }
        });
    }

    private static Map<String, Policy> index(Catalog catalog) {
        return Names.index(catalog, Schema::policies,
                q -> String.join("\u0000", String.valueOf(q.schema()), q.table(), q.name()));
    }
}
