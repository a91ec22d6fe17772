package io.shale.sql;

/**
 * One statement cut from a script.
 *
 * @param sql  the statement text, without its terminating delimiter and without the comments and
 *             blank space before its first token; comments inside the statement are kept
 * @param line the 1-based line of the statement's first token, counted from the start of the text given to the splitter
 */
public record SqlStatement(String sql, int line) {
}
