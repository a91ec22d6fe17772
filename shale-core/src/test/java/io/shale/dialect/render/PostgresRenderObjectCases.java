package io.shale.dialect.render;

import static io.shale.dialect.render.Build.col;
import static io.shale.dialect.render.Build.enumType;
import static io.shale.dialect.render.Build.extension;
import static io.shale.dialect.render.Build.routine;
import static io.shale.dialect.render.Build.sequence;
import static io.shale.dialect.render.Build.table;
import static io.shale.dialect.render.Build.trigger;
import static io.shale.dialect.render.Build.view;
import static io.shale.dialect.render.PostgresRenderCases.S;

import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL cases for enum types, sequences, views, routines, triggers, extensions, schemas and comments. */
final class PostgresRenderObjectCases {
    private static final String ENUM_VALUES = "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum"
            + " WHERE enumtypid = 'public.mood'::regtype";
    private static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION public.normalize_email(value text)
             RETURNS text
             LANGUAGE sql
             IMMUTABLE
            AS $function$ SELECT lower(trim(value)); $function$
            """;

    private PostgresRenderObjectCases() {
    }

    static List<RenderCase> all() {
        List<RenderCase> cases = new ArrayList<>();
        cases.add(RenderCase.of("create_enum", new Change.CreateEnum(enumType(S, "mood", "sad", "ok", "it's fine")))
                .expect(ENUM_VALUES, "sad,ok,it's fine"));
        cases.add(RenderCase.of("drop_enum", new Change.DropEnum(enumType(S, "mood", "sad")))
                .given("CREATE TYPE mood AS ENUM ('sad')")
                .expect("SELECT count(*) FROM pg_type WHERE typname = 'mood'", "0"));
        cases.add(RenderCase.of("add_enum_values_before_after_and_at_the_end",
                        new Change.AddEnumValue(enumType(S, "mood", "sad", "happy"), "ok", "happy", null),
                        new Change.AddEnumValue(enumType(S, "mood", "sad", "ok", "happy"), "ecstatic", null, "happy"),
                        new Change.AddEnumValue(enumType(S, "mood", "sad", "ok", "happy", "ecstatic"), "zen", null, null))
                .given("CREATE TYPE mood AS ENUM ('sad', 'happy')")
                .expect(ENUM_VALUES, "sad,ok,happy,ecstatic,zen"));
        Table before = table(S, "people").col(col("feeling", "mood").defaultTo("'ok'::mood"), col("history", "mood[]")).build();
        Table after = table(S, "people").col(col("feeling", "mood").defaultTo("'ok'::mood"), col("history", "mood[]")).build();
        cases.add(RenderCase.of("recreate_enum_casts_columns_and_keeps_defaults",
                        new Change.RecreateEnum(enumType(S, "mood", "sad", "ok", "happy"), enumType(S, "mood", "happy", "ok"),
                                List.of("public.people.feeling", "public.people.history")))
                .from(Build.catalog(S, before)).to(Build.catalog(S, after))
                .given("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
                        "CREATE TABLE people (feeling mood DEFAULT 'ok', history mood[])",
                        "INSERT INTO people VALUES ('happy', '{ok,happy}')")
                .expect(ENUM_VALUES, "happy,ok")
                .expect("SELECT feeling || ' ' || history::text || ' ' || pg_get_expr(adbin, adrelid) FROM people,"
                        + " pg_attrdef WHERE adrelid = 'people'::regclass", "happy {ok,happy} 'ok'::mood")
                .expect("SELECT count(*) FROM pg_type WHERE typname = 'mood_old'", "0"));
        Sequence owned = sequence(S, "invoices_number_seq", "invoices.number");
        cases.add(RenderCase.of("create_sequence_owned_by_an_existing_column", new Change.CreateSequence(owned))
                .from(Build.catalog(S, table(S, "invoices").col(col("number", "bigint")).build()))
                .given("CREATE TABLE invoices (number bigint)")
                .expect("SELECT d.refobjid::regclass || '.' || d.refobjsubid FROM pg_depend d"
                        + " WHERE d.objid = 'invoices_number_seq'::regclass AND d.deptype = 'a'", "invoices.1"));
        Sequence serial = sequence(S, "tickets_id_seq", "tickets.id");
        cases.add(RenderCase.of("create_sequence_owned_by_a_table_created_after_it",
                        new Change.CreateSequence(serial),
                        new Change.CreateTable(table(S, "tickets")
                                .col(col("id", "bigint").notNull().defaultTo("nextval('tickets_id_seq'::regclass)")).build()))
                .expect("INSERT INTO tickets DEFAULT VALUES RETURNING id", "1")
                .expect("SELECT count(*) FROM pg_depend WHERE objid = 'tickets_id_seq'::regclass AND deptype = 'a'", "1"));
        cases.add(RenderCase.of("alter_sequence_changes_only_what_changed", new Change.AlterSequence(
                        sequence(S, "counter", null),
                        new Sequence(S, "counter", "integer", 1, 5, 1, 1000, true, null)))
                .given("CREATE SEQUENCE counter")
                .expect("SELECT data_type || ' ' || increment || ' ' || maximum_value || ' ' || cycle_option"
                        + " FROM information_schema.sequences WHERE sequence_name = 'counter'", "integer 5 1000 YES"));
        cases.add(RenderCase.of("drop_sequence_plain_and_owned",
                        new Change.DropSequence(sequence(S, "counter", null)),
                        new Change.DropSequence(sequence(S, "tickets_id_seq", "tickets.id")))
                .given("CREATE SEQUENCE counter")
                .expect("SELECT count(*) FROM pg_class WHERE relkind = 'S'", "0"));
        View active = new View(S, "active_users", " SELECT id,\n    email\n   FROM users\n  WHERE active;", false,
                List.of("public.users"), "users who can log in");
        cases.add(RenderCase.of("create_view_with_comment", new Change.CreateView(active))
                .given("CREATE TABLE users (id int, email text, active boolean)")
                .expect("SELECT obj_description('public.active_users'::regclass)", "users who can log in"));
        View totals = new View(S, "totals", " SELECT count(*) AS n\n   FROM users;", true, List.of("public.users"), null);
        cases.add(RenderCase.of("create_and_drop_materialized_view",
                        new Change.CreateView(totals), new Change.DropView(view(S, "old_view", "SELECT 1")))
                .given("CREATE TABLE users (id int)", "CREATE VIEW old_view AS SELECT 1")
                .expect("SELECT matviewname FROM pg_matviews", "totals")
                .expect("SELECT count(*) FROM pg_views WHERE schemaname = 'public'", "0"));
        cases.add(RenderCase.of("drop_materialized_view", new Change.DropView(totals)));
        cases.add(RenderCase.of("create_function", new Change.CreateRoutine(
                        routine(S, "normalize_email", "normalize_email(value text)", FUNCTION)))
                .expect("SELECT public.normalize_email('  A@B.C ')", "a@b.c"));
        cases.add(RenderCase.of("drop_function_and_procedure",
                        new Change.DropRoutine(routine(S, "normalize_email", "normalize_email(value text)", FUNCTION)),
                        new Change.DropRoutine(routine(S, "archive", "archive()",
                                "CREATE OR REPLACE PROCEDURE public.archive()\n LANGUAGE sql\nAS $procedure$ SELECT 1 $procedure$")))
                .given(FUNCTION, "CREATE PROCEDURE archive() LANGUAGE sql AS $$ SELECT 1 $$")
                .expect("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace", "0"));
        String touch = "CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN NEW.updated_at := now(); RETURN NEW; END $$";
        cases.add(RenderCase.of("create_trigger", new Change.CreateTrigger(trigger(S, "users", "users_touch",
                        "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch()")))
                .given("CREATE TABLE users (id int, updated_at timestamptz)", touch)
                .expect("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal", "users_touch"));
        cases.add(RenderCase.of("drop_trigger", new Change.DropTrigger(trigger(S, "users", "users_touch", "CREATE TRIGGER ...")))
                .given("CREATE TABLE users (id int, updated_at timestamptz)", touch,
                        "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()")
                .expect("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal", "0"));
        cases.add(RenderCase.of("create_and_drop_extension",
                new Change.CreateExtension(extension("pgcrypto", S)), new Change.DropExtension(extension("hstore", S))));
        cases.add(RenderCase.of("create_schema_with_table_and_drop_schema",
                        new Change.CreateSchema("Billing"),
                        new Change.CreateTable(table("Billing", "invoices").col(col("id", "integer")).build()),
                        new Change.DropSchema("legacy"))
                .given("CREATE SCHEMA legacy")
                .expect("SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace WHERE nspname IN"
                        + " ('Billing', 'legacy')", "Billing")
                .expect("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'Billing'", "1"));
        cases.add(RenderCase.of("set_and_remove_comments",
                        new Change.SetTableComment(S, "users", "people who sign in"),
                        new Change.SetColumnComment(S, "users", "email", null),
                        new Change.SetColumnComment(S, "users", "id", "O'Brien's id"))
                .given("CREATE TABLE users (id int, email text)", "COMMENT ON COLUMN users.email IS 'old'")
                .expect("SELECT obj_description('users'::regclass) || ' / ' || coalesce(col_description('users'::regclass, 2), '-')"
                        + " || ' / ' || col_description('users'::regclass, 1)", "people who sign in / - / O'Brien's id"));
        return cases;
    }
}
