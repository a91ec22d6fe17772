package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
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
class PostgresInspectorTablesTest {
    private TestDatabase db;
    private Catalog catalog;

    @BeforeAll
    void buildAndInspect() throws Exception {
        db = TestDatabases.create(Engine.POSTGRES);
        RichPostgresSchema.build(db);
        try (Connection connection = db.connect()) {
            catalog = new PostgresInspector().inspect(connection, List.of("public", "billing"), name -> false);
        }
    }

    @AfterAll
    void drop() {
        db.close();
    }

    Stream<Arguments> columns() {
        return Stream.of(
                arguments("identity always with its sequence options", "users", new Column("id",
                        type("bigint", null, null, null, 0, "bigint"), false, null,
                        new Column.Identity(true, 10, 2), null, null, null)),
                arguments("identity by default", "orders", new Column("seq_no",
                        type("integer", null, null, null, 0, "integer"), false, null,
                        new Column.Identity(false, 1, 1), null, null, null)),
                arguments("varchar length and a comment", "users", new Column("email",
                        type("character varying", 200, null, null, 0, "character varying(200)"), false, null,
                        null, null, null, "login")),
                arguments("unbounded varchar", "orders", new Column("note",
                        type("character varying", null, null, null, 0, "character varying"), true, null,
                        null, null, null, null)),
                arguments("collation other than the type's", "users", new Column("name",
                        type("text", null, null, null, 0, "text"), true, null, null, null, "C", null)),
                arguments("extension type, schema-qualified", "users", new Column("handle",
                        type("public.citext", null, null, null, 0, "public.citext"), true, null, null, null,
                        null, null)),
                arguments("numeric precision, scale and default", "users", new Column("balance",
                        type("numeric", null, 12, 2, 0, "numeric(12,2)"), false, "0", null, null, null, null)),
                arguments("timestamp precision and function default", "users", new Column("created_at",
                        type("timestamp with time zone", null, 3, null, 0, "timestamp(3) with time zone"), false,
                        "now()", null, null, null, null)),
                arguments("array of text", "users", new Column("tags",
                        type("text", null, null, null, 1, "text[]"), true, null, null, null, null, null)),
                arguments("two-dimensional array", "users", new Column("grid",
                        type("integer", null, null, null, 2, "integer[]"), true, null, null, null, null, null)),
                arguments("enum column with a default", "users", new Column("current_mood",
                        type("public.mood", null, null, null, 0, "public.mood"), true, "'ok'::mood", null, null,
                        null, null)),
                arguments("generated column, no default", "users", new Column("email_lower",
                        type("text", null, null, null, 0, "text"), true, null, null, "lower((email)::text)", null,
                        null)),
                arguments("serial column's nextval default", "orders", new Column("id",
                        type("integer", null, null, null, 0, "integer"), false, "nextval('orders_id_seq'::regclass)",
                        null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void columns_carryTypeNullabilityDefaultIdentityGeneratedCollationAndComment(String name, String table,
                                                                                 Column expected) {
        assertThat(table("public", table).column(expected.name())).contains(expected);
    }

    @Test
    void columns_areInPositionOrder() {
        assertThat(table("public", "users").columns()).extracting(Column::name).containsExactly(
                "id", "email", "name", "handle", "balance", "created_at", "tags", "grid", "current_mood", "email_lower");
    }

    @Test
    void tables_areSortedByNameWithCommentsAndWithoutForeignTables() {
        assertThat(catalog.schema("public").orElseThrow().tables()).extracting(Table::name)
                .containsExactly("events", "events_2024", "orders", "scratch", "users");
        assertThat(table("public", "users").comment()).isEqualTo("people");
    }

    @Test
    void primaryAndUniqueConstraints_areNamedWithTheirColumnsInKeyOrder() {
        assertThat(table("public", "users").primaryKey()).isEqualTo(new PrimaryKey("users_pkey", List.of("id")));
        assertThat(table("public", "orders").uniques())
                .containsExactly(new UniqueConstraint("orders_user_number_key", List.of("user_id", "number")));
        assertThat(table("public", "events").primaryKey()).isNull();
    }

    @Test
    void foreignKeys_carryActionsDeferrabilityAndTheReferencedSchema() {
        assertThat(table("public", "orders").foreignKeys()).containsExactly(new ForeignKey("orders_user_fk",
                List.of("user_id"), "public", "users", List.of("id"), "CASCADE", "SET NULL", true, true));
        assertThat(table("billing", "invoices").foreignKeys()).containsExactly(new ForeignKey("invoices_order_id_fkey",
                List.of("order_id"), "public", "orders", List.of("id"), "NO ACTION", "NO ACTION", false, false));
    }

    @Test
    void checks_areTheExpressionInsideCheck() {
        assertThat(table("public", "users").checks())
                .containsExactly(new CheckConstraint("users_balance_check", "(balance >= (0)::numeric)"));
    }

    @Test
    void indexes_leaveOutConstraintIndexesAndDecodeKeysIncludeAndPredicate() {
        assertThat(table("public", "orders").indexes()).containsExactly(new Index("orders_user_idx", false, "btree",
                List.of(new Index.Key("user_id", null, true, false), new Index.Key("number", null, false, true)),
                List.of("note"), "(number > 0)",
                "CREATE INDEX orders_user_idx ON public.orders USING btree (user_id DESC NULLS LAST, number NULLS FIRST)"
                        + " INCLUDE (note) WHERE (number > 0)"));
        assertThat(table("public", "users").indexes()).extracting(Index::name, Index::unique, Index::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("users_lower_email_idx", true, "btree"),
                        org.assertj.core.groups.Tuple.tuple("users_tags_gin", false, "gin"));
        assertThat(table("public", "users").indexes().get(0).keys())
                .containsExactly(new Index.Key(null, "lower((email)::text)", false, null));
    }

    @Test
    void partitions_carryTheKeyOnTheParentAndTheBoundOnThePartition() {
        Table parent = table("public", "events");
        Table partition = table("public", "events_2024");
        assertThat(parent.partitioning()).isEqualTo("RANGE (at)");
        assertThat(parent.partitionOf()).isNull();
        assertThat(partition.partitionOf()).startsWith("events FOR VALUES FROM ('2024-01-01");
        assertThat(partition.checks()).as("inherited from the parent").isEmpty();
        assertThat(partition.indexes()).as("attached to the parent's index").isEmpty();
        assertThat(parent.checks()).extracting(CheckConstraint::name).containsExactly("events_id_check");
    }

    private static ColumnType type(String name, Integer length, Integer precision, Integer scale, int array,
                                   String display) {
        return new ColumnType(name, length, precision, scale, array, display);
    }

    private Table table(String schema, String name) {
        return catalog.table(schema, name).orElseThrow();
    }
}
