package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;

import java.util.List;
import java.util.Map;

/** Tables as wholes: create, drop, rename, comments, schemas and extensions. */
final class TableCases {
    private TableCases() {
    }

    static TableBuilder users() {
        return table("users").column("id", "integer").notNull().column("email", "text").pk("id");
    }

    static TableBuilder orders() {
        return table("orders").column("id", "integer").notNull().column("user_id", "integer").pk("id")
                .fk("orders_user_fk", "user_id", "users", "id");
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("identicalCatalogs_giveAnEmptyPlan")
                        .from(catalog().with(users(), orders()).enumType("mood", "a", "b").view("v", "select 1"))
                        .to(catalog().with(users(), orders()).enumType("mood", "a", "b").view("v", "select 1"))
                        .changes(),
                DiffCase.named("emptyCatalogs_giveAnEmptyPlan").changes(),
                DiffCase.named("newTable_isCreated")
                        .to(catalog().with(users()))
                        .changes("create table public.users"),
                DiffCase.named("vanishedTable_isDropped")
                        .from(catalog().with(users()))
                        .changes("drop table public.users"),
                DiffCase.named("newTableWithForeignKey_getsItsKeyAfterTheTable")
                        .from(catalog().with(users()))
                        .to(catalog().with(users(), orders()))
                        .changes("create table public.orders", "add foreign key public.orders.orders_user_fk"),
                DiffCase.named("droppedTable_losesItsForeignKeysFirst")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users()))
                        .changes("drop foreign key public.orders.orders_user_fk", "drop table public.orders"),
                DiffCase.named("foreignKeyCycleBetweenTwoNewTables_addsBothKeysAfterBothTables")
                        .to(catalog().with(
                                table("a").column("id", "integer").column("b_id", "integer").pk("id")
                                        .fk("a_b_fk", "b_id", "b", "id"),
                                table("b").column("id", "integer").column("a_id", "integer").pk("id")
                                        .fk("b_a_fk", "a_id", "a", "id")))
                        .changes("create table public.a", "create table public.b",
                                "add foreign key public.a.a_b_fk", "add foreign key public.b.b_a_fk"),
                DiffCase.named("tableComment_isSet")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().comment("people")))
                        .changes("comment on table public.users"),
                DiffCase.named("tableComment_isRemoved")
                        .from(catalog().with(users().comment("people")))
                        .to(catalog().with(users()))
                        .changes("comment on table public.users"),
                DiffCase.named("newSchema_isCreatedBeforeItsTables")
                        .to(catalog().with(table("audit", "log").column("id", "integer")))
                        .changes("create schema audit", "create table audit.log"),
                DiffCase.named("vanishedSchema_isDroppedAfterItsTables")
                        .from(catalog().with(table("audit", "log").column("id", "integer")))
                        .changes("drop table audit.log", "drop schema audit"),
                DiffCase.named("schemaComment_isReportedNotCompared")
                        .from(catalog().schemaComment("public", "old"))
                        .to(catalog().schemaComment("public", "new"))
                        .changes()
                        .warnings("not compared: comment on schema public"),
                DiffCase.named("newExtension_isCreatedBeforeTables")
                        .to(catalog().extension("citext", "1.6").with(users()))
                        .changes("create extension citext", "create table public.users"),
                DiffCase.named("vanishedExtension_isDroppedAfterTables")
                        .from(catalog().extension("citext", "1.6").with(users()))
                        .changes("drop table public.users", "drop extension citext"),
                DiffCase.named("extensionVersionChange_isAWarningNotAChange")
                        .from(catalog().extension("citext", "1.5"))
                        .to(catalog().extension("citext", "1.6"))
                        .changes()
                        .warnings("not compared: extension citext is public 1.5 and should be public 1.6;"
                                + " update or move it by hand"),
                DiffCase.named("hintedTableRename_isARename")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().named("accounts")))
                        .renamingTables(Map.of("public.users", "accounts"))
                        .changes("rename table public.users to accounts"),
                DiffCase.named("hintedTableRename_keepsForeignKeysThatReferenceIt")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users().named("accounts"),
                                orders().fk("orders_user_fk", "user_id", "accounts", "id")))
                        .renamingTables(Map.of("public.users", "accounts"))
                        .changes("rename table public.users to accounts"),
                DiffCase.named("hintedTableAndColumnRename_areBothRenames")
                        .from(catalog().with(users()))
                        .to(catalog().with(table("accounts").column("id", "integer").notNull()
                                .column("mail", "text").pk("id")))
                        .renamingTables(Map.of("public.users", "accounts"))
                        .renamingColumns(Map.of("public.accounts.email", "mail"))
                        .changes("rename table public.users to accounts",
                                "rename column public.accounts.email to mail"),
                DiffCase.named("unhintedTableRename_isDropAndCreateWithAWarning")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().named("accounts")))
                        .changes("create table public.accounts", "drop table public.users")
                        .warnings("possible rename of public.users to accounts: data in users will be lost;"
                                + " pass --rename public.users=accounts if it is one"),
                DiffCase.named("unhintedDropAndCreateWithDifferentColumns_hasNoRenameWarning")
                        .from(catalog().with(users()))
                        .to(catalog().with(table("accounts").column("id", "integer").column("login", "text")))
                        .changes("create table public.accounts", "drop table public.users"));
    }
}
