package io.shale.dialect.postgres;

import io.shale.sql.NestedEndTracker;
import io.shale.sql.Scan;
import io.shale.sql.SqlLexer;
import io.shale.sql.SqlStatement;
import io.shale.sql.StatementCutter;
import io.shale.sql.StatementSplitter;
import io.shale.sql.Token;
import io.shale.sql.Token.Kind;

/**
 * Splits PostgreSQL scripts as the server's own lexer reads them: {@code '...'} strings,
 * {@code E'...'} strings with backslash escapes, dollar quotes ({@code $$...$$},
 * {@code $tag$...$tag$}, while {@code $1} stays a parameter), {@code "..."} identifiers,
 * {@code --} comments and nesting {@code /* *}{@code /} comments. The body of a SQL-standard
 * function or procedure, {@code BEGIN ATOMIC ... END}, is part of its statement; a plain
 * {@code BEGIN;} is a statement of its own. psql meta-commands are not understood.
 */
public final class PostgresSplitter implements StatementSplitter {

    private final StatementCutter cutter = new StatementCutter(new Lexer(), AtomicBody::new, false);

    @Override
    public Iterable<SqlStatement> statements(CharSequence script) {
        return cutter.statements(script);
    }

    private static final class Lexer extends SqlLexer {
        @Override
        protected Token dialectToken(String s, int i) {
            char c = s.charAt(i);
            if (Scan.startsWith(s, i, '/', '*')) {
                return new Token(s, Kind.COMMENT, i, Scan.blockCommentEnd(s, i, true));
            }
            if ((c == 'E' || c == 'e') && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                return literal(s, i, Scan.quotedEnd(s, i + 1, true));
            }
            if (c == '$') {
                int tagEnd = dollarTagEnd(s, i);
                return tagEnd < 0 ? symbol(s, i) : literal(s, i, Scan.closedBy(s, tagEnd, s.substring(i, tagEnd)));
            }
            return null;
        }

        /**
         * The offset after an opening dollar-quote tag at {@code i}, or -1 when {@code $} starts
         * no tag (as in {@code $1}). A tag is empty or a letter or underscore followed by
         * letters, digits and underscores; non-ASCII characters count as letters.
         */
        private static int dollarTagEnd(String s, int i) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) < '0' || s.charAt(j) > '9')) {
                while (j < s.length() && s.charAt(j) != '$' && Scan.isWordPart(s.charAt(j))) {
                    j++;
                }
            }
            return j < s.length() && s.charAt(j) == '$' ? j + 1 : -1;
        }
    }

    /** {@code BEGIN ATOMIC} opens the body; only BEGIN directly before ATOMIC counts. */
    private static final class AtomicBody extends NestedEndTracker {
        @Override
        protected boolean opensBody(Token token, Token previous) {
            return token.isWord("ATOMIC") && previous != null && previous.isWord("BEGIN");
        }
    }
}
