package io.shale.sql;

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
