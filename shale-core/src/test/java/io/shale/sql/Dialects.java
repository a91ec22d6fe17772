package io.shale.sql;

import io.shale.dialect.h2.H2Splitter;
import io.shale.dialect.mysql.MySqlSplitter;
import io.shale.dialect.postgres.PostgresSplitter;
import io.shale.dialect.sqlite.SqliteSplitter;
import java.util.Map;

/** The splitters under test, by the name of their golden-file folder. */
final class Dialects {

    static final Map<String, StatementSplitter> SPLITTERS = Map.of(
            "postgres", new PostgresSplitter(),
            "mysql", new MySqlSplitter(),
            "sqlite", new SqliteSplitter(),
            "h2", new H2Splitter());

    private Dialects() {
    }
}
