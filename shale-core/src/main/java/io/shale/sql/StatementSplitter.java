package io.shale.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a SQL script into the statements a JDBC driver can execute one by one. Each database has
 * its own implementation because quoting, comments and bodies differ. Splitters never fail:
 * an unterminated string or comment runs to the end of the script and becomes the last
 * statement, so the database reports the error with its own message.
 */
public interface StatementSplitter {

    /**
     * The statements of {@code script}, cut lazily in one pass: the iterator cuts the next
     * statement when it is asked for and keeps none it has handed out, so no list of a whole
     * script is ever built. Each call of {@link Iterable#iterator()} starts a new pass. A
     * {@code String} is scanned where it is; any other {@code CharSequence} is copied into one
     * once, when this method is called.
     */
    Iterable<SqlStatement> statements(CharSequence script);

    /** Every statement of {@code script}, in order: {@link #statements} collected, for small scripts. */
    default List<SqlStatement> split(String script) {
        List<SqlStatement> all = new ArrayList<>();
        statements(script).forEach(all::add);
        return List.copyOf(all);
    }
}
