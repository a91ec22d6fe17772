package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;
import static io.shale.diff.TableCases.orders;
import static io.shale.diff.TableCases.users;

import java.util.List;
import java.util.Map;

/** Primary keys, unique constraints, checks, indexes and foreign keys of kept tables. */
final class ConstraintCases {
    private ConstraintCases() {
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newPrimaryKey_isAddedAfterColumns")
                        .from(catalog().with(users().noPk()))
                        .to(catalog().with(users().column("tenant", "integer").pk("id")))
                        .changes("add column public.users.tenant", "add primary key public.users [id]"),
                DiffCase.named("changedPrimaryKey_isDroppedFirstAndAddedLast_withForeignKeysThatReferenceIt")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users().pk("id", "email"), orders()))
                        .changes("drop foreign key public.orders.orders_user_fk", "drop primary key public.users",
                                "add primary key public.users [id, email]",
                                "add foreign key public.orders.orders_user_fk"),
                DiffCase.named("primaryKeyThatDiffersOnlyInName_isTheSame")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().named("x").pk("id").named("users")))
                        .changes(),
                DiffCase.named("newUniqueConstraint_isAdded")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().unique("users_email_key", "email")))
                        .changes("add unique public.users.users_email_key"),
                DiffCase.named("vanishedUniqueConstraint_isDropped")
                        .from(catalog().with(users().unique("users_email_key", "email")))
                        .to(catalog().with(users()))
                        .changes("drop unique public.users.users_email_key"),
                DiffCase.named("changedCheck_isDroppedAndAdded")
                        .from(catalog().with(users().check("email_ok", "email <> ''")))
                        .to(catalog().with(users().check("email_ok", "length(email) > 3")))
                        .changes("drop check public.users.email_ok", "add check public.users.email_ok"),
                DiffCase.named("newIndex_isCreated")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().index("users_email_idx", "email")))
                        .changes("create index public.users.users_email_idx"),
                DiffCase.named("changedIndex_isDroppedAndCreated")
                        .from(catalog().with(users().index("users_idx", "email")))
                        .to(catalog().with(users().index("users_idx", "email", "id")))
                        .changes("drop index public.users.users_idx", "create index public.users.users_idx"),
                DiffCase.named("indexOverARenamedColumn_isKept")
                        .from(catalog().with(users().index("users_idx", "email")))
                        .to(catalog().with(users().without("email").column("mail", "text").index("users_idx", "mail")))
                        .renamingColumns(Map.of("public.users.email", "mail"))
                        .changes("rename column public.users.email to mail"),
                DiffCase.named("droppedUniqueIndexThatAForeignKeyReferences_dropsTheKeyFirst")
                        .from(catalog().with(users().uniqueIndex("users_email_idx", "email"),
                                orders().column("email", "text").fk("orders_email_fk", "email", "users", "email")))
                        .to(catalog().with(users().unique("users_email_key", "email"),
                                orders().column("email", "text").fk("orders_email_fk", "email", "users", "email")))
                        .changes("drop foreign key public.orders.orders_email_fk",
                                "drop index public.users.users_email_idx",
                                "add unique public.users.users_email_key",
                                "add foreign key public.orders.orders_email_fk"),
                DiffCase.named("changedForeignKeyAction_isDroppedAndAdded")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users(), orders().fk("orders_user_fk", List.of("user_id"), "users",
                                List.of("id"), "CASCADE")))
                        .changes("drop foreign key public.orders.orders_user_fk",
                                "add foreign key public.orders.orders_user_fk"),
                DiffCase.named("foreignKeyOverAColumnChangingType_isDroppedAroundTheAlter")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users().column("id", "bigint"), orders().column("user_id", "bigint")))
                        .changes("drop foreign key public.orders.orders_user_fk",
                                "alter column public.orders.user_id", "alter column public.users.id",
                                "add foreign key public.orders.orders_user_fk"),
                DiffCase.named("foreignKeyToATableThatGoes_isDroppedBeforeTheTable")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(orders().dropConstraint("orders_user_fk")))
                        .changes("drop foreign key public.orders.orders_user_fk", "drop table public.users"),
                DiffCase.named("foreignKeyOverARenamedColumn_isKept")
                        .from(catalog().with(users(), orders()))
                        .to(catalog().with(users(), orders().without("user_id").column("owner_id", "integer")
                                .dropConstraint("orders_user_fk").fk("orders_user_fk", "owner_id", "users", "id")))
                        .renamingColumns(Map.of("public.orders.user_id", "owner_id"))
                        .changes("rename column public.orders.user_id to owner_id"),
                DiffCase.named("newForeignKeyBetweenKeptTables_isAddedLast")
                        .from(catalog().with(users(), orders().dropConstraint("orders_user_fk")))
                        .to(catalog().with(users(), orders()))
                        .changes("add foreign key public.orders.orders_user_fk"),
                DiffCase.named("singleColumnForeignKeyInAnotherTable_survivesAnUnrelatedColumnDrop")
                        .from(catalog().with(users().column("age", "integer"), orders()))
                        .to(catalog().with(users(), orders()))
                        .changes("drop column public.users.age"),
                DiffCase.named("newTable_carriesItsKeysChecksAndIndexes")
                        .to(catalog().with(users().unique("u", "email").check("c", "id > 0").index("i", "email")))
                        .changes("create table public.users"),
                DiffCase.named("otherSchemaTables_areComparedAlike")
                        .from(catalog().with(table("audit", "log").column("id", "integer")))
                        .to(catalog().with(table("audit", "log").column("id", "integer").column("at", "timestamp")))
                        .changes("add column audit.log.at"));
    }
}
