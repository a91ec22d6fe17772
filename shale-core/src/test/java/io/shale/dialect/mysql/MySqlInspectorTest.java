package io.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySqlInspectorTest {
    private TestDatabase db;
    private Catalog catalog;
    private String schema;

    @BeforeAll
    void buildAndInspect() throws Exception {
        db = TestDatabases.create(Engine.MARIADB);
        RichMySqlSchema.build(db);
        schema = db.name();
        catalog = MySqlInspectorEqualityTest.inspect(db);
    }

    @AfterAll
    void drop() {
        db.close();
    }

    Stream<Arguments> columns() {
        return Stream.of(
                arguments("auto_increment is identity by default", "users", new Column("id",
                        type("bigint", null, null, null, "bigint(20)"), false, null, new Column.Identity(false, 1, 1),
                        null, null, null)),
                arguments("varchar length and comment", "users", new Column("email",
                        type("varchar", 200, null, null, "varchar(200)"), false, null, null, null, null, "login")),
                arguments("collation other than the table's, quoted literal default", "users", new Column("name",
                        type("varchar", 100, null, null, "varchar(100)"), true, "'anon'", null, null, "utf8mb4_bin",
                        null)),
                arguments("quote inside a literal default is doubled", "users", new Column("motto",
                        type("varchar", 20, null, null, "varchar(20)"), true, "'it''s'", null, null, null, null)),
                arguments("decimal precision, scale and a bare numeric default", "users", new Column("balance",
                        type("decimal", null, 12, 2, "decimal(12,2)"), false, "0.00", null, null, null, null)),
                arguments("datetime precision, current timestamp default", "users", new Column("created_at",
                        type("datetime", null, 3, null, "datetime(3)"), false, "current_timestamp(3)", null, null,
                        null, null)),
                arguments("enum is a column type", "users", new Column("mood",
                        type("enum", null, null, null, "enum('sad','ok','happy')"), true, "'ok'", null, null, null,
                        null)),
                arguments("generated column", "users", new Column("email_lower",
                        type("varchar", 200, null, null, "varchar(200)"), true, null, null, "lcase(`email`)", null,
                        null)),
                arguments("DEFAULT NULL is no default", "users", new Column("nickname",
                        type("varchar", 50, null, null, "varchar(50)"), true, null, null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void columns_carryTypeNullabilityCanonicalDefaultIdentityGeneratedCollationAndComment(String name, String table,
                                                                                          Column expected) {
        assertThat(table(table).column(expected.name())).contains(expected);
    }

    @Test
    void tables_areBaseTablesSortedByNameWithComments() {
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly(schema);
        assertThat(catalog.tables()).extracting(Table::name).containsExactly("line_items", "logs", "orders", "users");
        assertThat(table("users").comment()).isEqualTo("people");
        assertThat(table("users").columns()).extracting(Column::name).startsWith("id", "email", "name", "motto");
    }

    @Test
    void keys_primaryIsPrimaryUniqueKeysAreConstraintsAndTheRestAreIndexes() {
        assertThat(table("users").primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("id")));
        assertThat(table("orders").uniques())
                .containsExactly(new UniqueConstraint("orders_user_number", List.of("user_id", "number")));
        assertThat(table("users").indexes()).containsExactly(
                new Index("users_created_desc", false, "btree",
                        List.of(new Index.Key("created_at", null, true, null), new Index.Key("id", null, false, null)),
                        List.of(), null, "CREATE INDEX `users_created_desc` ON `users` (`created_at` DESC, `id`)"),
                new Index("users_email_ft", false, "fulltext", List.of(new Index.Key("email", null, false, null)),
                        List.of(), null, "CREATE FULLTEXT INDEX `users_email_ft` ON `users` (`email`)"),
                new Index("users_name_prefix", false, "btree", List.of(new Index.Key("name", null, false, null)),
                        List.of(), null, "CREATE INDEX `users_name_prefix` ON `users` (`name`(10))"),
                new Index("users_nickname_prefix", true, "btree", List.of(new Index.Key("nickname", null, false, null)),
                        List.of(), null, "CREATE UNIQUE INDEX `users_nickname_prefix` ON `users` (`nickname`(5))"));
    }

    @Test
    void foreignKeys_carryRules_andTheIndexTheServerAddedIsAnIndex() {
        assertThat(table("orders").foreignKeys()).containsExactly(new ForeignKey("orders_user_fk", List.of("user_id"),
                schema, "users", List.of("id"), "CASCADE", "RESTRICT", false, false));
        assertThat(table("line_items").indexes()).extracting(Index::name).containsExactly("line_items_order_fk");
    }

    @Test
    void checks_includeMariaDbColumnLevelOnes() {
        assertThat(table("users").checks()).containsExactly(
                new CheckConstraint("meta", "json_valid(`meta`)"),
                new CheckConstraint("users_balance_check", "`balance` >= 0"));
        assertThat(table("orders").checks()).containsExactly(new CheckConstraint("number", "`number` > 0"));
    }

    @Test
    void views_dropTheirOwnDatabaseQualifierAndListDependencies() {
        List<View> views = catalog.schemas().get(0).views();
        assertThat(views).extracting(View::name).containsExactly("active_users", "user_orders");
        assertThat(views.get(0).definition()).doesNotContain(schema).contains("from `users`");
        assertThat(views.get(1).dependsOn()).containsExactly(schema + ".active_users", schema + ".orders");
    }

    @Test
    void routinesAndTriggers_haveCreateStatementsWithoutDefiner() {
        Schema only = catalog.schemas().get(0);
        assertThat(only.routines()).extracting(Routine::signature)
                .containsExactly("normalize_email(e varchar(200))", "touch_user(IN uid bigint(20), OUT touched int(11))");
        assertThat(only.routines().get(0).definition()).isEqualTo(
                "CREATE FUNCTION `normalize_email`(`e` varchar(200)) RETURNS varchar(200)\nDETERMINISTIC\n"
                        + "RETURN lower(trim(e))");
        assertThat(only.triggers()).containsExactly(new Trigger(schema, "orders", "orders_bi",
                "CREATE TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW SET NEW.note = COALESCE(NEW.note, '')"));
    }

    @Test
    void unsupported_namesWhatTheModelCannotHold() {
        assertThat(catalog.table(schema, "users").orElseThrow().column("updated_at").orElseThrow().defaultExpression())
                .as("ON UPDATE is modelled with the default").isEqualTo("NULL ON UPDATE current_timestamp()");
        assertThat(catalog.unsupported()).containsExactly(
                "invisible column " + schema + ".users.secret",
                "invisible index orders_note_idx on " + schema + ".orders",
                "partitioning of " + schema + ".logs",
                "sequence " + schema + ".invoice_seq");
    }

    @Test
    void skippedTables_takeTheirKeysConstraintsTriggersAndUnsupportedLinesWithThem() throws Exception {
        Catalog skipped;
        try (Connection connection = db.connect()) {
            skipped = new MySqlInspector().inspect(connection, List.of(schema, "mysql"),
                    name -> name.equals("orders") || name.equals("logs"));
        }
        assertThat(skipped.schemas()).extracting(Schema::name).containsExactly(schema);
        assertThat(skipped.tables()).extracting(Table::name).containsExactly("line_items", "users");
        assertThat(skipped.schemas().get(0).triggers()).isEmpty();
        assertThat(skipped.unsupported()).noneMatch(line -> line.contains(".orders") || line.contains(".logs"));
    }

    private static ColumnType type(String name, Integer length, Integer precision, Integer scale, String display) {
        return new ColumnType(name, length, precision, scale, 0, display);
    }

    private Table table(String name) {
        return catalog.table(schema, name).orElseThrow();
    }
}
