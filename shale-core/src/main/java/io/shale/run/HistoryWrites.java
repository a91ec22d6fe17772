package io.shale.run;

import io.shale.dialect.Dialect;
import io.shale.history.HistoryTable;
import io.shale.migration.Migration;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of the history and meta writes a plan makes, with {@code ?} for each value: the database
 * executor binds the values, the pipelined and script executors inline them as literals. One text for
 * all three, so that what the script shows is what the run sends.
 */
final class HistoryWrites {

    /** A value only known when the run happens, which a script shows as an SQL expression. */
    record Expression(String sql) {
    }

    /**
     * The values only the run knows: the database executor gives real ones, the pipelined and script
     * executors {@link Expression}s or placeholders.
     */
    interface RunValues {
        /** {@code applied_at}: an {@link java.time.Instant} or an {@link Expression}. */
        Object now();

        /** {@code applied_by}: the user name (may be null) or an {@link Expression}. */
        Object user();

        /** {@code execution_ms}: milliseconds or an {@link Expression}. */
        Object executionMs();

        /** The in-progress message of a traced migration. */
        String inProgress(Direction direction, Migration migration);
    }

    /** One write: SQL with {@code ?} placeholders and the values for them, in order. */
    record Call(String sql, List<Object> values) {
        Call(String sql, Object... values) {
            this(sql, Arrays.asList(values));
        }
    }

    private static final String INSERT_APPLIED =
            " (version, name, checksum, kind, applied_at, applied_by, execution_ms, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TRACED =
            " (version, name, checksum, kind, applied_at, applied_by, execution_ms, success, error)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final String table;
    private final String metaTable;

    HistoryWrites(HistoryTable history) {
        this.table = history.table();
        this.metaTable = history.metaTable();
    }

    Call history(PlanStep.HistoryWrite write, Direction direction, Migration m, RunValues values) {
        return switch (write) {
            case INSERT_IN_PROGRESS -> new Call("INSERT INTO " + table + INSERT_TRACED, m.version(), m.description(),
                    m.checksum(), m.kind().name(), values.now(), values.user(), 0L, false,
                    values.inProgress(direction, m));
            case MARK_IN_PROGRESS -> new Call("UPDATE " + table + " SET success = ?, error = ? WHERE version = ?", false,
                    values.inProgress(direction, m), m.version());
            case MARK_SUCCEEDED -> new Call("UPDATE " + table + " SET success = ?, error = NULL, execution_ms = ?"
                    + " WHERE version = ?", true, values.executionMs(), m.version());
            case INSERT_APPLIED -> new Call("INSERT INTO " + table + INSERT_APPLIED, m.version(), m.description(),
                    m.checksum(), m.kind().name(), values.now(), values.user(), values.executionMs(), true);
            case DELETE -> new Call("DELETE FROM " + table + " WHERE version = ?", m.version());
        };
    }

    /** The writes of one meta row: a delete of the old value where it is replaced, then the insert. */
    List<Call> meta(PlanStep.PutMeta put) {
        Call insert = new Call("INSERT INTO " + metaTable + " (meta_key, meta_value) VALUES (?, ?)", put.key(),
                put.value());
        return put.replace()
                ? List.of(new Call("DELETE FROM " + metaTable + " WHERE meta_key = ?", put.key()), insert)
                : List.of(insert);
    }

    /**
     * {@code call} with each {@code ?} replaced by {@code literal} of its value. The SQL holds no other
     * question mark: table names are validated identifiers.
     */
    static String inline(Call call, java.util.function.Function<Object, String> literal) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        String sql = call.sql();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                out.append(literal.apply(call.values().get(next++)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} as literal SQL: strings quoted the standard way, booleans as the engine writes them. */
    static String literal(Object value, Dialect dialect) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof Expression e) {
            return e.sql();
        } else if (value instanceof Boolean b) {
            return dialect.booleanLiteral(b);
        } else if (value instanceof String s) {
            return quote(s);
        }
        return value.toString();
    }

    /** A standard SQL string literal. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
