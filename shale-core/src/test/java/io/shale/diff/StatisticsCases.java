package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;

import java.util.List;
import java.util.Map;

/**
 * PostgreSQL extended statistics: created after their table and columns, dropped before the columns and
 * tables they use go, recreated when their definition changes or their table is renamed or reshaped,
 * their target and comment set in place.
 */
final class StatisticsCases {
    private StatisticsCases() {
    }

    private static TableBuilder orders() {
        return table("orders").column("id", "integer").column("city", "text").column("zip", "text");
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newStatistics_areCreatedAfterTheirTableAndColumns")
                        .from(catalog().with(table("orders").column("id", "integer")))
                        .to(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .changes("add column public.orders.city", "add column public.orders.zip",
                                "create statistics public.orders_geo [] on city, zip from public.orders target null"
                                        + " comment null"),
                DiffCase.named("newTableWithStatistics_isCreatedFirst")
                        .to(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", 500, "geo"))
                        .changes("create table public.orders",
                                "create statistics public.orders_geo [] on city, zip from public.orders target 500"
                                        + " comment geo"),
                DiffCase.named("vanishedStatistics_areDroppedBeforeTheColumnsTheyUse")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .to(catalog().with(orders().without("zip")))
                        .changes("drop statistics public.orders_geo", "drop column public.orders.zip"),
                DiffCase.named("vanishedTable_dropsItsStatisticsFirst")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .changes("drop statistics public.orders_geo", "drop table public.orders"),
                DiffCase.named("changedDefinition_isADropAndACreate")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .to(catalog().with(orders()).statistics("orders_geo", "orders", "id, city", null, null))
                        .changes("drop statistics public.orders_geo",
                                "create statistics public.orders_geo [] on id, city from public.orders target null"
                                        + " comment null"),
                DiffCase.named("changedTargetAndComment_areSetInPlace")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .to(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", 300, "geo"))
                        .changes("alter statistics public.orders_geo target 300 comment geo"),
                DiffCase.named("hintedTableRename_recreatesTheStatisticsOnTheRenamedTable")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .to(catalog().with(orders().named("sales")).statistics("orders_geo", "sales", "city, zip", null,
                                null))
                        .renamingTables(Map.of("public.orders", "sales"))
                        .changes("drop statistics public.orders_geo", "rename table public.orders to sales",
                                "create statistics public.orders_geo [] on city, zip from public.sales target null"
                                        + " comment null"),
                DiffCase.named("hintedColumnRename_recreatesTheStatisticsOverTheRenamedColumn")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .to(catalog().with(table("orders").column("id", "integer").column("town", "text")
                                .column("zip", "text")).statistics("orders_geo", "orders", "town, zip", null, null))
                        .renamingColumns(Map.of("public.orders.city", "town"))
                        .changes("drop statistics public.orders_geo", "rename column public.orders.city to town",
                                "create statistics public.orders_geo [] on town, zip from public.orders target null"
                                        + " comment null"),
                DiffCase.named("statisticsOverAnExpression_followTheRoutineItCalls")
                        .from(catalog().with(orders()))
                        .to(catalog().with(orders()).routine("norm(t text)", "CREATE FUNCTION public.norm(t text) ...")
                                .statistics("orders_norm", "orders", "norm(city), zip", null, null))
                        .changes("create routine public.norm(t text)",
                                "create statistics public.orders_norm [] on norm(city), zip from public.orders"
                                        + " target null comment null"),
                DiffCase.named("statisticsOnAMaterializedView_areCreatedAfterTheView")
                        .from(catalog().with(orders()))
                        .to(catalog().with(orders()).materializedView("geo", "SELECT city, zip FROM orders", "public.orders")
                                .statistics("geo_stats", "geo", "city, zip", null, null))
                        .changes("create view public.geo",
                                "create statistics public.geo_stats [] on city, zip from public.geo target null"
                                        + " comment null"),
                DiffCase.named("statisticsOnARecreatedMaterializedView_goFirstAndAreCreatedAgain")
                        .from(catalog().with(orders()).materializedView("geo", "SELECT city, zip FROM orders", "public.orders")
                                .statistics("geo_stats", "geo", "city, zip", null, null))
                        .to(catalog().with(orders()).materializedView("geo", "SELECT zip, city FROM orders", "public.orders")
                                .statistics("geo_stats", "geo", "city, zip", null, null))
                        .changes("drop statistics public.geo_stats", "drop view public.geo",
                                "create view public.geo",
                                "create statistics public.geo_stats [] on city, zip from public.geo target null"
                                        + " comment null"),
                DiffCase.named("statisticsOfAnExcludedTable_areLeftAlone")
                        .from(catalog().with(orders()).statistics("orders_geo", "orders", "city, zip", null, null))
                        .to(catalog().with(orders()))
                        .excluding(name -> name.equals("orders"))
                        .changes());
    }
}
