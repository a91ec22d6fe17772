package io.shale.sql;

import io.shale.sql.Token.Kind;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The splitting algorithm that all dialects share: one pass over the tokens of a script, so its
 * time is linear in the script's length. A dialect supplies its lexer, its body tracker and
 * whether the client command {@code DELIMITER xx} exists. Instances are immutable and
 * thread-safe; each pass keeps its state in a {@link Run} of its own.
 *
 * <p>A pass is lazy: it cuts the next statement only when asked for it and keeps no statement it
 * has handed out, so the memory a pass needs beyond the script itself is that of one statement.
 * The script is scanned where it is, never copied, when it is a {@link String}.
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

    /**
     * The statements of {@code script}, cut one at a time as the iterator is advanced; each call
     * of {@link Iterable#iterator()} starts a new pass. A script that is not a {@code String} is
     * copied into one once, when the iterable is made.
     */
    public Iterable<SqlStatement> statements(CharSequence script) {
        String text = Objects.requireNonNull(script, "script").toString();
        return () -> new Run(text);
    }

    private final class Run implements Iterator<SqlStatement> {
        private final String s;
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
        /** Where the scan goes on from. */
        private int position;
        /** A statement cut and not yet handed out, or null. */
        private SqlStatement ready;

        Run(String script) {
            this.s = script;
            this.lines = new LineCounter(s);
        }

        @Override
        public boolean hasNext() {
            while (ready == null && position < s.length()) {
                position = step(position);
            }
            if (ready == null && start >= 0) {
                finish();
            }
            return ready != null;
        }

        @Override
        public SqlStatement next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SqlStatement statement = ready;
            ready = null;
            return statement;
        }

        /** Reads one token or delimiter from {@code i}; cuts at most one statement; returns where to go on. */
        private int step(int i) {
            if (delimiterCommand && start < 0 && atLineStart) {
                int after = delimiterCommand(i);
                if (after >= 0) {
                    return after;
                }
            }
            if (s.charAt(i) == delimiterStart && s.startsWith(delimiter, i)) {
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
                return s.length();
            }
            if (delimiterAhead < i) {
                int at = s.indexOf(delimiter, i);
                delimiterAhead = at < 0 ? s.length() : at;
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
            if (j >= s.length() || !Scan.matchesIgnoreCase(s, i, DELIMITER_COMMAND)
                    || (s.charAt(j) != ' ' && s.charAt(j) != '\t')) {
                return -1;
            }
            int from = Scan.spaceEnd(s, j);
            int to = from;
            while (to < s.length() && !Scan.isSpace(s.charAt(to))) {
                to++;
            }
            if (to == from || Scan.hasLineBreak(s, j, from)) {
                return -1;
            }
            delimiter = s.substring(from, to);
            delimiterStart = s.charAt(from);
            delimiterAhead = -1;
            return Scan.lineEnd(s, to);
        }

        private void finish() {
            if (start < 0) {
                return;
            }
            int to = end;
            while (to > start && Scan.isSpace(s.charAt(to - 1))) {
                to--;
            }
            ready = new SqlStatement(s.substring(start, to), line);
            start = -1;
            body = null;
        }
    }

    /** Line numbers for increasing offsets, counted incrementally: CR LF, LF and a lone CR each end a line. */
    private static final class LineCounter {
        private final String s;
        private int offset;
        private int line = 1;

        LineCounter(String s) {
            this.s = s;
        }

        int lineOf(int target) {
            for (; offset < target; offset++) {
                char c = s.charAt(offset);
                if (c == '\n' || (c == '\r' && (offset + 1 == s.length() || s.charAt(offset + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
