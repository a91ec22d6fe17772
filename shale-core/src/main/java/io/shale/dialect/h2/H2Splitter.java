package io.shale.dialect.h2;

import io.shale.sql.BodyTracker;
import io.shale.sql.Scan;
import io.shale.sql.SqlLexer;
import io.shale.sql.SqlStatement;
import io.shale.sql.StatementCutter;
import io.shale.sql.StatementSplitter;
import io.shale.sql.Token;

/**
 * Splits H2 scripts: {@code '...'} strings, {@code "..."} identifiers, {@code --} and {@code //}
 * line comments, non-nesting {@code /* *}{@code /} comments, and {@code $$ ... $$} quoted text
 * such as the Java source of {@code CREATE ALIAS ... AS $$ ... $$}.
 */
public final class H2Splitter implements StatementSplitter {

    private final StatementCutter cutter = new StatementCutter(new Lexer(), () -> BodyTracker.NONE, false);

    @Override
    public Iterable<SqlStatement> statements(CharSequence script) {
        return cutter.statements(script);
    }

    private static final class Lexer extends SqlLexer {
        @Override
        protected Token dialectToken(String s, int i) {
            if (Scan.startsWith(s, i, '/', '/')) {
                return lineComment(s, i);
            }
            if (Scan.startsWith(s, i, '$', '$')) {
                return literal(s, i, Scan.closedBy(s, i + 2, "$$"));
            }
            return null;
        }
    }
}
