package io.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteInspectorTest {

    private static final String[] RICH_SCHEMA = {
        "CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, email varchar(200) NOT NULL UNIQUE,"
                + " name text COLLATE NOCASE, balance numeric(10,2) DEFAULT 0 CHECK (balance >= 0),"
                + " created_at timestamp DEFAULT CURRENT_TIMESTAMP)",
        "CREATE TABLE orders (id integer PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id)"
                + " ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, status text DEFAULT 'new',"
                + " qty int, price real, total real GENERATED ALWAYS AS (qty * price) STORED,"
                + " doubled int AS (qty * 2),"
                + " CONSTRAINT orders_status_known CHECK (status IN ('new', 'paid')), CHECK (qty > 0))",
        "CREATE TABLE order_lines (order_id int, line int, sku varchar(20), note text,"
                + " PRIMARY KEY (order_id, line), CONSTRAINT lines_sku_once UNIQUE (order_id, sku), UNIQUE (note),"
                + " CONSTRAINT lines_order FOREIGN KEY (order_id) REFERENCES orders ON UPDATE SET NULL)",
        "CREATE INDEX orders_status_idx ON orders (status, customer_id DESC) WHERE status <> 'paid'",
        "CREATE UNIQUE INDEX customers_lower_email ON customers (lower(email))",
        "CREATE VIEW open_orders AS SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id",
        "CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN UPDATE customers SET name = name; END",
        "CREATE TABLE shale_history (version int)",
        "CREATE TRIGGER history_guard BEFORE DELETE ON shale_history BEGIN SELECT 1; END",
    };

    private final SqliteInspector inspector = new SqliteInspector();

    @Test
    void inspect_twoDatabasesFromTheSameDdl_giveEqualCatalogs() throws SQLException {
        try (TestDatabase first = TestDatabases.create(Engine.SQLITE);
                TestDatabase second = TestDatabases.create(Engine.SQLITE)) {
            first.execute(RICH_SCHEMA);
            second.execute(RICH_SCHEMA);

            Catalog a = inspect(first);
            assertThat(a).isEqualTo(inspect(second));
            assertThat(a.tables()).extracting(Table::name).containsExactly("customers", "order_lines", "orders");
        }
    }

    @Test
    void inspect_readsColumnsWithTypesDefaultsIdentityGeneratedAndCollation() throws SQLException {
        Table customers = richCatalog().table("main", "customers").orElseThrow();
        Table orders = richCatalog().table("main", "orders").orElseThrow();

        assertThat(customers.schema()).isEqualTo("main");
        assertThat(customers.qualifiedName()).isEqualTo("main.customers");
        assertThat(customers.columns()).containsExactly(
                new Column("id", new ColumnType("integer", null, null, null, 0, "INTEGER"), true, null,
                        new Column.Identity(false, 1, 1), null, null, null),
                new Column("email", new ColumnType("varchar", 200, null, null, 0, "varchar(200)"), false, null,
                        null, null, null, null),
                new Column("name", new ColumnType("text", null, null, null, 0, "TEXT"), true, null, null, null,
                        "NOCASE", null),
                new Column("balance", new ColumnType("numeric", null, 10, 2, 0, "numeric(10,2)"), true, "0", null,
                        null, null, null),
                new Column("created_at", new ColumnType("timestamp", null, null, null, 0, "timestamp"), true,
                        "CURRENT_TIMESTAMP", null, null, null, null));
        assertThat(orders.column("id").orElseThrow().identity()).isNull();
        assertThat(orders.column("status").orElseThrow().defaultExpression()).isEqualTo("'new'");
        assertThat(orders.column("total").orElseThrow().generated()).isEqualTo("qty * price");
        assertThat(orders.column("doubled").orElseThrow().generated()).isEqualTo("qty * 2");
        assertThat(orders.column("qty").orElseThrow().generated()).isNull();
    }

    @Test
    void inspect_readsKeysAndConstraintsWithDeterministicNames() throws SQLException {
        Catalog catalog = richCatalog();
        Table customers = catalog.table("main", "customers").orElseThrow();
        Table orders = catalog.table("main", "orders").orElseThrow();
        Table lines = catalog.table("main", "order_lines").orElseThrow();

        assertThat(lines.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("order_id", "line")));
        assertThat(customers.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(customers.uniques()).containsExactly(new UniqueConstraint("customers_email_key", List.of("email")));
        assertThat(lines.uniques()).containsExactly(
                new UniqueConstraint("lines_sku_once", List.of("order_id", "sku")),
                new UniqueConstraint("order_lines_note_key", List.of("note")));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("orders_customer_id_fkey",
                List.of("customer_id"), "main", "customers", List.of("id"), "CASCADE", "NO ACTION", true, true));
        assertThat(lines.foreignKeys()).containsExactly(new ForeignKey("lines_order", List.of("order_id"), "main",
                "orders", List.of("id"), "NO ACTION", "SET NULL", false, false));
        assertThat(orders.checks()).containsExactly(
                new CheckConstraint("orders_check_1", "qty > 0"),
                new CheckConstraint("orders_status_known", "status IN ('new', 'paid')"));
        assertThat(customers.checks()).containsExactly(new CheckConstraint("customers_check_1", "balance >= 0"));
    }

    @Test
    void inspect_readsIndexesWithDescendingExpressionAndPartialKeys() throws SQLException {
        Catalog catalog = richCatalog();

        assertThat(catalog.table("main", "orders").orElseThrow().indexes()).containsExactly(new Index(
                "orders_status_idx", false, null,
                List.of(new Index.Key("status", null, false, null), new Index.Key("customer_id", null, true, null)),
                List.of(), "status <> 'paid'",
                "CREATE INDEX orders_status_idx ON orders (status, customer_id DESC) WHERE status <> 'paid'"));
        assertThat(catalog.table("main", "customers").orElseThrow().indexes()).containsExactly(new Index(
                "customers_lower_email", true, null, List.of(new Index.Key(null, "lower(email)", false, null)),
                List.of(), null, "CREATE UNIQUE INDEX customers_lower_email ON customers (lower(email))"));
        assertThat(catalog.table("main", "order_lines").orElseThrow().indexes()).isEmpty();
    }

    @Test
    void inspect_readsViewQueriesAndTriggersAsStored() throws SQLException {
        Schema main = richCatalog().schema("main").orElseThrow();

        assertThat(main.views()).containsExactly(new View("main", "open_orders",
                "SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id",
                false, List.of("main.customers", "main.orders"), null));
        assertThat(main.triggers()).containsExactly(new Trigger("main", "orders", "orders_touch",
                "CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN UPDATE customers SET name = name; END"));
        assertThat(main.enums()).isEmpty();
        assertThat(main.sequences()).isEmpty();
        assertThat(main.routines()).isEmpty();
    }

    @Test
    void inspect_leavesOutSkippedTablesTheirTriggersAndSqliteInternals() throws SQLException {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE)) {
            db.execute(RICH_SCHEMA);

            Catalog all = inspector.inspect(db.connect(), List.of(), name -> false);
            Catalog skipped = inspect(db);

            assertThat(all.tables()).extracting(Table::name).contains("shale_history").doesNotContain("sqlite_sequence");
            assertThat(all.schema("main").orElseThrow().triggers()).extracting(Trigger::name).contains("history_guard");
            assertThat(skipped.tables()).extracting(Table::name).doesNotContain("shale_history", "sqlite_sequence");
            assertThat(skipped.schema("main").orElseThrow().triggers()).extracting(Trigger::name)
                    .containsExactly("orders_touch");
        }
    }

    @Test
    void inspect_reportsWhatItCannotModel() throws SQLException {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE)) {
            db.execute("CREATE VIRTUAL TABLE docs USING fts5(body)",
                    "CREATE TABLE kv (k text PRIMARY KEY, v text) WITHOUT ROWID",
                    "CREATE TABLE typed (id integer, n text) STRICT");

            Catalog catalog = inspect(db);

            assertThat(catalog.unsupported()).containsExactly(
                    "STRICT option of table main.typed",
                    "WITHOUT ROWID option of table main.kv",
                    "virtual table main.docs");
            assertThat(catalog.tables()).extracting(Table::name).containsExactly("kv", "typed");
        }
    }

    @Test
    void inspect_manyTables_readsThemAllWithAFewQueries() throws SQLException {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE)) {
            List<String> ddl = new ArrayList<>();
            ddl.add("CREATE TABLE t000 (id integer PRIMARY KEY, name text)");
            for (int i = 1; i < 300; i++) {
                String t = String.format("t%03d", i);
                ddl.add("CREATE TABLE " + t + " (id integer PRIMARY KEY, parent_id int REFERENCES t000 (id),"
                        + " code varchar(10) UNIQUE, amount numeric(8,2) CHECK (amount > 0))");
                ddl.add("CREATE INDEX " + t + "_amount ON " + t + " (amount)");
            }
            db.execute(ddl.toArray(String[]::new));

            long start = System.nanoTime();
            Catalog catalog = inspect(db);
            System.out.printf("SQLite: inspected 300 tables in %d ms%n", (System.nanoTime() - start) / 1_000_000);

            assertThat(catalog.tables()).hasSize(300);
            assertThat(catalog.tables().stream().mapToInt(t -> t.columns().size()).sum()).isEqualTo(2 + 299 * 4);
            assertThat(catalog.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(299);
            assertThat(catalog.tables().stream().mapToInt(t -> t.uniques().size()).sum()).isEqualTo(299);
            assertThat(catalog.tables().stream().mapToInt(t -> t.checks().size()).sum()).isEqualTo(299);
            assertThat(catalog.tables().stream().mapToInt(t -> t.indexes().size()).sum()).isEqualTo(299);
        }
    }

    @Test
    void inspect_leavesAutocommitAndAnOpenTransactionAsTheyWere() throws SQLException {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE); Connection connection = db.connect()) {
            db.execute("CREATE TABLE kept (id int)");
            inspector.inspect(connection, List.of(), name -> false);
            assertThat(connection.getAutoCommit()).isTrue();

            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE uncommitted (id int)");
            }
            Catalog inside = inspector.inspect(connection, List.of(), name -> false);
            assertThat(connection.getAutoCommit()).isFalse();
            connection.rollback();

            assertThat(inside.tables()).extracting(Table::name).containsExactly("kept", "uncommitted");
            assertThat(inspector.inspect(connection, List.of(), name -> false).tables()).extracting(Table::name)
                    .containsExactly("kept");
            connection.rollback();
        }
    }

    @Test
    void inspect_leavesOutSchemasThatAreNotAttached() throws SQLException {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE); Connection connection = db.connect()) {
            assertThat(inspector.inspect(connection, List.of("main", "nowhere"), name -> false).schemas())
                    .extracting(Schema::name).containsExactly("main");
        }
    }

    private Catalog richCatalog() throws SQLException {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE)) {
            db.execute(RICH_SCHEMA);
            return inspect(db);
        }
    }

    private Catalog inspect(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return inspector.inspect(connection, List.of(), name -> name.startsWith("shale_"));
        }
    }
}
