package io.shale.dialect.sqlite;

import io.shale.sql.NestedEndTracker;
import io.shale.sql.Scan;
import io.shale.sql.SqlLexer;
import io.shale.sql.SqlStatement;
import io.shale.sql.StatementCutter;
import io.shale.sql.StatementSplitter;
import io.shale.sql.Token;

/**
 * Splits SQLite scripts: {@code '...'} strings, identifiers in {@code "..."}, {@code `...`} and
 * {@code [...]}, {@code --} comments and non-nesting {@code /* *}{@code /} comments. The body of
 * {@code CREATE [TEMP] TRIGGER ... BEGIN ...; ...; END} is part of its statement.
 */
public final class SqliteSplitter implements StatementSplitter {

    private final StatementCutter cutter = new StatementCutter(new Lexer(), TriggerBody::new, false);

    @Override
    public Iterable<SqlStatement> statements(CharSequence script) {
        return cutter.statements(script);
    }

    private static final class Lexer extends SqlLexer {
        @Override
        protected Token dialectToken(String s, int i) {
            char c = s.charAt(i);
            if (c == '`') {
                return literal(s, i, Scan.quotedEnd(s, i, false));
            }
            if (c == '[') {
                return literal(s, i, Scan.closedBy(s, i + 1, "]"));
            }
            return null;
        }
    }

    /** In {@code CREATE [TEMP | TEMPORARY] TRIGGER}, the first BEGIN opens the body. */
    private static final class TriggerBody extends NestedEndTracker {
        private int index;
        private boolean create;
        private boolean trigger;

        @Override
        protected boolean opensBody(Token token, Token previous) {
            int position = index++;
            if (position == 0) {
                create = token.isWord("CREATE");
            } else if (create && position <= 2 && token.isWord("TRIGGER")
                    && (position == 1 || previous.isWord("TEMP") || previous.isWord("TEMPORARY"))) {
                trigger = true;
            }
            return trigger && token.isWord("BEGIN");
        }
    }
}
