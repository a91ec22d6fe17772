package io.shale.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.shale.command.generate.CatalogSources;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.jdbc.UrlDataSource;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpaModelsPostgresTest {
    private static EmbeddedPostgresServer server;
    private final Dialect dialect = TestEntities.dialect("jdbc:postgresql:");

    @BeforeAll
    static void startServer() {
        server = EmbeddedPostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private ScratchProvider scratch() {
        return ScratchDatabases.beside(dialect, server.jdbcUrl("postgres"), server.user(), null);
    }

    @Test
    void catalog_holdsTheTablesColumnsKeysAndIndexesOfTheEntities() {
        Catalog catalog = TestEntities.shop(dialect)
                .catalog(new CatalogSources(dialect, scratch(), GeneratedFromEntities.SKIP));

        Schema schema = catalog.schema("public").orElseThrow();
        assertThat(schema.tables()).extracting(Table::name).containsExactlyInAnyOrder(
                "customers", "order_lines", "product_tags", "products", "purchase_orders", "tags");
        assertThat(schema.sequences()).extracting(Sequence::name).containsExactly("products_seq");

        Table customers = schema.table("customers").orElseThrow();
        assertThat(customers.columns()).extracting(Column::name).containsExactlyInAnyOrder(
                "id", "city", "postal_code", "street", "email", "full_name", "status", "version");
        assertThat(customers.column("id").orElseThrow().identity()).isNotNull();
        assertThat(customers.column("email").orElseThrow().nullable()).isFalse();
        assertThat(customers.column("street").orElseThrow().nullable()).as("embedded columns are optional").isTrue();
        assertThat(customers.column("status").orElseThrow().type().length()).isEqualTo(16);
        assertThat(customers.checks()).as("@Enumerated(STRING) is checked against the enum's names").hasSize(1);
        assertThat(customers.uniques()).containsExactly(new UniqueConstraint("uk_customers_email", java.util.List.of("email")));

        Table products = schema.table("products").orElseThrow();
        assertThat(products.column("created_at").orElseThrow().nullable()).as("from the @MappedSuperclass").isFalse();
        assertThat(products.column("price").orElseThrow().type().precision()).isEqualTo(10);
        assertThat(products.column("price").orElseThrow().type().scale()).isEqualTo(2);
        assertThat(products.uniques()).extracting(UniqueConstraint::columns).containsExactly(java.util.List.of("sku"));
        assertThat(products.indexes()).extracting(Index::name).contains("ix_products_name");

        assertThat(schema.table("product_tags").orElseThrow().primaryKey().columns()).containsExactly("product_id", "tag_id");
        assertThat(foreignKeys(schema)).containsExactlyInAnyOrder(
                "order_lines(order_id) -> purchase_orders(id)",
                "order_lines(product_id) -> products(id)",
                "product_tags(product_id) -> products(id)",
                "product_tags(tag_id) -> tags(id)",
                "purchase_orders(customer_id) -> customers(id)");
    }

    @Test
    void generatedMigration_appliedToAnEmptyDatabase_passesHibernatesSchemaValidation(@TempDir Path dir)
            throws Exception {
        var result = GeneratedFromEntities.generate(dialect, scratch(), dir);
        assertThat(Files.readString(result.file())).contains("CREATE TABLE").contains("-- migrate:down");

        server.createDatabase("app");
        try {
            String url = server.jdbcUrl("app");
            GeneratedFromEntities.upgrade(new UrlDataSource(url, server.user(), null), dir);
            assertThatCode(() -> HibernateValidation.validate(url, server.user(), null, HibernateValidation.SHOP))
                    .doesNotThrowAnyException();
        } finally {
            server.dropDatabase("app");
        }
    }

    private static java.util.List<String> foreignKeys(Schema schema) {
        return schema.tables().stream().flatMap(t -> t.foreignKeys().stream().map((ForeignKey fk) -> t.name() + "("
                + String.join(",", fk.columns()) + ") -> " + fk.refTable() + "(" + String.join(",", fk.refColumns())
                + ")")).toList();
    }
}
