package io.shale.dialect.render;

import static io.shale.dialect.render.Build.catalog;
import static io.shale.dialect.render.Build.col;
import static io.shale.dialect.render.Build.fk;
import static io.shale.dialect.render.Build.index;
import static io.shale.dialect.render.Build.routine;
import static io.shale.dialect.render.Build.table;
import static io.shale.dialect.render.Build.trigger;
import static io.shale.dialect.render.Build.view;

import io.shale.schema.CheckConstraint;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/** MySQL/MariaDB cases, executed on MariaDB. The schema (the database) is never written. */
final class MySqlRenderCases {
    private static final String S = "app";

    private MySqlRenderCases() {
    }

    static String columns(String table) {
        return "SELECT column_name, column_type, is_nullable, coalesce(column_default, '-'), extra,"
                + " coalesce(nullif(column_comment, ''), '-')"
                + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '" + table + "'"
                + " ORDER BY ordinal_position";
    }

    static String indexes(String table) {
        return "SELECT index_name, group_concat(column_name ORDER BY seq_in_index), max(non_unique)"
                + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = '" + table + "'"
                + " GROUP BY index_name ORDER BY index_name";
    }

    static String constraints(String table) {
        return "SELECT constraint_name, constraint_type FROM information_schema.table_constraints"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY constraint_name";
    }

    static List<RenderCase> all() {
        List<RenderCase> cases = new ArrayList<>();
        cases.add(RenderCase.of("create_table_with_keys_checks_and_comments", new Change.CreateTable(table(S, "users")
                        .col(col("id", "bigint(20)").identity(false, 1, 1),
                                col("email", "varchar(255)").notNull().comment("login, e.g. 'ann'"),
                                col("name", "varchar(100)").defaultTo("'anonymous'").collate("utf8mb4_bin"))
                        .pk(null, "id").unique("users_email", "email").index(index("users_name", false, "name"))
                        .check("users_email_check", "`email` <> ''").comment("people who sign in").build()))
                .expect(columns("users"), """
                        id | bigint(20) | NO | - | auto_increment | -
                        email | varchar(255) | NO | - |  | login, e.g. 'ann'
                        name | varchar(100) | YES | 'anonymous' |  | -""")
                .expect(indexes("users"), "PRIMARY | id | 0\nusers_email | email | 0\nusers_name | name | 1")
                .expect("SELECT table_comment FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = 'users'", "people who sign in"));
        cases.add(RenderCase.of("create_table_quotes_reserved_and_mixed_case", new Change.CreateTable(table(S, "order")
                        .col(col("select", "int(11)"), col("Key", "int(11)"), col("plain", "int(11)")).build()))
                .expect("SELECT group_concat(column_name ORDER BY ordinal_position) FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = 'order'", "select,Key,plain"));
        cases.add(RenderCase.of("create_table_with_fulltext_and_descending_index", new Change.CreateTable(table(S, "posts")
                        .col(col("title", "varchar(200)"), col("body", "text"))
                        .index(new Index("posts_body_text", false, "FULLTEXT", List.of(new Index.Key("body", null, false, null)),
                                List.of(), null, null))
                        .index(new Index("posts_title_desc", false, "BTREE", List.of(new Index.Key("title", null, true, null)),
                                List.of(), null, null))
                        .build()))
                .expect("SELECT index_name, index_type FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name = 'posts' ORDER BY index_name", "posts_body_text | FULLTEXT\nposts_title_desc | BTREE"));
        cases.add(RenderCase.of("create_table_with_generated_column", new Change.CreateTable(table(S, "boxes")
                        .col(col("w", "int(11)"), col("h", "int(11)"), col("area", "int(11)").generated("`w` * `h`")).build()))
                .expect("SELECT generation_expression FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'boxes'"
                        + " AND column_name = 'area'", "`w` * `h`"));
        cases.add(RenderCase.of("drop_table", new Change.DropTable(table(S, "users").build()))
                .given("CREATE TABLE users (id int)")
                .expect("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()", "0"));
        cases.add(RenderCase.of("rename_table", new Change.RenameTable(S, "users", "accounts"))
                .given("CREATE TABLE users (id int)")
                .expect("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", "accounts"));
        cases.add(RenderCase.of("add_column_not_null_with_default",
                        new Change.AddColumn(S, "users", col("active", "tinyint(1)").notNull().defaultTo("1").build()))
                .given("CREATE TABLE users (id int)", "INSERT INTO users VALUES (1)")
                .expect("SELECT active FROM users", "1"));
        cases.add(RenderCase.of("drop_column", new Change.DropColumn(S, "users", col("email", "text").build()))
                .given("CREATE TABLE users (id int, email text)")
                .expect("SELECT group_concat(column_name) FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = 'users'", "id"));
        cases.add(RenderCase.of("rename_column", new Change.RenameColumn(S, "users", "email", "email_address"))
                .given("CREATE TABLE users (id int, email text)")
                .expect("SELECT group_concat(column_name ORDER BY ordinal_position) FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = 'users'", "id,email_address"));
        cases.add(RenderCase.of("modify_column_type", new Change.AlterColumn(S, "users",
                        col("age", "varchar(10)").build(), col("age", "int(11)").build()))
                .given("CREATE TABLE users (age varchar(10))", "INSERT INTO users VALUES ('41')")
                .expect("SELECT age + 1 FROM users", "42"));
        cases.add(RenderCase.of("modify_column_nullability_restates_default_and_comment", new Change.AlterColumn(S, "users",
                        col("email", "varchar(100)").defaultTo("'none'").comment("login").build(),
                        col("email", "varchar(100)").notNull().defaultTo("'none'").comment("login").build()))
                .given("CREATE TABLE users (email varchar(100) DEFAULT 'none' COMMENT 'login')")
                .expect(columns("users"), "email | varchar(100) | NO | 'none' |  | login"));
        cases.add(RenderCase.of("modify_column_to_auto_increment", new Change.AlterColumn(S, "users",
                        col("id", "int(11)").notNull().build(), col("id", "int(11)").identity(false, 1, 1).build()))
                .given("CREATE TABLE users (id int NOT NULL PRIMARY KEY)")
                .expect("SELECT extra FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = 'users'", "auto_increment"));
        cases.add(RenderCase.of("modify_column_character_set_and_collation", new Change.AlterColumn(S, "users",
                        col("name", "varchar(50)").build(), col("name", "varchar(50)").collate("latin1_bin").build()))
                .given("CREATE TABLE users (name varchar(50)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci",
                        "INSERT INTO users VALUES ('caf\u00e9')")
                .expect("SELECT character_set_name, collation_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = 'users'", "latin1 | latin1_bin")
                .expect("SELECT name FROM users", "caf\u00e9"));
        cases.add(RenderCase.of("modify_column_back_to_the_table_collation", new Change.AlterColumn(S, "users",
                        col("name", "varchar(50)").collate("latin1_bin").build(), col("name", "varchar(50)").build()))
                .given("CREATE TABLE users (name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin)"
                        + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci")
                .expect("SELECT character_set_name, collation_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = 'users'", "utf8mb4 | utf8mb4_general_ci"));
        cases.add(RenderCase.of("drop_and_add_primary_key",
                        new Change.DropPrimaryKey(S, "users", new PrimaryKey("PRIMARY", List.of("id"))),
                        new Change.AddPrimaryKey(S, "users", new PrimaryKey("PRIMARY", List.of("id", "tenant"))))
                .given("CREATE TABLE users (id int NOT NULL PRIMARY KEY, tenant int NOT NULL)")
                .expect(indexes("users"), "PRIMARY | id,tenant | 0"));
        cases.add(RenderCase.of("drop_and_add_unique",
                        new Change.DropUnique(S, "users", new UniqueConstraint("users_email", List.of("email"))),
                        new Change.AddUnique(S, "users", new UniqueConstraint("users_email_tenant", List.of("email", "tenant"))))
                .given("CREATE TABLE users (email varchar(50), tenant int, UNIQUE KEY users_email (email))")
                .expect(indexes("users"), "users_email_tenant | email,tenant | 0"));
        cases.add(RenderCase.of("create_and_drop_index",
                        new Change.DropIndex(S, "users", index("users_name", false, "name")),
                        new Change.CreateIndex(S, "users", index("users_name_email", true, "name", "email")))
                .given("CREATE TABLE users (name varchar(50), email varchar(50), KEY users_name (name))")
                .expect(indexes("users"), "users_name_email | name,email | 0"));
        cases.add(RenderCase.of("add_foreign_key_puts_the_planned_index_first",
                        new Change.AddForeignKey(S, "orders", fk("orders_user", List.of("user_id"), S, "users", List.of("id"), "CASCADE")),
                        new Change.CreateIndex(S, "orders", index("orders_user_placed", false, "user_id", "placed_at")))
                .given("CREATE TABLE users (id int PRIMARY KEY)", "CREATE TABLE orders (user_id int, placed_at date)")
                .expect(indexes("orders"), "orders_user_placed | user_id,placed_at | 1")
                .expect(constraints("orders"), "orders_user | FOREIGN KEY"));
        cases.add(RenderCase.of("add_foreign_key_without_an_index_lets_the_engine_make_one",
                        new Change.AddForeignKey(S, "orders", fk("orders_user", List.of("user_id"), S, "users", List.of("id"), "NO ACTION")))
                .given("CREATE TABLE users (id int PRIMARY KEY)", "CREATE TABLE orders (user_id int)")
                .expect(indexes("orders"), "orders_user | user_id | 1"));
        cases.add(RenderCase.of("drop_foreign_key_comes_before_dropping_its_index",
                        new Change.DropIndex(S, "orders", index("orders_user", false, "user_id")),
                        new Change.DropForeignKey(S, "orders", fk("orders_user", List.of("user_id"), S, "users", List.of("id"), "NO ACTION")))
                .given("CREATE TABLE users (id int PRIMARY KEY)",
                        "CREATE TABLE orders (user_id int, CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id))")
                .expect(indexes("orders"), "")
                .expect(constraints("orders"), ""));
        cases.add(RenderCase.of("drop_and_add_check",
                        new Change.DropCheck(S, "products", new CheckConstraint("price_positive", "`price` > 0")),
                        new Change.AddCheck(S, "products", new CheckConstraint("price_not_negative", "`price` >= 0")))
                .given("CREATE TABLE products (price int, CONSTRAINT price_positive CHECK (price > 0))")
                .expect(constraints("products"), "price_not_negative | CHECK"));
        cases.add(RenderCase.of("create_and_drop_view",
                        new Change.DropView(view(S, "old_users", "select 1")),
                        new Change.CreateView(view(S, "active_users", "select `users`.`id` AS `id` from `users`")))
                .given("CREATE TABLE users (id int)", "CREATE VIEW old_users AS SELECT 1")
                .expect("SELECT table_name FROM information_schema.views WHERE table_schema = DATABASE()", "active_users"));
        cases.add(RenderCase.of("create_function_and_drop_procedure",
                        new Change.CreateRoutine(routine(S, "add_one", "add_one",
                                "CREATE FUNCTION `add_one`(x INT) RETURNS int(11)\n    DETERMINISTIC\nRETURN x + 1")),
                        new Change.DropRoutine(routine(S, "archive", "archive",
                                "CREATE PROCEDURE `archive`()\nBEGIN\n  SELECT 1;\nEND")))
                .given("CREATE PROCEDURE archive() BEGIN SELECT 1; END")
                .expect("SELECT add_one(41)", "42")
                .expect("SELECT count(*) FROM information_schema.routines WHERE routine_schema = DATABASE()"
                        + " AND routine_type = 'PROCEDURE'", "0"));
        cases.add(RenderCase.of("create_and_drop_trigger",
                        new Change.DropTrigger(trigger(S, "users", "users_old", "CREATE TRIGGER ...")),
                        new Change.CreateTrigger(trigger(S, "users", "users_lower",
                                "CREATE TRIGGER `users_lower` BEFORE INSERT ON `users` FOR EACH ROW\nBEGIN\n"
                                        + "  SET NEW.email = lower(NEW.email);\nEND")))
                .given("CREATE TABLE users (email varchar(50))",
                        "CREATE TRIGGER users_old BEFORE UPDATE ON users FOR EACH ROW SET NEW.email = NEW.email")
                .expect("SELECT group_concat(trigger_name) FROM information_schema.triggers WHERE trigger_schema = DATABASE()",
                        "users_lower"));
        cases.add(RenderCase.of("set_and_remove_table_comment",
                        new Change.SetTableComment(S, "users", "it's C:\\temp"),
                        new Change.SetTableComment(S, "audit", null))
                .given("CREATE TABLE users (id int)", "CREATE TABLE audit (id int) COMMENT 'old'")
                .expect("SELECT table_name, table_comment FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " ORDER BY table_name", "audit | \nusers | it's C:\\temp".replace(" \n", " \n")));
        cases.add(RenderCase.of("set_column_comment_restates_the_column",
                        new Change.SetColumnComment(S, "users", "email", "where we write"))
                .to(catalog(S, table(S, "users").col(col("email", "varchar(100)").notNull().defaultTo("''")).build()))
                .given("CREATE TABLE users (email varchar(100) NOT NULL DEFAULT '')")
                .expect(columns("users"), "email | varchar(100) | NO | '' |  | where we write"));
        return cases;
    }
}
