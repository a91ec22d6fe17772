package io.shale.command.generate;

import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips on MariaDB, SQLite and H2: named cases per engine. */
class OtherEnginesRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL)";

    private static Arguments c(Engine engine, String name, String a, String b) {
        return Arguments.of(engine, name, a, b);
    }

    static Stream<Arguments> cases() {
        Stream<Arguments> common = Stream.of(Engine.MARIADB, Engine.SQLITE, Engine.H2).flatMap(e -> Stream.of(
                c(e, "create table", "", T + ";"),
                c(e, "drop table", T + ";", ""),
                c(e, "add column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, email varchar(200));"),
                c(e, "drop column", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, email varchar(200));", T + ";"),
                c(e, "index", T + ";", T + ";\nCREATE INDEX t_name_idx ON t (name);"),
                c(e, "unique index", T + ";", T + ";\nCREATE UNIQUE INDEX t_name_uq ON t (name);"),
                c(e, "foreign key", T + ";\nCREATE TABLE p (id int PRIMARY KEY, t_id int);",
                        T + ";\nCREATE TABLE p (id int PRIMARY KEY, t_id int, CONSTRAINT p_t_fk FOREIGN KEY (t_id) REFERENCES t (id) ON DELETE CASCADE);"),
                c(e, "view", T + ";", T + ";\nCREATE VIEW tv AS SELECT id, name FROM t;"),
                c(e, "default added", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL DEFAULT 'x');"),
                c(e, "nullability", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50));", T + ";"),
                c(e, "type widened", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(200) NOT NULL);"),
                c(e, "check constraint", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, CONSTRAINT t_id_pos CHECK (id > 0));"),
                c(e, "two tables", "", T + ";\nCREATE TABLE u (id int PRIMARY KEY, t_id int REFERENCES t (id));"),
                c(e, "drop index", T + ";\nCREATE INDEX t_name_idx ON t (name);", T + ";"),
                c(e, "drop view", T + ";\nCREATE VIEW tv AS SELECT id FROM t;", T + ";"),
                c(e, "drop foreign key", T + ";\nCREATE TABLE p (id int PRIMARY KEY, t_id int, CONSTRAINT p_t_fk FOREIGN KEY (t_id) REFERENCES t (id));",
                        T + ";\nCREATE TABLE p (id int PRIMARY KEY, t_id int);"),
                c(e, "composite primary key", "", "CREATE TABLE m (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));"),
                c(e, "composite index", T + ";", T + ";\nCREATE INDEX t_name_id ON t (name, id);"),
                c(e, "default dropped", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL DEFAULT 'x');", T + ";"),
                c(e, "drop check", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, CONSTRAINT t_id_pos CHECK (id > 0));", T + ";"),
                c(e, "decimal column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, price decimal(10,2));"),
                c(e, "date column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, born date);"),
                c(e, "view changed", T + ";\nCREATE VIEW tv AS SELECT id FROM t;", T + ";\nCREATE VIEW tv AS SELECT id, name FROM t;")));
        Stream<Arguments> mariadb = Stream.of(
                c(Engine.MARIADB, "auto increment", "", "CREATE TABLE a (id int AUTO_INCREMENT PRIMARY KEY, n int);"),
                c(Engine.MARIADB, "enum column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, m enum('a','b') NOT NULL DEFAULT 'a');"),
                c(Engine.MARIADB, "column comment", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL COMMENT 'display name');"),
                c(Engine.MARIADB, "int to bigint", "CREATE TABLE t (id int PRIMARY KEY, n int);", "CREATE TABLE t (id int PRIMARY KEY, n bigint);"),
                c(Engine.MARIADB, "decimal precision", "CREATE TABLE t (id int PRIMARY KEY, p decimal(10,2));", "CREATE TABLE t (id int PRIMARY KEY, p decimal(12,4));"),
                c(Engine.MARIADB, "composite index", T + ";", T + ";\nCREATE INDEX t_name_id ON t (name, id);"),
                c(Engine.MARIADB, "text column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, body text);"),
                c(Engine.MARIADB, "bigint auto increment", "", "CREATE TABLE b (id bigint AUTO_INCREMENT PRIMARY KEY, n varchar(10));"),
                c(Engine.MARIADB, "unique constraint", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, CONSTRAINT t_name_key UNIQUE (name));"),
                c(Engine.MARIADB, "fk on delete set null", T + ";\nCREATE TABLE p (id int PRIMARY KEY, t_id int);",
                        T + ";\nCREATE TABLE p (id int PRIMARY KEY, t_id int, CONSTRAINT p_t FOREIGN KEY (t_id) REFERENCES t (id) ON DELETE SET NULL);"),
                c(Engine.MARIADB, "table comment", T + ";", T + " COMMENT='things';"),
                c(Engine.MARIADB, "varchar narrowed", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(20) NOT NULL);"),
                c(Engine.MARIADB, "boolean default", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, active boolean NOT NULL DEFAULT true);"),
                c(Engine.MARIADB, "double column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, ratio double);"),
                c(Engine.MARIADB, "unique index dropped", T + ";\nCREATE UNIQUE INDEX t_name_uq ON t (name);", T + ";"),
                c(Engine.MARIADB, "datetime column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, at datetime(3));"),
                c(Engine.MARIADB, "timestamp default", "CREATE TABLE t (id int PRIMARY KEY);", "CREATE TABLE t (id int PRIMARY KEY, at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);"));
        Stream<Arguments> sqlite = Stream.of(
                c(Engine.SQLITE, "autoincrement", "", "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, n int);"),
                c(Engine.SQLITE, "partial index", T + ";", T + ";\nCREATE INDEX t_named ON t (name) WHERE name <> '';"),
                c(Engine.SQLITE, "rename-free rebuild: not null added", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50));", T + ";"),
                c(Engine.SQLITE, "expression index", T + ";", T + ";\nCREATE INDEX t_lower ON t (lower(name));"),
                c(Engine.SQLITE, "unique constraint inline", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL UNIQUE);"),
                c(Engine.SQLITE, "trigger", T + ";\nCREATE TABLE log (id int, at text);", T + ";\nCREATE TABLE log (id int, at text);\n"
                        + "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.id, 'x'); END;"));
        Stream<Arguments> h2 = Stream.of(
                c(Engine.H2, "identity", "", "CREATE TABLE a (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n int);"),
                c(Engine.H2, "sequence", "", "CREATE SEQUENCE s START WITH 100 INCREMENT BY 10;"),
                c(Engine.H2, "comment", T + ";", T + ";\nCOMMENT ON TABLE t IS 'things';"),
                c(Engine.H2, "enum column", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, m ENUM('a', 'b'));"),
                c(Engine.H2, "sequence changed", "CREATE SEQUENCE s START WITH 1 INCREMENT BY 1;", "CREATE SEQUENCE s START WITH 1 INCREMENT BY 10;"),
                c(Engine.H2, "timestamp with time zone", T + ";", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, at TIMESTAMP WITH TIME ZONE);"));
        return Stream.of(common, mariadb, sqlite, h2).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void roundTrip(Engine engine, String name, String a, String b) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            RoundTrip.check(db, dir, a, b, Renames.NONE);
        }
    }
}
