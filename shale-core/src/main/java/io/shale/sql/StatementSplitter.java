package io.shale.sql;

import java.util.List;

/**
 * Cuts a SQL script into the statements a JDBC driver can execute one by one. Each database has
 * its own implementation because quoting, comments and bodies differ. Splitters never fail:
 * an unterminated string or comment runs to the end of the script and becomes the last
 * statement, so the database reports the error with its own message.
 */
public interface StatementSplitter {
    List<SqlStatement> split(String script);
}
