package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.schema.RangeType;
import io.shale.schema.Routine;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A range type brings constructor functions PostgreSQL creates and drops with it (and, since
 * PostgreSQL 14, a multirange type with its own): they are not the schema's routines, so they are not
 * inspected as such, while the range type itself is modelled.
 */
class PostgresRangeTypeRoutinesTest {

    @Test
    void theConstructorsOfARangeType_areNotRoutines_andTheRangeTypeIsModelled() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            db.execute("CREATE TYPE float_range AS RANGE (subtype = float8)",
                    "CREATE FUNCTION width(r float_range) RETURNS float8 LANGUAGE sql AS 'SELECT upper(r) - lower(r)'");
            Catalog catalog;
            try (Connection connection = db.connect()) {
                catalog = new PostgresInspector().inspect(connection, List.of("public"), name -> false);
            }
            assertThat(catalog.schema("public").orElseThrow().routines()).extracting(Routine::signature)
                    .containsExactly("width(r float_range)");
            assertThat(catalog.schema("public").orElseThrow().rangeTypes()).containsExactly(new RangeType("public",
                    "float_range", "double precision", null, null, null, null, null, null));
            assertThat(catalog.unsupported()).noneMatch(line -> line.contains("float_range"));
        }
    }
}
