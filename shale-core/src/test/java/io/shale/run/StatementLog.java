package io.shale.run;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A statement log around a {@link DataSource}: every connection it hands out records, in order, each
 * SQL string sent through a {@link Statement} (executed or added to a batch), each
 * {@link PreparedStatement} executed (with its bound values written in as literals), and the JDBC
 * transaction calls as their SQL equivalents. Queries are recorded with the prefix {@link #QUERY}.
 *
 * <p>The SQL equivalents follow the engine's kind of transactions: where DDL is transactional,
 * {@code setAutoCommit(false)} is {@code BEGIN} and {@code setAutoCommit(true)} ends nothing after a
 * {@code commit()}; where DDL commits implicitly, the two are {@code SET autocommit = OFF / ON}, which
 * keep the statements after an implicit commit in a transaction. A call that does not change the mode
 * sends nothing and is not recorded.
 */
final class StatementLog {
    /** The prefix of a recorded query (a read: nothing a script would hold). */
    static final String QUERY = "query: ";
    /** How a bound timestamp is written: its value is the run's own clock. */
    static final String BOUND_TIME = "<bound timestamp>";

    private final boolean transactionalDdl;
    private final String trueLiteral;
    private final String falseLiteral;
    private final List<List<String>> connections = Collections.synchronizedList(new ArrayList<>());

    StatementLog(boolean transactionalDdl, String trueLiteral, String falseLiteral) {
        this.transactionalDdl = transactionalDdl;
        this.trueLiteral = trueLiteral;
        this.falseLiteral = falseLiteral;
    }

    /** What the {@code i}-th connection handed out sent, in order. */
    List<String> connection(int i) {
        return List.copyOf(connections.get(i));
    }

    int connections() {
        return connections.size();
    }

    DataSource wrap(DataSource inner) {
        return proxy(DataSource.class, (p, m, args) -> {
            Object result = call(inner, m, args);
            if (result instanceof Connection c) {
                List<String> log = Collections.synchronizedList(new ArrayList<>());
                connections.add(log);
                return connection(c, log);
            }
            return result;
        });
    }

    private Connection connection(Connection c, List<String> log) {
        boolean[] inTransaction = {false};
        return proxy(Connection.class, (p, m, args) -> {
            switch (m.getName()) {
                case "createStatement" -> {
                    return statement((Statement) call(c, m, args), log);
                }
                case "prepareStatement" -> {
                    return prepared((PreparedStatement) call(c, m, args), (String) args[0], log);
                }
                case "setAutoCommit" -> {
                    boolean on = (Boolean) args[0];
                    if (on != c.getAutoCommit()) {
                        if (transactionalDdl) {
                            if (!on && !inTransaction[0]) {
                                log.add("BEGIN");
                            } else if (on && inTransaction[0]) {
                                log.add("COMMIT");
                            }
                            inTransaction[0] = !on;
                        } else {
                            log.add(on ? "SET autocommit = ON" : "SET autocommit = OFF");
                        }
                    }
                }
                case "commit" -> {
                    log.add("COMMIT");
                    inTransaction[0] = false;
                }
                case "rollback" -> {
                    log.add(args == null ? "ROLLBACK" : "ROLLBACK TO " + ((Savepoint) args[0]).getSavepointName());
                    inTransaction[0] = false;
                }
                case "setSavepoint" -> log.add("SAVEPOINT " + (args == null ? "(unnamed)" : args[0]));
                case "releaseSavepoint" -> log.add("RELEASE " + ((Savepoint) args[0]).getSavepointName());
                default -> {
                }
            }
            return call(c, m, args);
        });
    }

    private Statement statement(Statement s, List<String> log) {
        return proxy(Statement.class, (p, m, args) -> {
            switch (m.getName()) {
                case "execute", "executeUpdate", "executeLargeUpdate", "addBatch" -> log.add((String) args[0]);
                case "executeQuery" -> log.add(QUERY + args[0]);
                default -> {
                }
            }
            return call(s, m, args);
        });
    }

    private PreparedStatement prepared(PreparedStatement ps, String sql, List<String> log) {
        Map<Integer, Object> values = new TreeMap<>();
        return proxy(PreparedStatement.class, (p, m, args) -> {
            String name = m.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                values.put(i, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                values.clear();
            } else if ((name.equals("execute") || name.equals("executeUpdate") || name.equals("executeLargeUpdate"))
                    && args == null) {
                log.add(inline(sql, values));
            } else if (name.equals("executeQuery") && args == null) {
                log.add(QUERY + inline(sql, values));
            }
            return call(ps, m, args);
        });
    }

    /** {@code sql} with each {@code ?} replaced by the literal of its bound value. */
    private String inline(String sql, Map<Integer, Object> values) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                out.append(literal(values.get(++n)));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private String literal(Object v) {
        if (v == null) {
            return "NULL";
        } else if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        } else if (v instanceof Boolean b) {
            return b ? trueLiteral : falseLiteral;
        } else if (v instanceof Timestamp) {
            return BOUND_TIME;
        }
        return v.toString();
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
