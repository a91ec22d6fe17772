package io.shale.dialect.render;

import static io.shale.dialect.render.Build.col;
import static io.shale.dialect.render.Build.fk;
import static io.shale.dialect.render.Build.index;
import static io.shale.dialect.render.Build.indexWithDefinition;
import static io.shale.dialect.render.Build.table;

import io.shale.schema.CheckConstraint;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL cases for tables, columns and constraints; {@link PostgresRenderObjectCases} has the rest. */
final class PostgresRenderCases {
    static final String S = "public";

    private PostgresRenderCases() {
    }

    static String columns(String table) {
        return "SELECT column_name, data_type, is_nullable, coalesce(column_default, ''),"
                + " coalesce(identity_generation, ''), coalesce(generation_expression, ''), is_identity"
                + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '" + table + "'"
                + " ORDER BY ordinal_position";
    }

    static String constraints(String table) {
        return "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = 'public." + table + "'::regclass AND contype <> 'n' ORDER BY conname";
    }

    static String indexes(String table) {
        return "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '" + table + "'"
                + " ORDER BY indexname";
    }

    static Table users() {
        return table(S, "users")
                .col(col("id", "bigint").identity(true, 1, 1), col("email", "text").notNull(),
                        col("name", "character varying(100)").defaultTo("'anonymous'::character varying"))
                .pk("users_pkey", "id").unique("users_email_key", "email").build();
    }

    static List<RenderCase> all() {
        List<RenderCase> cases = new ArrayList<>();
        cases.add(RenderCase.of("create_table_with_identity_keys_and_default", new Change.CreateTable(users()))
                .expect(columns("users"), """
                        id | bigint | NO |  | ALWAYS |  | YES
                        email | text | NO |  |  |  | NO
                        name | character varying | YES | 'anonymous'::character varying |  |  | NO""")
                .expect(constraints("users"), """
                        users_email_key | UNIQUE (email)
                        users_pkey | PRIMARY KEY (id)"""));
        cases.add(RenderCase.of("create_table_with_check_and_comments", new Change.CreateTable(table(S, "products")
                        .col(col("id", "integer").notNull(), col("price", "numeric(10,2)").notNull().comment("in euros"))
                        .check("products_price_check", "(price > (0)::numeric)").comment("what we sell").build()))
                .expect(constraints("products"), "products_price_check | CHECK ((price > (0)::numeric))")
                .expect("SELECT obj_description('public.products'::regclass) || ' / ' || col_description('public.products'::regclass, 2)",
                        "what we sell / in euros"));
        cases.add(RenderCase.of("create_table_identity_by_default_with_start_and_increment",
                        new Change.CreateTable(table(S, "tickets").col(col("id", "integer").identity(false, 100, 10),
                                col("title", "text")).build()))
                .expect("INSERT INTO tickets (title) VALUES ('a'), ('b') RETURNING id", "100\n110"));
        cases.add(RenderCase.of("create_table_with_generated_column", new Change.CreateTable(table(S, "boxes")
                        .col(col("w", "integer"), col("h", "integer"), col("area", "integer").generated("w * h")).build()))
                .expect(columns("boxes"), """
                        w | integer | YES |  |  |  | NO
                        h | integer | YES |  |  |  | NO
                        area | integer | YES |  |  | (w * h) | NO"""));
        cases.add(RenderCase.of("create_table_with_collation", new Change.CreateTable(table(S, "tags")
                        .col(col("label", "text").collate("C").notNull()).build()))
                .expect("SELECT collation_name FROM information_schema.columns WHERE table_name = 'tags'", "C"));
        cases.add(RenderCase.of("create_table_with_index_definition", new Change.CreateTable(table(S, "people")
                        .col(col("email", "text"))
                        .index(indexWithDefinition("people_lower_email_idx",
                                "CREATE INDEX people_lower_email_idx ON public.people USING btree (lower(email))"))
                        .build()))
                .expect(indexes("people"), "CREATE INDEX people_lower_email_idx ON public.people USING btree (lower(email))"));
        cases.add(RenderCase.of("create_table_with_index_built_from_parts", new Change.CreateTable(table(S, "orders")
                        .col(col("id", "integer"), col("placed_at", "timestamp with time zone"), col("total", "numeric"),
                                col("status", "text"))
                        .index(new Index("orders_recent_idx", true, "btree",
                                List.of(new Index.Key("placed_at", null, true, false),
                                        new Index.Key(null, "lower(status)", false, null)),
                                List.of("total"), "status <> 'void'", null))
                        .build()))
                .expect(indexes("orders"), "CREATE UNIQUE INDEX orders_recent_idx ON public.orders USING btree "
                        + "(placed_at DESC NULLS LAST, lower(status)) INCLUDE (total) WHERE (status <> 'void'::text)"));
        cases.add(RenderCase.of("create_table_quotes_keywords_and_mixed_case", new Change.CreateTable(table(S, "Order")
                        .col(col("select", "integer"), col("user", "text"), col("plain_name", "text"), col("Mixed", "text"))
                        .pk("Order_pkey", "select").build()))
                .expect("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns"
                        + " WHERE table_name = 'Order'", "select,user,plain_name,Mixed"));
        cases.add(RenderCase.of("create_partitioned_table_and_partition",
                        new Change.CreateTable(table(S, "events").col(col("id", "bigint").notNull(),
                                col("created_at", "date").notNull()).partitioning("RANGE (created_at)").build()),
                        new Change.CreateTable(table(S, "events_2024").col(col("id", "bigint").notNull(),
                                col("created_at", "date").notNull())
                                .partitionOf("public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')").build()))
                .expect("SELECT inhrelid::regclass || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits"
                                + " JOIN pg_class c ON c.oid = inhrelid WHERE inhparent = 'public.events'::regclass",
                        "events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
        cases.add(RenderCase.of("drop_table", new Change.DropTable(users()))
                .given("CREATE TABLE users (id bigint)")
                .expect("SELECT count(*) FROM pg_tables WHERE tablename = 'users'", "0"));
        cases.add(RenderCase.of("rename_table", new Change.RenameTable(S, "users", "accounts"))
                .given("CREATE TABLE users (id bigint)")
                .expect("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", "accounts"));
        cases.add(RenderCase.of("add_column_not_null_with_default",
                        new Change.AddColumn(S, "users", col("active", "boolean").notNull().defaultTo("true").build()))
                .given("CREATE TABLE users (id bigint)", "INSERT INTO users VALUES (1)")
                .expect("SELECT active FROM users", "t"));
        cases.add(RenderCase.of("add_column_with_comment",
                new Change.AddColumn(S, "users", col("nickname", "text").comment("shown to friends").build())));
        cases.add(RenderCase.of("drop_column", new Change.DropColumn(S, "users", col("email", "text").build()))
                .given("CREATE TABLE users (id bigint, email text)")
                .expect(columns("users"), "id | bigint | YES |  |  |  | NO"));
        cases.add(RenderCase.of("rename_column", new Change.RenameColumn(S, "users", "email", "email_address"))
                .given("CREATE TABLE users (id bigint, email text)")
                .expect(columns("users"), "id | bigint | YES |  |  |  | NO\nemail_address | text | YES |  |  |  | NO"));
        cases.add(RenderCase.of("alter_column_type_same_base_type_needs_no_cast", new Change.AlterColumn(S, "users",
                        col("name", "character varying(50)").build(), col("name", "character varying(200)").build()))
                .given("CREATE TABLE users (name varchar(50))")
                .expect("SELECT character_maximum_length FROM information_schema.columns WHERE table_name = 'users'", "200"));
        cases.add(RenderCase.of("alter_column_type_to_another_type_casts_with_using", new Change.AlterColumn(S, "users",
                        col("age", "text").build(), col("age", "integer").build()))
                .given("CREATE TABLE users (age text)", "INSERT INTO users VALUES ('42')")
                .expect("SELECT age + 1 FROM users", "43"));
        cases.add(RenderCase.of("alter_column_set_not_null", new Change.AlterColumn(S, "users",
                        col("email", "text").build(), col("email", "text").notNull().build()))
                .given("CREATE TABLE users (email text)")
                .expect(columns("users"), "email | text | NO |  |  |  | NO"));
        cases.add(RenderCase.of("alter_column_drop_not_null", new Change.AlterColumn(S, "users",
                        col("email", "text").notNull().build(), col("email", "text").build()))
                .given("CREATE TABLE users (email text NOT NULL)")
                .expect(columns("users"), "email | text | YES |  |  |  | NO"));
        cases.add(RenderCase.of("alter_column_change_default", new Change.AlterColumn(S, "users",
                        col("score", "integer").defaultTo("0").build(), col("score", "integer").defaultTo("10").build()))
                .given("CREATE TABLE users (score integer DEFAULT 0)")
                .expect(columns("users"), "score | integer | YES | 10 |  |  | NO"));
        cases.add(RenderCase.of("alter_column_drop_default", new Change.AlterColumn(S, "users",
                        col("score", "integer").defaultTo("0").build(), col("score", "integer").build()))
                .given("CREATE TABLE users (score integer DEFAULT 0)")
                .expect(columns("users"), "score | integer | YES |  |  |  | NO"));
        cases.add(RenderCase.of("alter_column_type_and_default_together", new Change.AlterColumn(S, "users",
                        col("level", "text").defaultTo("'low'::text").build(),
                        col("level", "integer").defaultTo("1").build()))
                .given("CREATE TABLE users (level text DEFAULT 'low')")
                .expect(columns("users"), "level | integer | YES | 1 |  |  | NO"));
        cases.add(RenderCase.of("alter_column_add_identity", new Change.AlterColumn(S, "users",
                        col("id", "bigint").notNull().build(), col("id", "bigint").identity(false, 1, 1).build()))
                .given("CREATE TABLE users (id bigint NOT NULL)")
                .expect(columns("users"), "id | bigint | NO |  | BY DEFAULT |  | YES"));
        cases.add(RenderCase.of("alter_column_drop_identity", new Change.AlterColumn(S, "users",
                        col("id", "bigint").identity(true, 1, 1).build(), col("id", "bigint").notNull().build()))
                .given("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY)")
                .expect(columns("users"), "id | bigint | NO |  |  |  | NO"));
        cases.add(RenderCase.of("alter_column_identity_generation_and_increment", new Change.AlterColumn(S, "users",
                        col("id", "bigint").identity(true, 1, 1).build(), col("id", "bigint").identity(false, 1, 5).build()))
                .given("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY, n int)")
                .expect("INSERT INTO users (n) VALUES (1), (2) RETURNING id", "1\n6"));
        cases.add(RenderCase.of("alter_column_collation", new Change.AlterColumn(S, "tags",
                        col("label", "text").build(), col("label", "text").collate("C").build()))
                .given("CREATE TABLE tags (label text)")
                .expect("SELECT collation_name FROM information_schema.columns WHERE table_name = 'tags'", "C"));
        cases.add(RenderCase.of("alter_column_generation_expression", new Change.AlterColumn(S, "boxes",
                        col("area", "integer").generated("(w * h)").build(), col("area", "integer").generated("w * h * 2").build()))
                .given("CREATE TABLE boxes (w int, h int, area int GENERATED ALWAYS AS (w * h) STORED)",
                        "INSERT INTO boxes (w, h) VALUES (2, 3)")
                .expect("SELECT area FROM boxes", "12"));
        cases.add(RenderCase.of("alter_column_drop_generation", new Change.AlterColumn(S, "boxes",
                        col("area", "integer").generated("(w * h)").build(), col("area", "integer").build()))
                .given("CREATE TABLE boxes (w int, h int, area int GENERATED ALWAYS AS (w * h) STORED)")
                .expect(columns("boxes"), """
                        w | integer | YES |  |  |  | NO
                        h | integer | YES |  |  |  | NO
                        area | integer | YES |  |  |  | NO"""));
        cases.add(RenderCase.of("add_and_drop_primary_key",
                        new Change.DropPrimaryKey(S, "users", new PrimaryKey("users_old_pkey", List.of("id"))),
                        new Change.AddPrimaryKey(S, "users", new PrimaryKey("users_pkey", List.of("id", "tenant"))))
                .given("CREATE TABLE users (id int, tenant int, CONSTRAINT users_old_pkey PRIMARY KEY (id))")
                .expect(constraints("users"), "users_pkey | PRIMARY KEY (id, tenant)"));
        cases.add(RenderCase.of("add_and_drop_unique",
                        new Change.DropUnique(S, "users", new UniqueConstraint("users_email_key", List.of("email"))),
                        new Change.AddUnique(S, "users", new UniqueConstraint("users_email_tenant_key", List.of("email", "tenant"))))
                .given("CREATE TABLE users (email text CONSTRAINT users_email_key UNIQUE, tenant int)")
                .expect(constraints("users"), "users_email_tenant_key | UNIQUE (email, tenant)"));
        cases.add(RenderCase.of("add_foreign_key_with_actions_and_deferrable", new Change.AddForeignKey(S, "orders",
                        new io.shale.schema.ForeignKey("orders_user_id_fkey", List.of("user_id"), S, "users", List.of("id"),
                                "CASCADE", "SET NULL", true, true)))
                .given("CREATE TABLE users (id int PRIMARY KEY)", "CREATE TABLE orders (user_id int)")
                .expect(constraints("orders"), "orders_user_id_fkey | FOREIGN KEY (user_id) REFERENCES users(id)"
                        + " ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"));
        cases.add(RenderCase.of("drop_foreign_key", new Change.DropForeignKey(S, "orders",
                        fk("orders_user_id_fkey", List.of("user_id"), S, "users", List.of("id"), "NO ACTION")))
                .given("CREATE TABLE users (id int PRIMARY KEY)",
                        "CREATE TABLE orders (user_id int CONSTRAINT orders_user_id_fkey REFERENCES users)")
                .expect(constraints("orders"), ""));
        cases.add(RenderCase.of("foreign_key_to_another_schema", new Change.AddForeignKey(S, "orders",
                fk("orders_account_fkey", List.of("account_id"), "billing", "accounts", List.of("id"), "RESTRICT"))));
        cases.add(RenderCase.of("add_and_drop_check",
                        new Change.DropCheck(S, "products", new CheckConstraint("products_price_check", "(price > 0)")),
                        new Change.AddCheck(S, "products", new CheckConstraint("products_price_positive", "price >= 0")))
                .given("CREATE TABLE products (price int CONSTRAINT products_price_check CHECK (price > 0))")
                .expect(constraints("products"), "products_price_positive | CHECK ((price >= 0))"));
        cases.add(RenderCase.of("create_and_drop_index",
                        new Change.DropIndex(S, "users", index("users_email_idx", false, "email")),
                        new Change.CreateIndex(S, "users", indexWithDefinition("users_email_name_idx",
                                "CREATE INDEX users_email_name_idx ON public.users USING btree (email, name)")))
                .given("CREATE TABLE users (email text, name text)", "CREATE INDEX users_email_idx ON users (email)")
                .expect(indexes("users"), "CREATE INDEX users_email_name_idx ON public.users USING btree (email, name)"));
        cases.add(RenderCase.of("create_expression_index_with_method", new Change.CreateIndex(S, "docs",
                new Index("docs_body_idx", false, "gin", List.of(new Index.Key(null, "to_tsvector('english'::regconfig, body)",
                        false, null)), List.of(), null, null))));
        return cases;
    }
}
