package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips on PostgreSQL for partitioned tables: parent indexes that reach the partitions,
 * constraints and indexes local to a partition, and columns added only on the parent.
 */
class PostgresPartitionsRoundTripTest {
    @TempDir
    Path dir;

    private static final String EVENTS = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);\n"
            + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n";

    private static final String EVENTS_2027 =
            "CREATE TABLE events_2027 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');\n";

    /** A parent index whose partition's share has a name of the schema's own, as pg_dump writes it. */
    private static final String NAMED_AT = "CREATE INDEX events_at ON ONLY events (at);\n"
            + "CREATE INDEX at_of_2026 ON events_2026 (at);\n"
            + "ALTER INDEX events_at ATTACH PARTITION at_of_2026;";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("parent index on new tables", "", EVENTS + "CREATE INDEX events_at ON events (at);"),
                c("parent index on kept tables", EVENTS, EVENTS + "CREATE INDEX events_kind ON events (kind);"),
                c("column added to a partitioned table", EVENTS,
                        "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, source text) PARTITION BY RANGE (at);\n"
                                + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"),
                c("column dropped from a partitioned table",
                        "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, source text) PARTITION BY RANGE (at);\n"
                                + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
                        EVENTS),
                c("column type changed on a partitioned table", EVENTS,
                        "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind varchar(20)) PARTITION BY RANGE (at);\n"
                                + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"),
                c("partition-local primary key referenced by a foreign key", "",
                        EVENTS + "ALTER TABLE events_2026 ADD CONSTRAINT events_2026_pkey PRIMARY KEY (id);\n"
                                + "CREATE TABLE notes (id int PRIMARY KEY, event_id bigint REFERENCES events_2026 (id));"),
                c("partition index named by the schema, on new tables", "", EVENTS + NAMED_AT),
                c("partition index named by the schema, on kept tables", EVENTS, EVENTS + NAMED_AT),
                c("partition index renamed", EVENTS + "CREATE INDEX events_at ON events (at);", EVENTS + NAMED_AT),
                c("new partition of an indexed table, its index named", EVENTS + "CREATE INDEX events_kind ON events (kind);",
                        EVENTS + "CREATE INDEX events_kind ON events (kind);\n" + EVENTS_2027
                                + "ALTER INDEX events_2027_kind_idx RENAME TO kinds_of_2027;"),
                c("partition primary keys named by the schema", "",
                        "CREATE TABLE m (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);\n"
                                + "CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n"
                                + "ALTER INDEX m_1_pkey RENAME TO m_first_pkey;"),
                c("sub-partition index named by the schema", "",
                        "CREATE TABLE s (id bigint, at date, k int) PARTITION BY RANGE (at);\n"
                                + "CREATE TABLE s_1 PARTITION OF s FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (k);\n"
                                + "CREATE TABLE s_1_a PARTITION OF s_1 FOR VALUES IN (1);\n"
                                + "CREATE INDEX s_k ON s (k);\nALTER INDEX s_1_a_k_idx RENAME TO s_1_a_by_k;"),
                c("partition-local check and index", "",
                        EVENTS + "ALTER TABLE events_2026 ADD CONSTRAINT kind_known CHECK (kind <> '');\n"
                                + "CREATE INDEX events_2026_kind ON events_2026 (kind);"));
    }

    private static Arguments c(String name, String a, String b) {
        return Arguments.of(name, a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip(String name, String a, String b) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            RoundTrip.check(db, dir, a, b, Renames.NONE);
        }
    }

    @Test
    void parentIndex_reachesEveryPartitionAndIsValid() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, EVENTS, EVENTS + "CREATE INDEX events_kind ON events (kind);",
                    Renames.NONE);
            assertThat(String.join("\n", r.up())).doesNotContain("ON ONLY");
            Shale.configure().dataSource(db.dataSource()).migrations(r.file().getParent()).load().upgrade();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT ix.indisvalid, (SELECT count(*) FROM pg_inherits i"
                            + " WHERE i.inhparent = ix.indexrelid) FROM pg_index ix"
                            + " WHERE ix.indexrelid = 'public.events_kind'::regclass")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("parent index valid").isTrue();
                assertThat(rs.getInt(2)).as("partition indexes attached").isEqualTo(1);
            }
        }
    }

    @Test
    void partitionIndexNamedByTheSchema_isRenamedFromTheDatabasesChoice_andTheParentIndexIsValid() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, EVENTS, EVENTS + NAMED_AT, Renames.NONE);
            String up = String.join("\n", r.up());
            assertThat(up).contains("CREATE INDEX events_at ON public.events").contains("DO $shale$")
                    .contains("'at_of_2026'").doesNotContain("ON ONLY");
            assertThat(String.join("\n", r.down())).contains("DROP INDEX public.events_at").doesNotContain("DO $shale$");
            Shale.configure().dataSource(db.dataSource()).migrations(r.file().getParent()).load().upgrade();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT ix.indisvalid, (SELECT string_agg(i.inhrelid::regclass::text, ',')"
                            + " FROM pg_inherits i WHERE i.inhparent = ix.indexrelid) FROM pg_index ix"
                            + " WHERE ix.indexrelid = 'public.events_at'::regclass")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("parent index valid").isTrue();
                assertThat(rs.getString(2)).isEqualTo("at_of_2026");
            }
        }
    }

    @Test
    void partitionIndexesTheDatabaseNames_needNoRename() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, EVENTS, EVENTS
                    + "CREATE INDEX events_kind ON events (kind, lower(kind), (at + 1)) INCLUDE (id);\n"
                    + "CREATE UNIQUE INDEX events_u ON events (id, at);\n" + EVENTS_2027, Renames.NONE);
            assertThat(String.join("\n", r.up())).doesNotContain("DO $shale$").doesNotContain("RENAME");
        }
    }

    @Test
    void partitionIndexRenamedOnKeptTables_isOneAlterIndexEachWay() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, EVENTS + "CREATE INDEX events_at ON events (at);",
                    EVENTS + NAMED_AT, Renames.NONE);
            assertThat(r.up()).containsExactly("ALTER INDEX public.events_2026_at_idx RENAME TO at_of_2026");
            assertThat(r.down()).containsExactly("ALTER INDEX public.at_of_2026 RENAME TO events_2026_at_idx");
        }
    }

    @Test
    void columnAddedToTheParent_isNotAddedToThePartition() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, EVENTS,
                    "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, source text) PARTITION BY RANGE (at);\n"
                            + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
                    Renames.NONE);
            assertThat(r.up()).containsExactly("ALTER TABLE public.events ADD COLUMN source text");
        }
    }
}
