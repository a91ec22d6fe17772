package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;
import static io.shale.diff.TableCases.orders;
import static io.shale.diff.TableCases.users;

import java.util.List;

/** Partitions, exclusions, objects that cannot be compared, and the order of a plan that touches everything. */
final class ScopeCases {
    private ScopeCases() {
    }

    private static TableBuilder events(String partitioning) {
        return table("events").column("id", "integer").column("at", "date").partitionBy(partitioning);
    }

    private static TableBuilder events2024() {
        return table("events_2024").column("id", "integer").column("at", "date")
                .partitionOf("events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newPartitionedTable_isCreatedBeforeItsPartitions")
                        .to(catalog().with(events2024(), events("RANGE (at)")))
                        .changes("create table public.events", "create table public.events_2024"),
                DiffCase.named("vanishedPartitionedTable_isDroppedAfterItsPartitions")
                        .from(catalog().with(events2024(), events("RANGE (at)")))
                        .changes("drop table public.events_2024", "drop table public.events"),
                DiffCase.named("changedPartitioning_recreatesTheTableAndItsPartitions_withWarnings")
                        .from(catalog().with(events("RANGE (at)"), events2024()))
                        .to(catalog().with(events("RANGE (id)"), events2024()))
                        .changes("drop table public.events_2024", "drop table public.events",
                                "create table public.events", "create table public.events_2024")
                        .warnings("partitioning of public.events changed: the table is dropped and recreated;"
                                        + " its rows will be lost",
                                "partitioning of public.events_2024 changed: the table is dropped and recreated;"
                                        + " its rows will be lost"),
                DiffCase.named("tableBecomingPartitioned_isRecreatedWithItsForeignKeys")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users(), orders().partitionBy("HASH (id)")))
                        .changes("drop foreign key public.orders.orders_user_fk", "drop table public.orders",
                                "create table public.orders", "add foreign key public.orders.orders_user_fk")
                        .warnings("partitioning of public.orders changed: the table is dropped and recreated;"
                                + " its rows will be lost"),
                DiffCase.named("excludedNewTable_isNotCreated")
                        .to(catalog().with(table("apscheduler_jobs").column("id", "text"), users()))
                        .excluding(n -> n.startsWith("apscheduler_"))
                        .changes("create table public.users"),
                DiffCase.named("excludedVanishedTable_isNotDropped")
                        .from(catalog().with(table("apscheduler_jobs").column("id", "text")))
                        .excluding(n -> n.startsWith("apscheduler_"))
                        .changes(),
                DiffCase.named("excludedChangedTable_isNotAltered_byQualifiedName")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().column("email", "integer").column("x", "text")))
                        .excluding("public.users"::equals)
                        .changes(),
                DiffCase.named("excludedView_isLeftAlone")
                        .from(catalog().view("legacy", "select 1"))
                        .excluding("legacy"::equals)
                        .changes(),
                DiffCase.named("triggerOfAnExcludedTable_isLeftAlone")
                        .from(catalog().with(users()).trigger("users", "t", "CREATE TRIGGER t ON users"))
                        .to(catalog().with(users()))
                        .excluding("users"::equals)
                        .changes(),
                DiffCase.named("unsupportedObjects_areWarnedAboutOnce")
                        .from(catalog().unsupported("rule r on users"))
                        .to(catalog().unsupported("rule r on users").unsupported("policy p on users"))
                        .changes()
                        .warnings("not compared: rule r on users", "not compared: policy p on users"),
                DiffCase.named("planTouchingEveryKind_followsTheSixSteps")
                        .from(catalog()
                                .with(users().index("users_email_idx", "email"), orders(),
                                        table("legacy").column("id", "integer"))
                                .enumType("old_mood", "x")
                                .view("emails", "select email from users", "public.users")
                                .routine("stamp()", "v1")
                                .trigger("users", "t", "CREATE TRIGGER t ON users EXECUTE FUNCTION stamp()"))
                        .to(catalog()
                                .with(users().column("email", "character varying(50)").column("mood", "public.mood"),
                                        orders(),
                                        table("tags").column("id", "integer").column("user_id", "integer").pk("id")
                                                .fk("tags_user_fk", "user_id", "users", "id"))
                                .enumType("mood", "a")
                                .view("emails", "select email from users", "public.users")
                                .routine("stamp()", "v2")
                                .trigger("users", "t", "CREATE TRIGGER t ON users EXECUTE FUNCTION stamp()"))
                        .changes("drop trigger public.users.t", "drop view public.emails",
                                "drop routine public.stamp()", "drop index public.users.users_email_idx",
                                "create enum public.mood [a]",
                                "create table public.tags", "add column public.users.mood",
                                "alter column public.users.email",
                                "add foreign key public.tags.tags_user_fk",
                                "create routine public.stamp()", "create view public.emails",
                                "create trigger public.users.t",
                                "drop table public.legacy", "drop enum public.old_mood"));
    }
}
