package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.TableCases.orders;
import static io.shale.diff.TableCases.users;

import java.util.List;
import java.util.Map;

/** Views, routines and triggers. */
final class ViewCases {
    private ViewCases() {
    }

    private static final String TRIGGER = "CREATE TRIGGER t BEFORE INSERT ON users EXECUTE FUNCTION stamp()";

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newView_isCreatedAfterItsTable")
                        .to(catalog().with(users()).view("emails", "select email from users", "public.users"))
                        .changes("create table public.users", "create view public.emails"),
                DiffCase.named("vanishedView_isDroppedFirst")
                        .from(catalog().with(users()).view("emails", "select email from users", "public.users"))
                        .changes("drop view public.emails", "drop table public.users"),
                DiffCase.named("changedView_isDroppedAndCreated")
                        .from(catalog().with(users()).view("emails", "select email from users", "public.users"))
                        .to(catalog().with(users()).view("emails", "select id, email from users", "public.users"))
                        .changes("drop view public.emails", "create view public.emails"),
                DiffCase.named("viewComment_recreatesTheView")
                        .from(catalog().view("v", "select 1"))
                        .to(catalog().commentedView("v", "select 1", "the one"))
                        .changes("drop view public.v", "create view public.v"),
                DiffCase.named("unchangedViewOverAColumnChangingType_isDroppedAndRecreatedAroundTheAlter")
                        .from(catalog().with(users()).view("emails", "select email from users", "public.users"))
                        .to(catalog().with(users().column("email", "character varying(100)"))
                                .view("emails", "select email from users", "public.users"))
                        .changes("drop view public.emails", "alter column public.users.email",
                                "create view public.emails"),
                DiffCase.named("unchangedViewOverARenamedColumn_isRecreated")
                        .from(catalog().with(users()).view("ids", "select id from users", "public.users"))
                        .to(catalog().with(users().without("email").column("mail", "text"))
                                .view("ids", "select id from users", "public.users"))
                        .renamingColumns(Map.of("public.users.email", "mail"))
                        .changes("drop view public.ids", "rename column public.users.email to mail",
                                "create view public.ids"),
                DiffCase.named("unchangedViewOverATableThatOnlyGainsAColumn_isKept")
                        .from(catalog().with(users()).view("ids", "select id from users", "public.users"))
                        .to(catalog().with(users().column("age", "integer"))
                                .view("ids", "select id from users", "public.users"))
                        .changes("add column public.users.age"),
                DiffCase.named("viewsOverViews_dropReadersFirstAndCreateWhatTheyReadFirst")
                        .from(catalog().with(users())
                                .view("a_top", "select * from m_mid", "public.m_mid")
                                .view("m_mid", "select * from z_base", "public.z_base")
                                .view("z_base", "select email from users", "public.users"))
                        .to(catalog().with(users().column("email", "character varying(10)"))
                                .view("a_top", "select * from m_mid", "public.m_mid")
                                .view("m_mid", "select * from z_base", "public.z_base")
                                .view("z_base", "select email from users", "public.users"))
                        .changes("drop view public.a_top", "drop view public.m_mid", "drop view public.z_base",
                                "alter column public.users.email",
                                "create view public.z_base", "create view public.m_mid", "create view public.a_top"),
                DiffCase.named("viewReadingAChangedView_isRecreatedWithIt")
                        .from(catalog().view("base", "select 1").view("top", "select * from base", "public.base"))
                        .to(catalog().view("base", "select 2").view("top", "select * from base", "public.base"))
                        .changes("drop view public.top", "drop view public.base",
                                "create view public.base", "create view public.top"),
                DiffCase.named("materializedFlag_recreatesTheView")
                        .from(catalog().view("v", "select 1"))
                        .to(catalog().materializedView("v", "select 1"))
                        .changes("drop view public.v", "create view public.v"),
                DiffCase.named("newRoutineAndTrigger_areCreatedAfterTablesRoutineFirst")
                        .to(catalog().with(users()).routine("stamp()", "CREATE FUNCTION stamp() v1")
                                .trigger("users", "t", TRIGGER))
                        .changes("create table public.users", "create routine public.stamp()",
                                "create trigger public.users.t"),
                DiffCase.named("changedRoutine_recreatesTheTriggerThatCallsIt")
                        .from(catalog().with(users()).routine("stamp()", "CREATE FUNCTION stamp() v1")
                                .trigger("users", "t", TRIGGER))
                        .to(catalog().with(users()).routine("stamp()", "CREATE FUNCTION stamp() v2")
                                .trigger("users", "t", TRIGGER))
                        .changes("drop trigger public.users.t", "drop routine public.stamp()",
                                "create routine public.stamp()", "create trigger public.users.t"),
                DiffCase.named("changedTrigger_isDroppedAndCreated")
                        .from(catalog().with(users()).trigger("users", "t", TRIGGER))
                        .to(catalog().with(users()).trigger("users", "t", TRIGGER + " WHEN (true)"))
                        .changes("drop trigger public.users.t", "create trigger public.users.t"),
                DiffCase.named("triggerOfADroppedTable_isDroppedFirst")
                        .from(catalog().with(users(), orders()).trigger("users", "t", TRIGGER))
                        .to(catalog())
                        .changes("drop trigger public.users.t", "drop foreign key public.orders.orders_user_fk",
                                "drop table public.orders", "drop table public.users"),
                DiffCase.named("hintedTableRename_recreatesViewsAndTriggersOfTheTable")
                        .from(catalog().with(users()).view("ids", "select id from users", "public.users")
                                .trigger("users", "t", TRIGGER))
                        .to(catalog().with(users().named("people"))
                                .view("ids", "select id from people", "public.people")
                                .trigger("people", "t", "CREATE TRIGGER t BEFORE INSERT ON people"))
                        .renamingTables(Map.of("public.users", "people"))
                        .changes("drop trigger public.users.t", "drop view public.ids",
                                "rename table public.users to people",
                                "create view public.ids", "create trigger public.people.t"),
                DiffCase.named("newViewOverANewViewOverANewTable_isCreatedInDependencyOrder")
                        .to(catalog().with(users())
                                .view("a_outer", "select * from b_inner", "public.b_inner")
                                .view("b_inner", "select id from users", "public.users"))
                        .changes("create table public.users", "create view public.b_inner",
                                "create view public.a_outer"),
                DiffCase.named("vanishedRoutine_isDropped")
                        .from(catalog().routine("stamp()", "CREATE FUNCTION stamp() v1"))
                        .changes("drop routine public.stamp()"));
    }
}
