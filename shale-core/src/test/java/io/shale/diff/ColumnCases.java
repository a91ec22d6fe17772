package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;
import static io.shale.diff.TableCases.users;

import java.util.List;
import java.util.Map;

/** Columns of a kept table: add, drop, rename, alter, comments. */
final class ColumnCases {
    private ColumnCases() {
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newColumn_isAdded")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().column("age", "integer")))
                        .changes("add column public.users.age"),
                DiffCase.named("vanishedColumn_isDropped")
                        .from(catalog().with(users().column("age", "integer")))
                        .to(catalog().with(users()))
                        .changes("drop column public.users.age"),
                DiffCase.named("oneDroppedAndOneAddedCompatibleColumn_warnOfAPossibleRename")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().without("email").column("mail", "text")))
                        .changes("add column public.users.mail", "drop column public.users.email")
                        .warnings("possible rename of public.users.email to mail: data in email will be lost;"
                                + " pass --rename public.users.email=mail if it is one"),
                DiffCase.named("oneDroppedAndOneAddedIncompatibleColumn_haveNoRenameWarning")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().without("email").column("born", "date")))
                        .changes("add column public.users.born", "drop column public.users.email"),
                DiffCase.named("twoDroppedAndTwoAddedColumns_haveNoRenameWarning")
                        .from(catalog().with(users().column("a", "text")))
                        .to(catalog().with(users().without("email").column("b", "text").column("c", "text")))
                        .changes("add column public.users.b", "add column public.users.c",
                                "drop column public.users.email", "drop column public.users.a"),
                DiffCase.named("hintedColumnRename_isARenameWithoutWarning")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().without("email").column("mail", "text")))
                        .renamingColumns(Map.of("public.users.email", "mail"))
                        .changes("rename column public.users.email to mail"),
                DiffCase.named("hintedColumnRenameWithTypeChange_isARenameThenAnAlter")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().without("email").column("mail", "character varying(200)")))
                        .renamingColumns(Map.of("public.users.email", "mail"))
                        .changes("rename column public.users.email to mail", "alter column public.users.mail"),
                DiffCase.named("changedType_isAnAlter")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().column("email", "character varying(100)")))
                        .changes("alter column public.users.email"),
                DiffCase.named("typeSpelledInOtherCase_isTheSame")
                        .from(catalog().with(users().column("email", "text")))
                        .to(catalog().with(table("users").column("id", "integer").notNull()
                                .column("email", "TEXT").pk("id")))
                        .changes(),
                DiffCase.named("changedNullability_isAnAlter")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().at("email").notNull()))
                        .changes("alter column public.users.email"),
                DiffCase.named("changedDefault_isAnAlter")
                        .from(catalog().with(users().at("email").defaultTo("'a'")))
                        .to(catalog().with(users().at("email").defaultTo("'b'")))
                        .changes("alter column public.users.email"),
                DiffCase.named("defaultThatDiffersOnlyInSurroundingSpace_isTheSame")
                        .from(catalog().with(users().at("email").defaultTo("'a'")))
                        .to(catalog().with(users().at("email").defaultTo(" 'a' ")))
                        .changes(),
                DiffCase.named("addedIdentity_isAnAlter")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().at("id").identity(true)))
                        .changes("alter column public.users.id"),
                DiffCase.named("changedGeneratedExpression_isAnAlter")
                        .from(catalog().with(users().column("lower_email", "text").generated("lower(email)")))
                        .to(catalog().with(users().column("lower_email", "text").generated("upper(email)")))
                        .changes("alter column public.users.lower_email"),
                DiffCase.named("changedCollation_isAnAlter")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().at("email").collate("C")))
                        .changes("alter column public.users.email"),
                DiffCase.named("columnComment_isSetApartFromAlters")
                        .from(catalog().with(users()))
                        .to(catalog().with(users().at("email").columnComment("where we write")))
                        .changes("comment on column public.users.email"),
                DiffCase.named("columnChangesOfATable_runRenameAddAlterDropThenComments")
                        .from(catalog().with(users().column("old", "text").column("gone", "integer")
                                .column("typed", "integer")))
                        .to(catalog().with(users().without("old").without("gone").column("typed", "bigint")
                                .column("renamed", "text").column("fresh", "date").comment("t")))
                        .renamingColumns(Map.of("public.users.old", "renamed"))
                        .changes("rename column public.users.old to renamed", "add column public.users.fresh",
                                "alter column public.users.typed", "drop column public.users.gone",
                                "comment on table public.users"));
    }
}
