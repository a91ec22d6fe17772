package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.schema.Table;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresInspectorLargeSchemaTest {
    private static final int TABLES = 1_000;

    @Test
    void thousandTables_areInspectedWithEveryColumnKeyIndexAndForeignKey() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            db.execute(LargeSchemaGenerator.batches(TABLES, 100).toArray(String[]::new));

            Catalog catalog;
            try (Connection connection = db.connect()) {
                long cold = System.nanoTime();
                catalog = new PostgresInspector().inspect(connection, List.of(), name -> false);
                long coldMillis = (System.nanoTime() - cold) / 1_000_000;
                long warm = System.nanoTime();
                Catalog again = new PostgresInspector().inspect(connection, List.of(), name -> false);
                long warmMillis = (System.nanoTime() - warm) / 1_000_000;
                System.out.printf("PostgreSQL inspector, %d tables x %d columns: first %d ms, second %d ms%n",
                        TABLES, LargeSchemaGenerator.COLUMNS_PER_TABLE, coldMillis, warmMillis);
                assertThat(again).isEqualTo(catalog);
            }

            List<Table> tables = catalog.tables();
            assertThat(tables).hasSize(TABLES);
            assertThat(tables.get(0).name()).isEqualTo(LargeSchemaGenerator.tableName(1));
            assertThat(tables).allSatisfy(table -> {
                assertThat(table.columns()).hasSize(LargeSchemaGenerator.COLUMNS_PER_TABLE);
                assertThat(table.primaryKey()).isNotNull();
                assertThat(table.indexes()).hasSize(1);
                assertThat(table.foreignKeys()).hasSize(1);
            });
        }
    }
}
