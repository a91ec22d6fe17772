package io.shale.diff;

import static io.shale.diff.Catalogs.catalog;
import static io.shale.diff.Catalogs.table;

import java.util.List;

/** Enum types and sequences. */
final class TypeCases {
    private TypeCases() {
    }

    private static TableBuilder people() {
        return table("people").column("id", "integer").column("mood", "public.mood");
    }

    static List<DiffCase> cases() {
        return List.of(
                DiffCase.named("newEnum_isCreatedBeforeTheTableThatUsesIt")
                        .to(catalog().enumType("mood", "sad", "happy").with(people()))
                        .changes("create enum public.mood [sad, happy]", "create table public.people"),
                DiffCase.named("appendedEnumValue_isAddedAfterTheLastOne")
                        .from(catalog().enumType("mood", "sad", "happy").with(people()))
                        .to(catalog().enumType("mood", "sad", "happy", "ecstatic").with(people()))
                        .changes("add enum value public.mood ecstatic after happy"),
                DiffCase.named("enumValueInsertedFirst_isAddedBeforeTheFirstOne")
                        .from(catalog().enumType("mood", "sad", "happy"))
                        .to(catalog().enumType("mood", "angry", "sad", "happy"))
                        .changes("add enum value public.mood angry before sad"),
                DiffCase.named("enumValueInsertedInTheMiddle_isAddedAfterItsPredecessor")
                        .from(catalog().enumType("mood", "sad", "happy"))
                        .to(catalog().enumType("mood", "sad", "ok", "happy"))
                        .changes("add enum value public.mood ok after sad"),
                DiffCase.named("severalNewEnumValues_areAddedInTheirOrder")
                        .from(catalog().enumType("mood", "sad"))
                        .to(catalog().enumType("mood", "angry", "calm", "sad", "glad"))
                        .changes("add enum value public.mood angry before sad",
                                "add enum value public.mood calm after angry",
                                "add enum value public.mood glad after sad"),
                DiffCase.named("removedEnumValue_recreatesTheTypeCastingItsColumns_withAWarning")
                        .from(catalog().enumType("mood", "sad", "ok", "happy").with(people()))
                        .to(catalog().enumType("mood", "sad", "happy").with(people()))
                        .changes("recreate enum public.mood [sad, ok, happy] -> [sad, happy]"
                                + " casting [public.people.mood]")
                        .warnings("values removed or reordered in enum public.mood:"
                                + " existing rows holding removed values will fail the cast"),
                DiffCase.named("reorderedEnumValues_recreateTheType")
                        .from(catalog().enumType("mood", "sad", "happy"))
                        .to(catalog().enumType("mood", "happy", "sad"))
                        .changes("recreate enum public.mood [sad, happy] -> [happy, sad] casting []")
                        .warnings("values removed or reordered in enum public.mood:"
                                + " existing rows holding removed values will fail the cast"),
                DiffCase.named("recreatedEnum_recreatesViewsOverTablesThatUseIt")
                        .from(catalog().enumType("mood", "a", "b").with(people())
                                .view("moods", "select mood from people", "public.people"))
                        .to(catalog().enumType("mood", "b", "a").with(people())
                                .view("moods", "select mood from people", "public.people"))
                        .changes("drop view public.moods", "recreate enum public.mood [a, b] -> [b, a]"
                                + " casting [public.people.mood]", "create view public.moods")
                        .warnings("values removed or reordered in enum public.mood:"
                                + " existing rows holding removed values will fail the cast"),
                DiffCase.named("vanishedEnum_isDroppedAfterTheTableThatUsedIt")
                        .from(catalog().enumType("mood", "sad").with(people()))
                        .changes("drop table public.people", "drop enum public.mood"),
                DiffCase.named("columnMovedToANewEnum_createsTheEnumFirst")
                        .from(catalog().with(table("people").column("id", "integer").column("mood", "text")))
                        .to(catalog().enumType("mood", "a").with(people()))
                        .changes("create enum public.mood [a]", "alter column public.people.mood"),
                DiffCase.named("newSequence_isCreated")
                        .to(catalog().sequence("ticket_seq", 1, null))
                        .changes("create sequence public.ticket_seq"),
                DiffCase.named("changedSequenceIncrement_isAnAlter")
                        .from(catalog().sequence("ticket_seq", 1, null))
                        .to(catalog().sequence("ticket_seq", 10, null))
                        .changes("alter sequence public.ticket_seq"),
                DiffCase.named("vanishedSequence_isDroppedLast")
                        .from(catalog().sequence("ticket_seq", 1, null).with(people()))
                        .changes("drop table public.people", "drop sequence public.ticket_seq"),
                DiffCase.named("newSequenceOwnedByANewTable_getsItsOwnerAfterTheTable")
                        .to(catalog().sequence("people_id_seq", 1, "people.id").with(people()))
                        .changes("create sequence public.people_id_seq", "create table public.people",
                                "alter sequence public.people_id_seq owned by people.id"),
                DiffCase.named("vanishedOwnedSequence_isReleasedBeforeItsOwnerGoes")
                        .from(catalog().sequence("people_id_seq", 1, "people.id").with(people()))
                        .to(catalog().with(people().without("id")))
                        .changes("alter sequence public.people_id_seq owned by null",
                                "drop column public.people.id", "drop sequence public.people_id_seq"),
                DiffCase.named("ownedSequenceOfARenamedTable_isUnchanged")
                        .from(catalog().sequence("people_id_seq", 1, "people.id").with(people()))
                        .to(catalog().sequence("people_id_seq", 1, "persons.id").with(people().named("persons")))
                        .renamingTables(java.util.Map.of("public.people", "persons"))
                        .changes("rename table public.people to persons"));
    }
}
