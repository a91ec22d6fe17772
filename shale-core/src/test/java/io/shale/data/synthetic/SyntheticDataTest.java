package io.shale.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.schema.Catalog;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generator against real engines: every row inserted, keys distinct, parents first, checks retried. */
class SyntheticDataTest {

    private static FillReport fill(TestDatabase db, int rows) throws Exception {
        try (Connection c = db.connect()) {
            Dialect dialect = Dialects.detect(c);
            Catalog catalog = dialect.inspector().inspect(c, List.of(), t -> false);
            return new SyntheticData(dialect.dataOperations()).fill(c, catalog, rows, t -> false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "H2"})
    void fill_coversEveryTypeFamily(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE every (id bigint PRIMARY KEY, s smallint NOT NULL, i int, d numeric(5,2) NOT NULL, "
                    + "f double precision, b boolean NOT NULL, c char(3), v varchar(7) NOT NULL, t varchar(1000), "
                    + "dt date NOT NULL, ts timestamp, tm time, u uuid NOT NULL, j json, bin "
                    + (engine == Engine.POSTGRES ? "bytea" : "varbinary(8)") + ")");
            FillReport r = fill(db, 20);
            assertThat(r.notes()).isEmpty();
            assertThat(db.count("every")).isEqualTo(20);
            assertThat(db.scalar("SELECT COUNT(*) FROM every WHERE i IS NULL")).hasToString("4");
            assertThat(db.scalar("SELECT MAX(LENGTH(v)) FROM every")).hasToString("7");
            assertThat(db.scalar("SELECT COUNT(*) FROM every WHERE v = ''")).hasToString("4");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES"})
    void fill_usesPostgresEnumValuesJsonbArraysAndSkipsIdentity(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TYPE mood AS ENUM ('calm', 'angry')",
                    "CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, s serial, m mood NOT NULL, "
                            + "j jsonb NOT NULL, tags text[], ip inet, at timestamptz NOT NULL)");
            FillReport r = fill(db, 12);
            assertThat(r.notes()).isEmpty();
            assertThat(db.count("p")).isEqualTo(12);
            assertThat(db.scalar("SELECT COUNT(DISTINCT m) FROM p")).hasToString("2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"MARIADB"})
    void fill_usesMySqlEnumValuesAndUnsignedRanges(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE m (id int AUTO_INCREMENT PRIMARY KEY, e enum('x','y','z') NOT NULL, "
                    + "n tinyint unsigned NOT NULL, y year, dt datetime NOT NULL, ts timestamp NULL, j json, "
                    + "blobby blob, dec0 decimal(4,0) NOT NULL)");
            FillReport r = fill(db, 20);
            assertThat(r.notes()).isEmpty();
            assertThat(db.count("m")).isEqualTo(20);
            assertThat(db.scalar("SELECT MAX(n) FROM m")).hasToString("255");
        }
    }

    @AllEngines
    void fill_givesPrimaryKeysAndUniqueColumnsDistinctValues_acrossRepeatedFills(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE u (code varchar(3) PRIMARY KEY, email varchar(50) NOT NULL, n smallint, "
                            + "CONSTRAINT u_email_uq UNIQUE (email))",
                    "CREATE UNIQUE INDEX u_n_uq ON u (n)");
            try (Connection c = db.connect()) {
                Dialect dialect = Dialects.detect(c);
                SyntheticData data = new SyntheticData(dialect.dataOperations());
                for (int i = 0; i < 3; i++) {
                    Catalog catalog = dialect.inspector().inspect(c, List.of(), t -> false);
                    assertThat(data.fill(c, catalog, 20, t -> false).notes()).isEmpty();
                }
            }
            assertThat(db.count("u")).isEqualTo(60);
        }
    }

    @AllEngines
    void fill_insertsParentsFirst_andChildrenReferenceExistingParents(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE z_parent (id int PRIMARY KEY, name varchar(20))",
                    "CREATE TABLE a_child (id int PRIMARY KEY, parent_id int NOT NULL, "
                            + "CONSTRAINT a_child_fk FOREIGN KEY (parent_id) REFERENCES z_parent (id))",
                    "CREATE TABLE tree (id int PRIMARY KEY, up_id int, "
                            + "CONSTRAINT tree_fk FOREIGN KEY (up_id) REFERENCES tree (id))");
            FillReport r = fill(db, 10);
            assertThat(r.notes()).isEmpty();
            assertThat(r.inserted()).containsEntry(name(engine, "a_child"), 10).containsEntry(name(engine, "tree"), 10);
            assertThat(db.scalar("SELECT COUNT(*) FROM a_child c JOIN z_parent p ON p.id = c.parent_id"))
                    .hasToString("10");
        }
    }

    @AllEngines
    void fill_retriesRowsThatACheckRejects_thenDropsThemWithANote(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE ok (id int PRIMARY KEY, price int NOT NULL, status varchar(10) NOT NULL, "
                            + "CONSTRAINT ok_price CHECK (price > 0), CONSTRAINT ok_status CHECK (status IN ('new', 'done')))",
                    "CREATE TABLE never (id int PRIMARY KEY, n int NOT NULL, CONSTRAINT never_ck CHECK (n < 0 AND n > 0))");
            FillReport r = fill(db, 12);
            assertThat(db.count("ok")).isEqualTo(12);
            assertThat(db.count("never")).isZero();
            assertThat(r.notes()).singleElement().asString()
                    .containsIgnoringCase("never: 12 of 12 generated row(s) rejected after 4 attempts");
        }
    }

    private static String name(Engine engine, String table) {
        return engine == Engine.H2 ? table.toUpperCase() : table;
    }
}
