package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresInspectorEqualityTest {

    @Test
    void sameDdlInTwoDatabases_givesEqualCatalogs() throws Exception {
        try (TestDatabase first = TestDatabases.create(Engine.POSTGRES);
                TestDatabase second = TestDatabases.create(Engine.POSTGRES)) {
            RichPostgresSchema.build(first);
            RichPostgresSchema.build(second);

            Catalog one = inspect(first);
            Catalog two = inspect(second);

            assertThat(one.tables()).isNotEmpty();
            assertThat(one).isEqualTo(two);
        }
    }

    @Test
    void inspectingTwice_givesEqualCatalogs() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            RichPostgresSchema.build(db);

            assertThat(inspect(db)).isEqualTo(inspect(db));
        }
    }

    private static Catalog inspect(TestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            return new PostgresInspector().inspect(connection, List.of("public", "billing"), name -> false);
        }
    }
}
