package io.shale.dialect.render;

import static io.shale.dialect.render.Build.col;
import static io.shale.dialect.render.Build.fk;
import static io.shale.dialect.render.Build.index;
import static io.shale.dialect.render.Build.routine;
import static io.shale.dialect.render.Build.table;
import static io.shale.dialect.render.Build.trigger;
import static io.shale.dialect.render.Build.view;

import io.shale.schema.CheckConstraint;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Sequence;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/** H2 cases; names are upper case, as H2 stores unquoted names. */
final class H2RenderCases {
    private static final String S = "PUBLIC";

    private H2RenderCases() {
    }

    static String columns(String table) {
        return "SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, '-'), IS_IDENTITY,"
                + " COALESCE(IDENTITY_GENERATION, '-'), COALESCE(GENERATION_EXPRESSION, '-')"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table + "'"
                + " ORDER BY ORDINAL_POSITION";
    }

    static String constraints(String table) {
        return "SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table + "' ORDER BY CONSTRAINT_NAME";
    }

    static List<RenderCase> all() {
        List<RenderCase> cases = new ArrayList<>();
        cases.add(RenderCase.of("create_table_with_keys_enum_generated_and_comments", new Change.CreateTable(table(S, "USERS")
                        .col(col("ID", "BIGINT").identity(true, 10, 5), col("EMAIL", "CHARACTER VARYING(255)").notNull().comment("login"),
                                col("NAME", "CHARACTER VARYING(100)").defaultTo("'anonymous'"), col("MOOD", "ENUM('sad', 'ok')"),
                                col("DOUBLED", "BIGINT").generated("ID * 2"))
                        .pk("USERS_PK", "ID").unique("USERS_EMAIL_UQ", "EMAIL").check("USERS_EMAIL_CHECK", "EMAIL <> ''")
                        .index(index("USERS_NAME_IDX", false, "NAME")).comment("people").build()))
                .expect(columns("USERS"), """
                        ID | BIGINT | NO | - | YES | ALWAYS | -
                        EMAIL | CHARACTER VARYING | NO | - | NO | - | -
                        NAME | CHARACTER VARYING | YES | 'anonymous' | NO | - | -
                        MOOD | ENUM | YES | - | NO | - | -
                        DOUBLED | BIGINT | YES | - | NO | - | "ID" * 2""")
                .expect(constraints("USERS"), "USERS_EMAIL_CHECK | CHECK\nUSERS_EMAIL_UQ | UNIQUE\nUSERS_PK | PRIMARY KEY")
                .expect("INSERT INTO USERS (EMAIL) VALUES ('a')", null)
                .expect("SELECT ID || ' ' || DOUBLED FROM USERS", "10 20")
                .expect("SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS'", "people"));
        cases.add(RenderCase.of("create_table_quotes_lower_case_and_keywords", new Change.CreateTable(table(S, "order")
                        .col(col("VALUE", "INTEGER"), col("email", "CHARACTER VARYING(10)"), col("PLAIN", "INTEGER")).build()))
                .expect("SELECT LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION)"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'order'", "VALUE,email,PLAIN"));
        cases.add(RenderCase.of("drop_and_rename_tables",
                        new Change.DropTable(table(S, "OLD").build()), new Change.RenameTable(S, "USERS", "ACCOUNTS"))
                .given("CREATE TABLE OLD (ID INT)", "CREATE TABLE USERS (ID INT)")
                .expect("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", "ACCOUNTS"));
        cases.add(RenderCase.of("add_drop_and_rename_columns",
                        new Change.AddColumn(S, "USERS", col("ACTIVE", "BOOLEAN").notNull().defaultTo("TRUE").comment("can log in").build()),
                        new Change.DropColumn(S, "USERS", col("OLD", "INTEGER").build()),
                        new Change.RenameColumn(S, "USERS", "EMAIL", "EMAIL_ADDRESS"))
                .given("CREATE TABLE USERS (ID INT, EMAIL VARCHAR(10), OLD INT)", "INSERT INTO USERS (ID) VALUES (1)")
                .expect(columns("USERS"), """
                        ID | INTEGER | YES | - | NO | - | -
                        EMAIL_ADDRESS | CHARACTER VARYING | YES | - | NO | - | -
                        ACTIVE | BOOLEAN | NO | TRUE | NO | - | -""")
                .expect("SELECT ACTIVE FROM USERS", "TRUE"));
        cases.add(RenderCase.of("alter_column_type", new Change.AlterColumn(S, "USERS",
                        col("AGE", "CHARACTER VARYING(10)").build(), col("AGE", "INTEGER").build()))
                .given("CREATE TABLE USERS (AGE VARCHAR(10))", "INSERT INTO USERS VALUES ('41')")
                .expect("SELECT AGE + 1 FROM USERS", "42"));
        cases.add(RenderCase.of("alter_column_nullability_and_default", new Change.AlterColumn(S, "USERS",
                        col("SCORE", "INTEGER").defaultTo("0").build(), col("SCORE", "INTEGER").notNull().defaultTo("10").build()))
                .given("CREATE TABLE USERS (SCORE INT DEFAULT 0)")
                .expect(columns("USERS"), "SCORE | INTEGER | NO | 10 | NO | - | -"));
        cases.add(RenderCase.of("alter_column_drop_not_null_and_default", new Change.AlterColumn(S, "USERS",
                        col("SCORE", "INTEGER").notNull().defaultTo("0").build(), col("SCORE", "INTEGER").build()))
                .given("CREATE TABLE USERS (SCORE INT DEFAULT 0 NOT NULL)")
                .expect(columns("USERS"), "SCORE | INTEGER | YES | - | NO | - | -"));
        cases.add(RenderCase.of("alter_column_add_identity_restates_the_column", new Change.AlterColumn(S, "USERS",
                        col("ID", "BIGINT").notNull().build(), col("ID", "BIGINT").identity(false, 1, 1).build()))
                .given("CREATE TABLE USERS (ID BIGINT NOT NULL)")
                .expect(columns("USERS"), "ID | BIGINT | NO | - | YES | BY DEFAULT | -"));
        cases.add(RenderCase.of("alter_column_identity_options", new Change.AlterColumn(S, "USERS",
                        col("ID", "BIGINT").identity(true, 1, 1).build(), col("ID", "BIGINT").identity(false, 1, 3).build()))
                .given("CREATE TABLE USERS (ID BIGINT GENERATED ALWAYS AS IDENTITY, N INT)")
                .expect("INSERT INTO USERS (N) VALUES (1), (2)", null)
                .expect("SELECT LISTAGG(ID, ',') WITHIN GROUP (ORDER BY ID) FROM USERS", "1,4"));
        cases.add(RenderCase.of("alter_column_generation_restates_the_column", new Change.AlterColumn(S, "BOXES",
                        col("AREA", "INTEGER").generated("W * H").build(), col("AREA", "INTEGER").generated("W * H * 2").build()))
                .given("CREATE TABLE BOXES (W INT, H INT, AREA INT GENERATED ALWAYS AS (W * H))", "INSERT INTO BOXES (W, H) VALUES (2, 3)")
                .expect("SELECT AREA FROM BOXES", "12"));
        cases.add(RenderCase.of("constraints_add_and_drop",
                        new Change.DropPrimaryKey(S, "ORDERS", new PrimaryKey("ORDERS_OLD_PK", List.of("ID"))),
                        new Change.AddPrimaryKey(S, "ORDERS", new PrimaryKey("ORDERS_PK", List.of("ID", "USER_ID"))),
                        new Change.DropUnique(S, "ORDERS", new UniqueConstraint("ORDERS_CODE_UQ", List.of("CODE"))),
                        new Change.AddUnique(S, "ORDERS", new UniqueConstraint("ORDERS_CODE_USER_UQ", List.of("CODE", "USER_ID"))),
                        new Change.DropCheck(S, "ORDERS", new CheckConstraint("ORDERS_CODE_CHECK", "CODE <> ''")),
                        new Change.AddCheck(S, "ORDERS", new CheckConstraint("ORDERS_ID_CHECK", "ID > 0")),
                        new Change.DropForeignKey(S, "ORDERS", fk("ORDERS_OLD_FK", List.of("USER_ID"), S, "USERS", List.of("ID"), "NO ACTION")),
                        new Change.AddForeignKey(S, "ORDERS", fk("ORDERS_USER_FK", List.of("USER_ID"), S, "USERS", List.of("ID"), "CASCADE")))
                .given("CREATE TABLE USERS (ID INT PRIMARY KEY)",
                        "CREATE TABLE ORDERS (ID INT NOT NULL, USER_ID INT NOT NULL, CODE VARCHAR(10),"
                                + " CONSTRAINT ORDERS_OLD_PK PRIMARY KEY (ID), CONSTRAINT ORDERS_CODE_UQ UNIQUE (CODE),"
                                + " CONSTRAINT ORDERS_CODE_CHECK CHECK (CODE <> ''),"
                                + " CONSTRAINT ORDERS_OLD_FK FOREIGN KEY (USER_ID) REFERENCES USERS (ID))")
                .expect(constraints("ORDERS"), """
                        ORDERS_CODE_USER_UQ | UNIQUE
                        ORDERS_ID_CHECK | CHECK
                        ORDERS_PK | PRIMARY KEY
                        ORDERS_USER_FK | FOREIGN KEY"""));
        cases.add(RenderCase.of("create_and_drop_index",
                        new Change.DropIndex(S, "USERS", index("USERS_OLD_IDX", false, "NAME")),
                        new Change.CreateIndex(S, "USERS", index("USERS_NAME_EMAIL_IDX", true, "NAME", "EMAIL")))
                .given("CREATE TABLE USERS (NAME VARCHAR(10), EMAIL VARCHAR(10))", "CREATE INDEX USERS_OLD_IDX ON USERS (NAME)")
                .expect("SELECT INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS'",
                        "USERS_NAME_EMAIL_IDX | UNIQUE INDEX"));
        cases.add(RenderCase.of("sequences_create_alter_and_drop",
                        new Change.CreateSequence(new Sequence(S, "COUNTER", "BIGINT", 1, 1, 1, 1000, false, null)),
                        new Change.AlterSequence(new Sequence(S, "TICKETS", "BIGINT", 1, 1, 1, 100, false, null),
                                new Sequence(S, "TICKETS", "BIGINT", 1, 5, 1, 500, true, null)),
                        new Change.DropSequence(new Sequence(S, "OLD_SEQ", "BIGINT", 1, 1, 1, 100, false, null)))
                .given("CREATE SEQUENCE TICKETS MAXVALUE 100", "CREATE SEQUENCE OLD_SEQ")
                .expect("SELECT SEQUENCE_NAME, INCREMENT, MAXIMUM_VALUE, CYCLE_OPTION FROM INFORMATION_SCHEMA.SEQUENCES"
                        + " ORDER BY SEQUENCE_NAME", "COUNTER | 1 | 1000 | NO\nTICKETS | 5 | 500 | YES"));
        cases.add(RenderCase.of("sequence_type_change_recreates_it", new Change.AlterSequence(
                        new Sequence(S, "COUNTER", "BIGINT", 1, 1, 1, 100, false, null),
                        new Sequence(S, "COUNTER", "INTEGER", 1, 1, 1, 100, false, null)))
                .given("CREATE SEQUENCE COUNTER MAXVALUE 100")
                .expect("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.SEQUENCES", "INTEGER"));
        View active = new View(S, "ACTIVE_USERS", "SELECT ID FROM PUBLIC.USERS WHERE ACTIVE", false, List.of(), "who can log in");
        cases.add(RenderCase.of("create_and_drop_views",
                        new Change.DropView(view(S, "OLD_VIEW", "SELECT 1")), new Change.CreateView(active))
                .given("CREATE TABLE USERS (ID INT, ACTIVE BOOLEAN)", "CREATE VIEW OLD_VIEW AS SELECT 1")
                .expect("SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = 'PUBLIC'", "ACTIVE_USERS | who can log in"));
        cases.add(RenderCase.of("set_and_remove_comments",
                        new Change.SetTableComment(S, "USERS", "it's people"),
                        new Change.SetColumnComment(S, "USERS", "ID", "key"),
                        new Change.SetColumnComment(S, "USERS", "NAME", null))
                .given("CREATE TABLE USERS (ID INT, NAME VARCHAR(10))", "COMMENT ON COLUMN USERS.NAME IS 'old'")
                .expect("SELECT COLUMN_NAME, COALESCE(REMARKS, '-') FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS' ORDER BY ORDINAL_POSITION", "ID | key\nNAME | -")
                .expect("SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS'", "it's people"));
        cases.add(RenderCase.of("create_and_drop_schemas",
                        new Change.CreateSchema("BILLING"),
                        new Change.CreateTable(table("BILLING", "INVOICES").col(col("ID", "INTEGER")).build()),
                        new Change.DropSchema("LEGACY"))
                .given("CREATE SCHEMA LEGACY")
                .expect("SELECT TABLE_SCHEMA || '.' || TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA')", "BILLING.INVOICES")
                .expect("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'LEGACY'", "0"));
        cases.add(RenderCase.of("routines_and_triggers_from_their_definitions",
                        new Change.CreateRoutine(routine(S, "REVERSE_TEXT", "REVERSE_TEXT",
                                "CREATE FORCE ALIAS \"PUBLIC\".\"REVERSE_TEXT\" FOR \"java.lang.String.valueOf(int)\"")),
                        new Change.DropRoutine(routine(S, "OLD_ALIAS", "OLD_ALIAS", "CREATE ALIAS ...")),
                        new Change.CreateTrigger(trigger(S, "USERS", "USERS_AUDIT",
                                "CREATE FORCE TRIGGER \"PUBLIC\".\"USERS_AUDIT\" AFTER INSERT ON \"PUBLIC\".\"USERS\""
                                        + " FOR EACH ROW CALL \"com.example.Audit\"")),
                        new Change.DropTrigger(trigger(S, "USERS", "USERS_OLD", "CREATE TRIGGER ..."))));
        return cases;
    }
}
