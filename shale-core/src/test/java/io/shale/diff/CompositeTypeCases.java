package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;

import java.util.List;

/**
 * PostgreSQL composite types: created before their users and after the types they use, dropped after
 * them, their attributes altered in place unless a column uses the type.
 */
final class CompositeTypeCases {
    private CompositeTypeCases() {
    }

    private static TableBuilder orders() {
        return table("orders").column("id", "integer").column("price", "public.pair");
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newCompositeType_isCreatedBeforeTheTableThatUsesIt")
                        .to(catalog().compositeType("pair", null, "amount", "numeric", "currency", "text").with(orders()))
                        .changes("create composite type public.pair (amount numeric, currency text)",
                                "create table public.orders"),
                DiffCase.named("newCompositeTypes_followTheEnumsAndTypesTheyUse")
                        .to(catalog().enumType("mood", "sad", "happy")
                                .compositeType("a_outer", null, "inner", "public.z_inner[]", "mood", "public.mood")
                                .compositeType("z_inner", null, "x", "integer"))
                        .changes("create enum public.mood [sad, happy]", "create composite type public.z_inner (x integer)",
                                "create composite type public.a_outer (inner public.z_inner[], mood public.mood)"),
                DiffCase.named("newCompositeTypeOverADomain_isCreatedAfterTheDomain")
                        .to(catalog().domain("positive", "integer").compositeType("box", null, "size", "public.positive"))
                        .changes("create domain public.positive", "create composite type public.box (size public.positive)"),
                DiffCase.named("vanishedCompositeType_isDroppedAfterTheTableThatUsedIt")
                        .from(catalog().compositeType("pair", null, "amount", "numeric").with(orders()))
                        .changes("drop table public.orders", "drop composite type public.pair"),
                DiffCase.named("vanishedCompositeTypes_goBeforeTheEnumsAndTypesTheyUse")
                        .from(catalog().enumType("mood", "sad", "happy")
                                .compositeType("a_outer", null, "inner", "public.z_inner", "mood", "public.mood")
                                .compositeType("z_inner", null, "x", "integer"))
                        .changes("drop composite type public.a_outer", "drop composite type public.z_inner",
                                "drop enum public.mood"),
                DiffCase.named("attributeAddedToAnUnusedType_isAddedAtTheEnd")
                        .from(catalog().compositeType("pair", null, "amount", "numeric"))
                        .to(catalog().compositeType("pair", null, "amount", "numeric", "currency", "text"))
                        .changes("alter composite type public.pair add (currency text)"),
                DiffCase.named("attributeTypeChangedOnAnUnusedType_isAltered")
                        .from(catalog().compositeType("pair", null, "amount", "numeric", "currency", "text"))
                        .to(catalog().compositeType("pair", null, "amount", "numeric(10,2)", "currency", "text"))
                        .changes("alter composite type public.pair alter (amount numeric(10,2))"),
                DiffCase.named("renamedAttribute_isADropAndAnAdd")
                        .from(catalog().compositeType("pair", null, "amount", "numeric", "currency", "text"))
                        .to(catalog().compositeType("pair", null, "amount", "numeric", "code", "text"))
                        .changes("alter composite type public.pair drop currency add (code text)"),
                DiffCase.named("reorderedAttributes_areDroppedAndAddedAgainInTheWantedOrder")
                        .from(catalog().compositeType("pair", null, "amount", "numeric", "currency", "text"))
                        .to(catalog().compositeType("pair", null, "currency", "text", "amount", "numeric"))
                        .changes("alter composite type public.pair drop amount add (amount numeric)"),
                DiffCase.named("attributeChangeOnATypeAColumnUses_isAWarningNamingTheColumn")
                        .from(catalog().compositeType("pair", null, "amount", "numeric").with(orders()))
                        .to(catalog().compositeType("pair", "money", "amount", "numeric", "currency", "text").with(orders()))
                        .leavingADifference()
                        .changes("alter composite type public.pair comment money")
                        .warnings("not compared: composite type public.pair is (amount numeric) and should be"
                                + " (amount numeric, currency text); its attributes cannot be altered while it is used"
                                + " by column public.orders.price: change it by hand"),
                DiffCase.named("attributeChangeOnATypeUsedThroughAnother_isAWarning")
                        .from(catalog().compositeType("pair", null, "amount", "numeric")
                                .compositeType("wrapper", null, "inner", "public.pair")
                                .with(table("orders").column("id", "integer").column("w", "public.wrapper")))
                        .to(catalog().compositeType("pair", null, "amount", "integer")
                                .compositeType("wrapper", null, "inner", "public.pair")
                                .with(table("orders").column("id", "integer").column("w", "public.wrapper")))
                        .leavingADifference()
                        .changes()
                        .warnings("not compared: composite type public.pair is (amount numeric) and should be"
                                + " (amount integer); its attributes cannot be altered while it is used"
                                + " by column public.orders.w: change it by hand"),
                DiffCase.named("compositeTypeComment_isSetInPlace")
                        .from(catalog().compositeType("pair", null, "amount", "numeric").with(orders()))
                        .to(catalog().compositeType("pair", "money", "amount", "numeric").with(orders()))
                        .changes("alter composite type public.pair comment money"));
    }
}
