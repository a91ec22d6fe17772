package io.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.schema.Table;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlInspectorLargeSchemaTest {
    private static final int TABLES = 200;

    @Test
    void twoHundredTables_areInspectedWithEveryColumnKeyIndexAndForeignKey() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            db.execute(ddl().toArray(String[]::new));

            Catalog catalog;
            try (Connection connection = db.connect()) {
                long start = System.nanoTime();
                catalog = new MySqlInspector().inspect(connection, List.of(), name -> false);
                System.out.printf("MariaDB inspector, %d tables x 8 columns: %d ms%n", TABLES,
                        (System.nanoTime() - start) / 1_000_000);
            }

            List<Table> tables = catalog.tables();
            assertThat(tables).hasSize(TABLES);
            assertThat(tables).allSatisfy(table -> {
                assertThat(table.columns()).hasSize(8);
                assertThat(table.primaryKey()).isNotNull();
                assertThat(table.foreignKeys()).hasSize(1);
                assertThat(table.indexes()).extracting(io.shale.schema.Index::name)
                        .contains(table.name() + "_name_idx");
            });
        }
    }

    private static List<String> ddl() {
        List<String> statements = new ArrayList<>();
        for (int i = 1; i <= TABLES; i++) {
            String name = String.format("t%04d", i);
            String parent = String.format("t%04d", Math.max(1, i - 1));
            statements.add("CREATE TABLE " + name + " (id bigint PRIMARY KEY, parent_id bigint, name varchar(100) NOT NULL,"
                    + " code text, amount decimal(10,2) NOT NULL DEFAULT 0, created_at datetime NOT NULL"
                    + " DEFAULT CURRENT_TIMESTAMP, flag boolean, note text,"
                    + " CONSTRAINT " + name + "_parent_fk FOREIGN KEY (parent_id) REFERENCES " + parent + " (id))");
            statements.add("CREATE INDEX " + name + "_name_idx ON " + name + " (name)");
        }
        return statements;
    }
}
