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
