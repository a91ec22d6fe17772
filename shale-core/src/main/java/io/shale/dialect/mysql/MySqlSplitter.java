package io.shale.dialect.mysql;

import io.shale.sql.Scan;
import io.shale.sql.SqlLexer;
import io.shale.sql.SqlStatement;
import io.shale.sql.StatementCutter;
import io.shale.sql.StatementSplitter;
import io.shale.sql.Token;
import io.shale.sql.Token.Kind;

/**
 * Splits MySQL and MariaDB scripts as the mysql client does: {@code '...'} and {@code "..."}
 * strings with backslash and doubled-quote escapes, {@code `...`} identifiers, {@code #}
 * comments, {@code -- } comments (the dashes must be followed by a blank or control character),
 * non-nesting {@code /* *}{@code /} comments, and {@code DELIMITER xx} command lines, which change
 * the delimiter and are dropped. Executable comments ({@code /*!40101 ... *}{@code /},
 * {@code /*M!...}) are statement text, not comments. Stored programs written without a
 * DELIMITER change are followed through their {@code BEGIN ... END} blocks, see
 * {@link MySqlBodyTracker}.
 */
public final class MySqlSplitter implements StatementSplitter {

    private final StatementCutter cutter = new StatementCutter(new Lexer(), MySqlBodyTracker::new, true);

    @Override
    public Iterable<SqlStatement> statements(CharSequence script) {
        return cutter.statements(script);
    }

    private static final class Lexer extends SqlLexer {
        @Override
        protected Token dialectToken(String s, int i) {
            char c = s.charAt(i);
            switch (c) {
                case '#':
                    return lineComment(s, i);
                case '-':
                    return dashComment(s, i) ? lineComment(s, i) : symbol(s, i);
                case '\'':
                case '"':
                    return literal(s, i, Scan.quotedEnd(s, i, true));
                case '`':
                    return literal(s, i, Scan.quotedEnd(s, i, false));
                case '/':
                    if (!Scan.startsWith(s, i, '/', '*')) {
                        return null;
                    }
                    int end = Scan.blockCommentEnd(s, i, false);
                    return executable(s, i) ? literal(s, i, end) : new Token(s, Kind.COMMENT, i, end);
                default:
                    return null;
            }
        }

        private static boolean dashComment(String s, int i) {
            return Scan.startsWith(s, i, '-', '-') && (i + 2 == s.length() || s.charAt(i + 2) <= ' ');
        }

        private static boolean executable(String s, int i) {
            return s.startsWith("/*!", i) || s.startsWith("/*M!", i);
        }
    }
}
