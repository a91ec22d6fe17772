package io.shale.dialect;

import java.sql.Connection;

/**
 * What an engine supplies so that several transactional migrations can be sent to it in one round
 * trip, each still in a transaction of its own ({@code BEGIN}, its statements, its history insert,
 * {@code COMMIT}). The server stops at the first error and skips the rest, so what committed is
 * exactly a prefix of the migrations sent, as if they had been sent one by one.
 */
public interface Pipelining {

    /**
     * Whether this connection's driver keeps the promise above (pgjdbc in its default, extended
     * query mode); otherwise the migrations run one statement per round trip.
     */
    boolean supports(Connection connection);

    /**
     * Whether {@code statement} surely returns no rows and leaves the transaction as it found it, so
     * it may go into a JDBC batch. False when in doubt: such a statement's migration runs the
     * ordinary way, one statement per round trip.
     */
    boolean batchable(String statement);

    /** {@code value} as a string literal of this engine, safe whatever the server's settings. */
    String stringLiteral(String value);

    /** An expression for the milliseconds since the current transaction began (the migration's time). */
    String elapsedMillisExpression();

    /** An expression for the current time, for the history row's {@code applied_at}. */
    String nowExpression();
}
