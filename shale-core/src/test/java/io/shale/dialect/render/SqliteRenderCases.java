package io.shale.dialect.render;

import static io.shale.dialect.render.Build.catalog;
import static io.shale.dialect.render.Build.col;
import static io.shale.dialect.render.Build.fk;
import static io.shale.dialect.render.Build.index;
import static io.shale.dialect.render.Build.table;
import static io.shale.dialect.render.Build.trigger;
import static io.shale.dialect.render.Build.view;

import io.shale.schema.CheckConstraint;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/** SQLite cases: in-place changes and table rebuilds. */
final class SqliteRenderCases {
    private static final String S = "main";
    private static final String TABLE_SQL = "SELECT sql FROM sqlite_master WHERE name = ";
    private static final String USERS_DDL = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, team_id INTEGER)";
    private static final Index USERS_EMAIL = new Index("users_email", false, null,
            List.of(new Index.Key("email", null, false, null)), List.of(), null, "CREATE INDEX users_email ON users (email)");
    private static final Trigger USERS_TRIGGER = trigger(S, "users", "users_lower",
            "CREATE TRIGGER users_lower AFTER INSERT ON users BEGIN UPDATE users SET email = lower(email) WHERE id = NEW.id; END");
    private static final ForeignKey USERS_TEAM = fk(null, List.of("team_id"), null, "teams", List.of("id"), "SET NULL");

    private SqliteRenderCases() {
    }

    static Build.Tab users() {
        return table(S, "users").col(col("id", "INTEGER"), col("email", "TEXT"), col("team_id", "INTEGER")).pk(null, "id");
    }

    static String columns(String table) {
        return "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || coalesce(dflt_value, '-'), ', ')"
                + " FROM pragma_table_xinfo('" + table + "')";
    }

    static List<RenderCase> all() {
        List<RenderCase> cases = new ArrayList<>();
        Table teams = table(S, "teams").col(col("id", "INTEGER").identity(false, 1, 1), col("name", "TEXT").notNull().collate("NOCASE"),
                        col("created", "TEXT").defaultTo("CURRENT_TIMESTAMP"), col("code", "TEXT").defaultTo("lower(hex(randomblob(4)))"),
                        col("parent_id", "INTEGER"))
                .pk(null, "id").unique("teams_name", "name").check("teams_name_check", "length(name) > 0")
                .fk(fk(null, List.of("parent_id"), null, "teams", List.of("id"), "CASCADE"))
                .index(index("teams_created", false, "created")).build();
        cases.add(RenderCase.of("create_table_with_everything_inline", new Change.CreateTable(teams))
                .expect("INSERT INTO teams (name) VALUES ('a') RETURNING id, length(code), created IS NOT NULL", "1 | 8 | 1")
                .expect("SELECT \"table\" || ' ' || \"from\" || ' ' || on_delete FROM pragma_foreign_key_list('teams')",
                        "teams parent_id CASCADE")
                .expect("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", "teams_created"));
        cases.add(RenderCase.of("create_table_composite_key_and_quoted_names", new Change.CreateTable(table(S, "order")
                        .col(col("group", "TEXT").notNull(), col("Line", "INTEGER").notNull(), col("total", "REAL").generated("Line * 2"))
                        .pk("order_pk", "group", "Line").build()))
                .expect(columns("order"), "group TEXT 1 -, Line INTEGER 1 -, total REAL 0 -"));
        cases.add(RenderCase.of("drop_and_rename_tables",
                        new Change.DropTable(table(S, "old").build()), new Change.RenameTable(S, "users", "accounts"))
                .given("CREATE TABLE old (id INTEGER)", USERS_DDL)
                .expect("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'", "accounts"));
        cases.add(RenderCase.of("add_column_in_place", new Change.AddColumn(S, "users",
                        col("active", "INTEGER").notNull().defaultTo("1").build()))
                .given(USERS_DDL, "INSERT INTO users (email) VALUES ('a')")
                .expect("SELECT active FROM users", "1"));
        Table withCreated = users().col(col("created", "TEXT").defaultTo("CURRENT_TIMESTAMP")).build();
        cases.add(RenderCase.of("add_column_with_a_time_default_rebuilds", new Change.AddColumn(S, "users",
                        col("created", "TEXT").defaultTo("CURRENT_TIMESTAMP").build()))
                .from(catalog(S, users().build())).to(catalog(S, withCreated))
                .given(USERS_DDL, "INSERT INTO users (email) VALUES ('a')")
                .expect("SELECT email FROM users", "a")
                .expect(columns("users"), "id INTEGER 0 -, email TEXT 0 -, team_id INTEGER 0 -, created TEXT 0 CURRENT_TIMESTAMP"));
        cases.add(RenderCase.of("drop_and_rename_columns_in_place",
                        new Change.DropColumn(S, "users", col("team_id", "INTEGER").build()),
                        new Change.RenameColumn(S, "users", "email", "email_address"))
                .from(catalog(S, users().build()))
                .given(USERS_DDL)
                .expect(columns("users"), "id INTEGER 0 -, email_address TEXT 0 -"));
        Table usersIndexed = users().index(USERS_EMAIL).build();
        cases.add(RenderCase.of("drop_indexed_column_rebuilds", new Change.DropColumn(S, "users", col("email", "TEXT").build()))
                .from(catalog(S, usersIndexed))
                .to(catalog(S, table(S, "users").col(col("id", "INTEGER"), col("team_id", "INTEGER")).pk(null, "id").build()))
                .given(USERS_DDL, "CREATE INDEX users_email ON users (email)", "INSERT INTO users (team_id) VALUES (7)")
                .expect(columns("users"), "id INTEGER 0 -, team_id INTEGER 0 -")
                .expect("SELECT team_id FROM users", "7"));
        Table typed = table(S, "users").col(col("id", "INTEGER"), col("email", "TEXT").notNull(), col("team_id", "BIGINT"))
                .pk(null, "id").index(USERS_EMAIL).build();
        cases.add(RenderCase.of("alter_column_rebuilds_with_indexes_and_triggers",
                        new Change.AlterColumn(S, "users", col("team_id", "INTEGER").build(), col("team_id", "BIGINT").build()),
                        new Change.AlterColumn(S, "users", col("email", "TEXT").build(), col("email", "TEXT").notNull().build()))
                .from(catalog(S, usersIndexed)).to(catalog(S, List.of(typed), List.of(USERS_TRIGGER), List.of()))
                .given(USERS_DDL, "CREATE INDEX users_email ON users (email)", USERS_TRIGGER.definition(),
                        "INSERT INTO users (email, team_id) VALUES ('A', 3)")
                .expect(columns("users"), "id INTEGER 0 -, email TEXT 1 -, team_id BIGINT 0 -")
                .expect("SELECT id || email || team_id FROM users", "1a3")
                .expect("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"
                        + " ORDER BY name)", "users_email,users_lower"));
        Table withTeam = users().fk(USERS_TEAM).build();
        cases.add(RenderCase.of("add_foreign_key_rebuilds", new Change.AddForeignKey(S, "users", USERS_TEAM))
                .from(catalog(S, users().build())).to(catalog(S, withTeam))
                .given("CREATE TABLE teams (id INTEGER PRIMARY KEY)", USERS_DDL, "INSERT INTO users (email) VALUES ('a')")
                .expect("SELECT \"table\" || ' ' || on_delete FROM pragma_foreign_key_list('users')", "teams SET NULL")
                .expect("SELECT count(*) FROM users", "1"));
        cases.add(RenderCase.of("drop_foreign_key_rebuilds", new Change.DropForeignKey(S, "users", USERS_TEAM))
                .from(catalog(S, withTeam)).to(catalog(S, users().build()))
                .given("CREATE TABLE teams (id INTEGER PRIMARY KEY)",
                        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, team_id INTEGER REFERENCES teams (id))")
                .expect("SELECT count(*) FROM pragma_foreign_key_list('users')", "0"));
        Table checked = users().check("users_email_check", "email LIKE '%@%'").build();
        cases.add(RenderCase.of("add_check_rebuilds", new Change.AddCheck(S, "users",
                        new CheckConstraint("users_email_check", "email LIKE '%@%'")))
                .from(catalog(S, users().build())).to(catalog(S, checked))
                .given(USERS_DDL)
                .expect(TABLE_SQL + "'users'", """
                        CREATE TABLE "users" (
                            id INTEGER,
                            email TEXT,
                            team_id INTEGER,
                            PRIMARY KEY (id),
                            CONSTRAINT users_email_check CHECK (email LIKE '%@%')
                        )"""));
        cases.add(RenderCase.of("rebuild_keeps_views_on_the_table_working", new Change.AddCheck(S, "users",
                        new CheckConstraint("users_email_check", "email LIKE '%@%'")))
                .from(catalog(S, users().build())).to(catalog(S, checked))
                .given(USERS_DDL, "CREATE VIEW user_emails AS SELECT email FROM users", "INSERT INTO users (email) VALUES ('a@b')")
                .expect("SELECT email FROM user_emails", "a@b"));
        Table reshaped = table(S, "users").col(col("id", "INTEGER"), col("email_address", "TEXT").notNull(),
                        col("team_id", "INTEGER"), col("score", "INTEGER").notNull().defaultTo("0"))
                .pk(null, "id").check("users_score", "score >= 0").build();
        cases.add(RenderCase.of("several_changes_on_one_table_rebuild_it_once",
                        new Change.RenameColumn(S, "users", "email", "email_address"),
                        new Change.AlterColumn(S, "users", col("email_address", "TEXT").build(),
                                col("email_address", "TEXT").notNull().build()),
                        new Change.AddColumn(S, "users", col("score", "INTEGER").notNull().defaultTo("0").build()),
                        new Change.AddCheck(S, "users", new CheckConstraint("users_score", "score >= 0")),
                        new Change.CreateIndex(S, "users", index("users_never_built", false, "team_id")))
                .from(catalog(S, users().build())).to(catalog(S, reshaped))
                .given(USERS_DDL, "INSERT INTO users (email, team_id) VALUES ('a@b', 2)")
                .expect("SELECT email_address || ' ' || team_id || ' ' || score FROM users", "a@b 2 0")
                .expect("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", "0"));
        Table members = table(S, "members").col(col("id", "INTEGER"), col("email", "TEXT"), col("team_id", "INTEGER"))
                .pk(null, "id").fk(USERS_TEAM).build();
        cases.add(RenderCase.of("renamed_table_that_needs_a_rebuild_is_rebuilt_from_its_old_name",
                        new Change.RenameTable(S, "users", "members"),
                        new Change.AddForeignKey(S, "members", USERS_TEAM))
                .from(catalog(S, users().build())).to(catalog(S, members))
                .given(USERS_DDL, "INSERT INTO users (email) VALUES ('a')")
                .expect("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'", "members")
                .expect("SELECT email FROM members", "a"));
        cases.add(RenderCase.of("foreign_key_of_a_new_table_is_inline",
                        new Change.CreateTable(withTeam), new Change.AddForeignKey(S, "users", USERS_TEAM),
                        new Change.DropForeignKey(S, "gone", USERS_TEAM), new Change.DropTable(table(S, "gone").build()))
                .given("CREATE TABLE gone (id INTEGER)")
                .expect("SELECT count(*) FROM pragma_foreign_key_list('users')", "1"));
        cases.add(RenderCase.of("primary_key_change_rebuilds",
                        new Change.DropPrimaryKey(S, "users", new PrimaryKey(null, List.of("id"))),
                        new Change.AddPrimaryKey(S, "users", new PrimaryKey(null, List.of("id", "team_id"))))
                .from(catalog(S, users().build()))
                .to(catalog(S, table(S, "users").col(col("id", "INTEGER"), col("email", "TEXT"), col("team_id", "INTEGER"))
                        .pk(null, "id", "team_id").build()))
                .given(USERS_DDL)
                .expect("SELECT group_concat(name) FROM pragma_table_info('users') WHERE pk > 0", "id,team_id"));
        cases.add(RenderCase.of("create_and_drop_index_view_and_trigger",
                        new Change.DropIndex(S, "users", index("users_old", false, "email")),
                        new Change.CreateIndex(S, "users", index("users_team", true, "team_id")),
                        new Change.DropView(view(S, "old_view", "SELECT 1")),
                        new Change.CreateView(view(S, "team_users", "SELECT id, email FROM users WHERE team_id IS NOT NULL")),
                        new Change.DropTrigger(trigger(S, "users", "users_old_trigger", "CREATE TRIGGER ...")),
                        new Change.CreateTrigger(USERS_TRIGGER))
                .given(USERS_DDL, "CREATE INDEX users_old ON users (email)", "CREATE VIEW old_view AS SELECT 1",
                        "CREATE TRIGGER users_old_trigger AFTER DELETE ON users BEGIN SELECT 1; END")
                .expect("SELECT group_concat(type || ':' || name) FROM (SELECT type, name FROM sqlite_master"
                        + " WHERE name <> 'users' ORDER BY name)", "view:team_users,trigger:users_lower,index:users_team"));
        return cases;
    }
}
