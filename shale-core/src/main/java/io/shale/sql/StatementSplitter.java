package io.shale.sql;

import io.shale.migration.MigrationBody;
import io.shale.migration.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

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

    /**
     * The statements of one section of a SQL migration, cut lazily, with lines counted from the
     * start of the file. Nothing is read until {@link Iterable#iterator()} is called; each call
     * reads the section's text (for a loaded file, from the file) and holds it only while that
     * iterator is reachable, so executing a file costs at most about twice its size in memory.
     * The down section of a file that has none gives no statements.
     *
     * @throws io.shale.error.ShaleException from {@code iterator()}, as {@link MigrationBody.Sql#text}
     */
    default Iterable<SqlStatement> statements(MigrationBody.Sql migration, Section section) {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(section, "section");
        int offset = migration.firstLine(section) - 1;
        return () -> {
            String text = migration.text(section);
            if (text == null) {
                return Collections.emptyIterator();
            }
            Iterator<SqlStatement> cut = statements(text).iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cut.hasNext();
                }

                @Override
                public SqlStatement next() {
                    SqlStatement s = cut.next();
                    return new SqlStatement(s.sql(), s.line() + offset);
                }
            };
        };
    }
}
