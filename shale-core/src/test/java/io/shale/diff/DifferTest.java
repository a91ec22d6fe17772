package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.TableCases.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.dialect.DiffHooks;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.Catalog;
import io.shale.schema.ColumnType;
import io.shale.schema.change.Change;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DifferTest {
    private final Differ differ = new Differ(DiffHooks.DEFAULTS);

    static List<DiffCase> cases() {
        return Stream.of(TableCases.cases(), ColumnCases.cases(), ConstraintCases.cases(), TypeCases.cases(),
                ViewCases.cases(), ScopeCases.cases(), CollationCases.cases(),
                CompositeTypeCases.cases(), StatisticsCases.cases(),
                RangeTypeCases.cases()).flatMap(List::stream).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diff_givesTheCasesPlan(DiffCase c) {
        c.check(differ.diff(c.from, c.to, c.renames, c.excluded));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diff_isComputableBothWays_andEmptyAgainstItself(DiffCase c) {
        Plan forward = differ.diff(c.from, c.to, c.renames, c.excluded);
        Plan backward = differ.diff(c.to, c.from, Differ.reversed(c.renames), c.excluded);
        assertThat(differ.diff(c.from, c.from, Renames.NONE, c.excluded).changes()).isEmpty();
        assertThat(differ.diff(c.to, c.to, Renames.NONE, c.excluded).changes()).isEmpty();
        assertThat(forward.isEmpty()).isEqualTo(backward.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void createdTables_neverCarryForeignKeys(DiffCase c) {
        for (Plan plan : List.of(differ.diff(c.from, c.to, c.renames, c.excluded),
                differ.diff(c.to, c.from, Differ.reversed(c.renames), c.excluded))) {
            plan.changes().stream().filter(Change.CreateTable.class::isInstance)
                    .map(ch -> ((Change.CreateTable) ch).table())
                    .forEach(t -> assertThat(t.foreignKeys()).as(t.qualifiedName()).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansInBothDirections_replayOnAStrictDatabaseIntoTheTarget(DiffCase c) {
        Exclusion exclusion = new Exclusion(c.excluded);
        Catalog from = exclusion.filter(c.from);
        Catalog to = exclusion.filter(c.to);
        Plan forward = differ.diff(c.from, c.to, c.renames, c.excluded);
        List<String> forwardFacts = Replay.apply(forward, from, to);
        Plan backward = differ.diff(c.to, c.from, Differ.reversed(c.renames), c.excluded);
        List<String> backwardFacts = Replay.apply(backward, to, from);
        if (!c.leavesADifference) {
            assertThat(forwardFacts).isEqualTo(ReplayState.of(to).facts());
            assertThat(backwardFacts).isEqualTo(ReplayState.of(from).facts());
        }
    }

    @Test
    void theCaseTable_coversAtLeastSixtyNamedCases() {
        List<DiffCase> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(c -> c.name).distinct()).hasSize(all.size());
    }

    @Test
    void renameHintForAMissingTable_isRefused() {
        Catalog current = catalog().with(users()).build();
        assertThatThrownBy(() -> differ.diff(current, current, new Renames(Map.of("public.people", "persons"),
                Map.of()), n -> false))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                    assertThat(e.getMessage()).contains("public.people");
                });
    }

    @Test
    void renameHintForAMissingColumn_isRefused() {
        Catalog current = catalog().with(users()).build();
        Catalog wanted = catalog().with(users().column("mail", "text")).build();
        assertThatThrownBy(() -> differ.diff(current, wanted, new Renames(Map.of(),
                Map.of("public.users.nope", "mail")), n -> false))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("public.users.nope");
    }

    @Test
    void renameHintWhereBothNamesExist_isRefused() {
        Catalog both = catalog().with(users().column("mail", "text")).build();
        assertThatThrownBy(() -> differ.diff(both, both, new Renames(Map.of(),
                Map.of("public.users.email", "mail")), n -> false))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("both names exist");
    }

    @Test
    void hooks_decideTypeEquality() {
        DiffHooks intIsInteger = new DiffHooks() {
            @Override
            public boolean sameType(ColumnType a, ColumnType b) {
                return canonical(a).equals(canonical(b));
            }

            private String canonical(ColumnType t) {
                return t.display().equals("int4") ? "integer" : t.display();
            }
        };
        Catalog current = catalog().with(users()).build();
        Catalog wanted = catalog().with(users().column("id", "int4")).build();
        assertThat(new Differ(intIsInteger).diff(current, wanted, Renames.NONE, n -> false).changes()).isEmpty();
        assertThat(differ.diff(current, wanted, Renames.NONE, n -> false).changes()).hasSize(1);
    }

    @Test
    void hooks_decideWhatLooksLikeARename() {
        DiffHooks never = new DiffHooks() {
            @Override
            public boolean renameCompatible(ColumnType a, ColumnType b) {
                return false;
            }
        };
        Catalog current = catalog().with(users()).build();
        Catalog wanted = catalog().with(users().without("email").column("mail", "text")).build();
        assertThat(new Differ(never).diff(current, wanted, Renames.NONE, n -> false).warnings()).isEmpty();
    }

    @Test
    void reversedRenames_keyColumnsByTheTablesOldName() {
        Renames forward = new Renames(Map.of("public.users", "accounts"), Map.of("public.accounts.email", "mail"));
        Renames backward = Differ.reversed(forward);
        assertThat(backward.tables()).containsExactly(Map.entry("public.accounts", "users"));
        assertThat(backward.columns()).containsExactly(Map.entry("public.users.mail", "email"));
    }
}
