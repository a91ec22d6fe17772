package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;

import java.util.List;

/**
 * PostgreSQL range types: created before their users and after the enums and functions they use,
 * dropped after their users and before those, dropped and created again when changed unless used.
 */
final class RangeTypeCases {
    private RangeTypeCases() {
    }

    private static TableBuilder shifts() {
        return table("shifts").column("id", "integer").column("hours", "public.hour_range");
    }

    private static final String DIFF = "CREATE FUNCTION public.hour_diff(a float8, b float8) RETURNS float8 ...";

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newRangeType_isCreatedBeforeTheTableThatUsesIt")
                        .to(catalog().rangeType("hour_range", "double precision", null, null).with(shifts()))
                        .changes("create range type public.hour_range double precision", "create table public.shifts"),
                DiffCase.named("newRangeTypeOverAnEnum_followsTheEnumAndPrecedesACompositeTypeUsingIt")
                        .to(catalog().enumType("level", "low", "high").rangeType("level_range", "public.level", null, null)
                                .compositeType("band", null, "levels", "public.level_range"))
                        .changes("create enum public.level [low, high]", "create range type public.level_range public.level",
                                "create composite type public.band (levels public.level_range)"),
                DiffCase.named("vanishedRangeType_isDroppedAfterTheTableThatUsedItAndBeforeItsEnum")
                        .from(catalog().enumType("level", "low", "high").rangeType("level_range", "public.level", null, null)
                                .with(table("t").column("id", "integer").column("r", "public.level_range")))
                        .changes("drop table public.t", "drop range type public.level_range", "drop enum public.level"),
                DiffCase.named("changedUnusedRangeType_isDroppedAndCreatedAgain")
                        .from(catalog().rangeType("hour_range", "double precision", null, null))
                        .to(catalog().rangeType("hour_range", "numeric", null, null))
                        .changes("drop range type public.hour_range", "create range type public.hour_range numeric"),
                DiffCase.named("changedRangeTypeAColumnUses_isAWarningNamingTheColumn")
                        .from(catalog().rangeType("hour_range", "double precision", null, null).with(shifts()))
                        .to(catalog().rangeType("hour_range", "numeric", null, "hours").with(shifts()))
                        .leavingADifference()
                        .changes("comment on range type public.hour_range hours")
                        .warnings("not compared: range type public.hour_range is (subtype double precision) and should"
                                + " be (subtype numeric); it cannot be altered, nor dropped and created again while it"
                                + " is used by column public.shifts.hours: change it by hand"),
                DiffCase.named("rangeTypeComment_isSetInPlace")
                        .from(catalog().rangeType("hour_range", "double precision", null, null).with(shifts()))
                        .to(catalog().rangeType("hour_range", "double precision", null, "hours").with(shifts()))
                        .changes("comment on range type public.hour_range hours"),
                DiffCase.named("rangeTypeWithItsOwnDiffFunction_followsTheFunctionAndGoesBeforeIt")
                        .from(catalog().with(table("t").column("id", "integer")))
                        .to(catalog().routine("hour_diff(a float8, b float8)", DIFF)
                                .rangeType("hour_range", "double precision", "public.hour_diff", null)
                                .with(table("t").column("id", "integer")))
                        .changes("create routine public.hour_diff(a float8, b float8)",
                                "create range type public.hour_range double precision diff public.hour_diff"),
                DiffCase.named("rangeTypeOverADomain_followsTheDomainAndGoesBeforeIt")
                        .from(catalog().with(table("t").column("id", "integer")))
                        .to(catalog().domain("positive", "integer").rangeType("positive_range", "public.positive", null,
                                null).with(table("t").column("id", "integer")))
                        .changes("create domain public.positive",
                                "create range type public.positive_range public.positive"),
                DiffCase.named("rangeTypeWithABuiltInDiffFunction_isCreatedWithTheTypes")
                        .to(catalog().rangeType("hour_range", "double precision", "pg_catalog.float8mi", null)
                                .with(shifts()))
                        .changes("create range type public.hour_range double precision diff pg_catalog.float8mi",
                                "create table public.shifts"));
    }
}
