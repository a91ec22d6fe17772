package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;

import java.util.List;

/** PostgreSQL collations: created before their users, dropped after them, recreated only when unused. */
final class CollationCases {
    private static final String CI = "\"public\".\"ci\"";

    private CollationCases() {
    }

    private static TableBuilder people() {
        return table("people").column("id", "integer").column("name", "text").collate(CI);
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newCollation_isCreatedBeforeTheTableThatUsesIt")
                        .to(catalog().collation("ci", "und-u-ks-level2", false, null).with(people()))
                        .changes("create collation public.ci und-u-ks-level2 nondeterministic", "create table public.people"),
                DiffCase.named("newCollation_isCreatedBeforeTheColumnThatUsesIt")
                        .from(catalog().with(table("people").column("id", "integer").column("name", "text")))
                        .to(catalog().collation("ci", "und-u-ks-level2", false, null).with(people()))
                        .changes("create collation public.ci und-u-ks-level2 nondeterministic",
                                "alter column public.people.name"),
                DiffCase.named("vanishedCollation_isDroppedAfterTheTableThatUsedIt")
                        .from(catalog().collation("ci", "und-u-ks-level2", false, null).with(people()))
                        .changes("drop table public.people", "drop collation public.ci"),
                DiffCase.named("changedUnusedCollation_isDroppedAndCreatedAgain")
                        .from(catalog().collation("ci", "und", true, "kept"))
                        .to(catalog().collation("ci", "und-u-ks-level2", false, "kept"))
                        .changes("drop collation public.ci", "create collation public.ci und-u-ks-level2 nondeterministic"),
                DiffCase.named("changedCollationInUse_isAWarningNamingItsColumns")
                        .from(catalog().collation("ci", "und", true, null).with(people()))
                        .to(catalog().collation("ci", "und-u-ks-level2", false, null).with(people()))
                        .changes()
                        .warnings("not compared: collation public.ci is icu locale 'und' and should be icu locale"
                                + " 'und-u-ks-level2' nondeterministic; a collation cannot be altered, and this one is used"
                                + " by column public.people.name: change it by hand"),
                DiffCase.named("collationComment_isSetInPlace")
                        .from(catalog().collation("ci", "und", true, null).with(people()))
                        .to(catalog().collation("ci", "und", true, "case-insensitive").with(people()))
                        .changes("comment on collation public.ci case-insensitive"));
    }
}
