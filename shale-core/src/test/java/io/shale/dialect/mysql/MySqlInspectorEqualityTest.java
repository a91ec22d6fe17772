package io.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlInspectorEqualityTest {

    @Test
    void sameDdlInTwoDatabases_givesEqualCatalogsOnceTheDatabaseNameIsAligned() throws Exception {
        try (TestDatabase first = TestDatabases.create(Engine.MARIADB);
                TestDatabase second = TestDatabases.create(Engine.MARIADB)) {
            RichMySqlSchema.build(first);
            RichMySqlSchema.build(second);

            Catalog one = inspect(first);
            Catalog two = CatalogSchemaRename.rename(inspect(second), second.name(), first.name());

            assertThat(one.tables()).isNotEmpty();
            assertThat(one).isEqualTo(two);
        }
    }

    @Test
    void inspectingTwice_givesEqualCatalogs() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            RichMySqlSchema.build(db);

            assertThat(inspect(db)).isEqualTo(inspect(db));
        }
    }

    static Catalog inspect(TestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            return new MySqlInspector().inspect(connection, List.of(), name -> false);
        }
    }
}
