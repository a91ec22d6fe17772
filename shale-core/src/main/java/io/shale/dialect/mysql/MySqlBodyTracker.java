package io.shale.dialect.mysql;

import io.shale.sql.BodyTracker;
import io.shale.sql.Token;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows the compound statements of a MySQL stored program written without a DELIMITER change:
 * {@code CREATE [OR REPLACE] [DEFINER = user] PROCEDURE | FUNCTION | TRIGGER | EVENT ...} (and
 * MariaDB's {@code BEGIN NOT ATOMIC ... END}). Any other statement, including a transaction's
 * {@code BEGIN}, has no body.
 *
 * <p>Inside a program, BEGIN, IF, LOOP, WHILE, REPEAT and CASE open blocks; {@code END IF},
 * {@code END LOOP}, {@code END WHILE}, {@code END REPEAT} and {@code END CASE} close the matching
 * one and a bare END closes a BEGIN or a CASE expression. IF and REPEAT are also functions, and
 * BEGIN and END are not reserved (they may name columns), so inside a block a keyword only
 * counts where a statement can start: after {@code ;}, a label's {@code :}, BEGIN, THEN, ELSE,
 * DO, LOOP, REPEAT or {@code FOR EACH ROW}. The grammar adds three places: the program's own
 * BEGIN follows its header (any word, literal, {@code )} or {@code :}), a handler's BEGIN
 * follows its conditions ({@code DECLARE ... HANDLER FOR SQLEXCEPTION BEGIN}), and
 * {@code UNTIL cond END REPEAT} closes a REPEAT after a condition.
 */
final class MySqlBodyTracker implements BodyTracker {

    private enum Header { FIRST_WORD, CREATE, BEGIN, BEGIN_NOT, PROGRAM, PLAIN }

    private enum Block { BEGIN, IF, LOOP, WHILE, REPEAT, CASE_STATEMENT, CASE_EXPRESSION }

    /** An END whose meaning depends on the word after it: ANY closes some block, MATCHING only the one it names. */
    private enum PendingEnd { NONE, ANY, MATCHING }

    private final Deque<Block> open = new ArrayDeque<>();
    private Header header = Header.FIRST_WORD;
    private PendingEnd pendingEnd = PendingEnd.NONE;
    private boolean statementStart;
    /** Between {@code HANDLER FOR} and the handler's statement. */
    private boolean handlerConditions;
    private Token previous;

    @Override
    public void accept(Token token) {
        switch (header) {
            case PROGRAM -> program(token);
            case PLAIN -> { }
            default -> header = header(token);
        }
        previous = token;
    }

    @Override
    public boolean insideBody() {
        return !open.isEmpty();
    }

    private Header header(Token token) {
        return switch (header) {
            case FIRST_WORD -> token.isWord("CREATE") ? Header.CREATE : token.isWord("BEGIN") ? Header.BEGIN : Header.PLAIN;
            case CREATE -> storedProgram(token) ? Header.PROGRAM : createOption(token) ? Header.CREATE : Header.PLAIN;
            case BEGIN -> token.isWord("NOT") ? Header.BEGIN_NOT : Header.PLAIN;
            case BEGIN_NOT -> token.isWord("ATOMIC") ? anonymousBlock() : Header.PLAIN;
            default -> header;
        };
    }

    private static boolean storedProgram(Token token) {
        return token.isWord("PROCEDURE") || token.isWord("FUNCTION") || token.isWord("TRIGGER") || token.isWord("EVENT");
    }

    /** What may stand between CREATE and the program's kind: OR REPLACE, AGGREGATE, {@code DEFINER = user@host}. */
    private boolean createOption(Token token) {
        return token.kind() != Token.Kind.WORD
                || token.isWord("OR") || token.isWord("REPLACE") || token.isWord("AGGREGATE")
                || token.isWord("DEFINER") || token.isWord("CURRENT_USER")
                || previous.isSymbol('=') || previous.isSymbol('@') || previous.isSymbol('.');
    }

    private Header anonymousBlock() {
        open.push(Block.BEGIN);
        statementStart = true;
        return Header.PROGRAM;
    }

    private void program(Token token) {
        if (pendingEnd != PendingEnd.NONE && closePendingEnd(token)) {
            statementStart = false;
            return;
        }
        if (token.isSymbol(';') || token.isSymbol(':')) {
            statementStart = true;
            handlerConditions = false;
            return;
        }
        boolean atStart = statementStart;
        statementStart = false;
        if (token.kind() != Token.Kind.WORD || previous.isSymbol('.') || previous.isSymbol('@')) {
            return;
        }
        if (token.isWord("BEGIN")) {
            if (open.isEmpty() ? followsHeader(previous) : atStart || handlerConditions) {
                open.push(Block.BEGIN);
                statementStart = true;
                handlerConditions = false;
            }
        } else if (token.isWord("END")) {
            end(atStart);
        } else if (token.isWord("CASE")) {
            open.push(atStart ? Block.CASE_STATEMENT : Block.CASE_EXPRESSION);
        } else if (atStart && opener(token) != null) {
            Block block = opener(token);
            open.push(block);
            statementStart = block == Block.LOOP || block == Block.REPEAT;
        } else if (token.isWord("THEN") || token.isWord("ELSE")) {
            statementStart = open.peek() != Block.CASE_EXPRESSION;
        } else if (token.isWord("FOR") && previous.isWord("HANDLER")) {
            handlerConditions = true;
        } else if (token.isWord("DO") || (token.isWord("ROW") && previous.isWord("EACH"))) {
            statementStart = true;
        }
    }

    private static boolean followsHeader(Token previous) {
        return previous.kind() != Token.Kind.SYMBOL || previous.isSymbol(')') || previous.isSymbol(':');
    }

    private void end(boolean atStart) {
        if (open.peek() == Block.CASE_EXPRESSION) {
            open.pop();
        } else if (!open.isEmpty()) {
            pendingEnd = atStart ? PendingEnd.ANY : PendingEnd.MATCHING;
        }
    }

    /** Settles an END with the token after it; true when that token was the END's IF, LOOP, ... word. */
    private boolean closePendingEnd(Token token) {
        Block named = token.isWord("CASE") ? Block.CASE_STATEMENT : opener(token);
        boolean any = pendingEnd == PendingEnd.ANY;
        pendingEnd = PendingEnd.NONE;
        if (named != null && (any || open.peek() == named)) {
            open.pop();
            return true;
        }
        if (any) {
            open.pop();
        }
        return false;
    }

    private static Block opener(Token token) {
        if (token.isWord("IF")) {
            return Block.IF;
        } else if (token.isWord("LOOP")) {
            return Block.LOOP;
        } else if (token.isWord("WHILE")) {
            return Block.WHILE;
        } else if (token.isWord("REPEAT")) {
            return Block.REPEAT;
        }
        return null;
    }
}
