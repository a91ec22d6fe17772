package io.shale.sql;

import io.shale.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The splitting algorithm that all dialects share: one pass over the tokens of a script, so its
 * time is linear in the script's length. A dialect supplies its lexer, its body tracker and
 * whether the client command {@code DELIMITER xx} exists. Instances are immutable and
 * thread-safe; each call to {@link #split} keeps its state in a {@link Run} of its own.
 */
public final class StatementCutter {

    private static final String STANDARD_DELIMITER = ";";
    private static final String DELIMITER_COMMAND = "DELIMITER";

    private final SqlLexer lexer;
    private final Supplier<BodyTracker> bodies;
    private final boolean delimiterCommand;

    public StatementCutter(SqlLexer lexer, Supplier<BodyTracker> bodies, boolean delimiterCommand) {
        this.lexer = lexer;
        this.bodies = bodies;
        this.delimiterCommand = delimiterCommand;
    }

    public List<SqlStatement> split(String script) {
        Objects.requireNonNull(script, "script");
        return new Run(script).statements();
    }

    private final class Run {
        private final char[] s;
        private final List<SqlStatement> statements = new ArrayList<>();
        private final LineCounter lines;
        private String delimiter = STANDARD_DELIMITER;
        private char delimiterStart = STANDARD_DELIMITER.charAt(0);
        private int delimiterAhead = -1;
        private boolean atLineStart = true;
        /** Offset of the current statement's first token, or -1 between statements. */
        private int start = -1;
        private int end;
        private int line;
        private BodyTracker body;

        Run(String script) {
            this.s = script.toCharArray();
            this.lines = new LineCounter(s);
        }

        List<SqlStatement> statements() {
            int i = 0;
            while (i < s.length) {
                i = step(i);
            }
            finish();
            return List.copyOf(statements);
        }

        private int step(int i) {
            if (delimiterCommand && start < 0 && atLineStart) {
                int after = delimiterCommand(i);
                if (after >= 0) {
                    return after;
                }
            }
            if (s[i] == delimiterStart && Scan.startsWith(s, i, delimiter)) {
                return delimiter(i);
            }
            Token token = lexer.next(s, i, wordLimit(i));
            if (token.kind() == Kind.WHITESPACE) {
                atLineStart = atLineStart || Scan.hasLineBreak(s, token.start(), token.end());
            } else if (token.kind() == Kind.COMMENT) {
                atLineStart = false;
                if (start >= 0) {
                    end = token.end();
                }
            } else {
                atLineStart = false;
                if (start < 0) {
                    start = token.start();
                    line = lines.lineOf(start);
                    body = bodies.get();
                }
                body.accept(token);
                end = token.end();
            }
            return token.end();
        }

        /** A standard delimiter inside a body belongs to the statement; a changed one always ends it. */
        private int delimiter(int i) {
            int after = i + delimiter.length();
            atLineStart = false;
            if (start >= 0 && delimiter.equals(STANDARD_DELIMITER)) {
                body.accept(new Token(s, Kind.SYMBOL, i, after));
                if (body.insideBody()) {
                    end = after;
                    return after;
                }
            }
            finish();
            return after;
        }

        /**
         * Where the next word must end: at the next occurrence of a delimiter that starts with a
         * word character. The occurrence is cached until the scan passes it, which keeps the
         * search linear.
         */
        private int wordLimit(int i) {
            if (!Scan.isWordPart(delimiterStart)) {
                return s.length;
            }
            if (delimiterAhead < i) {
                int at = Scan.indexOf(s, delimiter, i);
                delimiterAhead = at < 0 ? s.length : at;
            }
            return delimiterAhead;
        }

        /**
         * {@code DELIMITER xx} at the start of a line, between statements: the first run of
         * non-blank characters after it becomes the delimiter and the rest of the line is dropped.
         * Returns the offset after the command, or -1 when there is none at {@code i}.
         */
        private int delimiterCommand(int i) {
            int j = i + DELIMITER_COMMAND.length();
            if (j >= s.length || !Scan.matchesIgnoreCase(s, i, DELIMITER_COMMAND)
                    || (s[j] != ' ' && s[j] != '\t')) {
                return -1;
            }
            int from = Scan.spaceEnd(s, j);
            int to = from;
            while (to < s.length && !Scan.isSpace(s[to])) {
                to++;
            }
            if (to == from || Scan.hasLineBreak(s, j, from)) {
                return -1;
            }
            delimiter = new String(s, from, to - from);
            delimiterStart = s[from];
            delimiterAhead = -1;
            return Scan.lineEnd(s, to);
        }

        private void finish() {
            if (start < 0) {
                return;
            }
            int to = end;
            while (to > start && Scan.isSpace(s[to - 1])) {
                to--;
            }
            statements.add(new SqlStatement(new String(s, start, to - start), line));
            start = -1;
            body = null;
        }
    }

    /** Line numbers for increasing offsets, counted incrementally: CR LF, LF and a lone CR each end a line. */
    private static final class LineCounter {
        private final char[] s;
        private int offset;
        private int line = 1;

        LineCounter(char[] s) {
            this.s = s;
        }

        int lineOf(int target) {
            for (; offset < target; offset++) {
                char c = s[offset];
                if (c == '\n' || (c == '\r' && (offset + 1 == s.length || s[offset + 1] != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
