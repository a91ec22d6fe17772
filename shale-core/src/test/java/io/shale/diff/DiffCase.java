package io.shale.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One named differ case: two catalogs, optional hints and exclusions, and what the plan must say.
 * Changes are stated as {@link ChangeText} lines. Unless a case states warnings, it expects none.
 */
final class DiffCase {
    final String name;
    Catalog from = Catalogs.catalog().build();
    Catalog to = Catalogs.catalog().build();
    Renames renames = Renames.NONE;
    Predicate<String> excluded = n -> false;
    private List<String> exactly;
    private final List<String> included = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final List<List<String>> orders = new ArrayList<>();
    private List<String> warnings = List.of();
    boolean leavesADifference;

    private DiffCase(String name) {
        this.name = name;
    }

    static DiffCase named(String name) {
        return new DiffCase(name);
    }

    DiffCase from(Catalogs catalog) {
        this.from = catalog.build();
        return this;
    }

    DiffCase to(Catalogs catalog) {
        this.to = catalog.build();
        return this;
    }

    DiffCase renamingTables(Map<String, String> tables) {
        this.renames = new Renames(tables, renames.columns());
        return this;
    }

    DiffCase renamingColumns(Map<String, String> columns) {
        this.renames = new Renames(renames.tables(), columns);
        return this;
    }

    DiffCase excluding(Predicate<String> excluded) {
        this.excluded = excluded;
        return this;
    }

    /** The whole plan, in order. */
    DiffCase changes(String... lines) {
        this.exactly = List.of(lines);
        return this;
    }

    DiffCase includes(String... lines) {
        included.addAll(List.of(lines));
        return this;
    }

    /** No change line starts with any of these. */
    DiffCase lacks(String... prefixes) {
        absent.addAll(List.of(prefixes));
        return this;
    }

    /** These lines appear in this relative order. */
    DiffCase inOrder(String... lines) {
        orders.add(List.of(lines));
        return this;
    }

    /**
     * The plan, with a warning, leaves part of the difference (as PostgreSQL would refuse it): replaying
     * it still checks its order but does not reach the target.
     */
    DiffCase leavingADifference() {
        this.leavesADifference = true;
        return this;
    }

    DiffCase warnings(String... expected) {
        this.warnings = List.of(expected);
        return this;
    }

    void check(Plan plan) {
        List<String> lines = ChangeText.lines(plan.changes());
        if (exactly != null) {
            assertThat(lines).as("changes").containsExactlyElementsOf(exactly);
        }
        assertThat(lines).as("changes").containsAll(included);
        for (String prefix : absent) {
            assertThat(lines).as("changes").noneMatch(l -> l.startsWith(prefix));
        }
        for (List<String> order : orders) {
            assertThat(lines).as("changes").containsSubsequence(order);
        }
        assertThat(plan.warnings()).as("warnings").containsExactlyElementsOf(warnings);
    }

    @Override
    public String toString() {
        return name;
    }
}
