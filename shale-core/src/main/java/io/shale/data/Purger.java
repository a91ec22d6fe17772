package io.shale.data;

import io.shale.dialect.data.DeleteOrder;
import io.shale.dialect.data.ForeignKeyEdge;
import io.shale.dialect.data.DataTable;
import io.shale.dialect.DataOperations;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and deletes the rows of a purge with set-based SQL only. The primary keys of the rows to
 * delete are collected per table in session-private key tables: first the rows matching the rule,
 * then, pass after pass, along every followed foreign key, until a pass adds nothing (so any depth,
 * self-references and cycles). Each pass follows the keys from the rows the previous pass added
 * only (semi-naive evaluation), so every row is joined once per key it is a parent in, and the last
 * pass, which finds nothing, costs next to nothing. Then the key tables are counted and, unless it is a dry run, each
 * table's rows are deleted by one statement, children first; the caller owns the transaction.
 * Every row of the closure is deleted explicitly, those a CASCADE would remove too, so the counts
 * are exact; SET NULL keys are left to the database (applied by Shale only where the engine does
 * not enforce foreign keys).
 */
public final class Purger {
    /** The phase that collects the keys of the rows to delete. */
    public static final String COLLECTING = "collecting rows to purge";
    /** The phase that deletes them, one unit per table. */
    public static final String DELETING = "deleting rows";

    private final DataOperations ops;
    private final Connection c;
    private final PurgeClosure closure;
    private final Map<String, String> keyTables = new LinkedHashMap<>();
    private final Map<String, String> freshTables = new LinkedHashMap<>();
    private final Map<String, String> deltaTables = new LinkedHashMap<>();
    private final Map<String, String> nextTables = new LinkedHashMap<>();

    /**
     * Where a purge tells its phases as they happen, for a front end's progress bar: collecting the
     * keys (one unit per foreign key and pass), then deleting (one unit per statement, the current
     * table named). Every method has an empty default; implementations must not throw.
     */
    public interface Steps {
        /** Tells nothing. */
        Steps NONE = new Steps() {
        };

        /** A phase begins, of {@code total} units. */
        default void started(String what, long total) {
        }

        /** {@code done} units of the phase are done; {@code current} names the one under way. */
        default void progress(long done, String current) {
        }

        /** The phase started last is over. */
        default void finished() {
        }
    }

    public Purger(DataOperations ops, Connection connection, PurgeClosure closure) {
        this.ops = ops;
        this.c = connection;
        this.closure = closure;
        int i = 0;
        for (DataTable t : closure.tables()) {
            i++;
            keyTables.put(t.name(), "shale_purge_k" + i);
            freshTables.put(t.name(), "shale_purge_n" + i);
            deltaTables.put(t.name(), "shale_purge_d" + i);
            nextTables.put(t.name(), "shale_purge_x" + i);
        }
    }

    /** Creates the key tables; DDL, so before the caller's transaction begins. */
    public void createKeyTables() throws SQLException {
        try (Statement st = c.createStatement()) {
            for (DataTable t : closure.tables()) {
                for (String table : List.of(keyTables.get(t.name()), freshTables.get(t.name()),
                        deltaTables.get(t.name()), nextTables.get(t.name()))) {
                    st.execute(ops.dropKeyTable(table));
                    for (String sql : ops.createKeyTable(table, t.name(), t.primaryKey())) {
                        st.execute(sql);
                    }
                }
            }
        }
    }

    public void dropKeyTables() throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : keyTables.values()) {
                st.execute(ops.dropKeyTable(table));
            }
            for (Map<String, String> tables : List.of(freshTables, deltaTables, nextTables)) {
                for (String table : tables.values()) {
                    st.execute(ops.dropKeyTable(table));
                }
            }
        }
    }

    /**
     * Collects the keys and returns the rows per table, root first; deletes them unless {@code dryRun}.
     *
     * @param values the parameter values by name
     */
    public Map<String, Long> run(String where, Map<String, String> values, boolean dryRun, Steps steps)
            throws SQLException {
        steps.started(COLLECTING, 1 + closure.edges().size());
        steps.progress(0, "rows of " + closure.tables().get(0).name() + " matching the rule");
        collectRoots(where, values);
        spread(steps);
        steps.finished();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (DataTable t : closure.tables()) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + keyTables.get(t.name()))) {
                    rs.next();
                    counts.put(t.name(), rs.getLong(1));
                }
            }
        }
        if (!dryRun) {
            delete(counts, steps);
        }
        return counts;
    }

    private void collectRoots(String where, Map<String, String> values) throws SQLException {
        DataTable root = closure.tables().get(0);
        NamedParameters parsed = NamedParameters.parse(where);
        for (String name : parsed.names()) {
            if (!values.containsKey(name)) {
                throw new ShaleException(ErrorCode.USAGE, "The purge condition needs the parameter :" + name,
                        "pass --param " + name + "=VALUE");
            }
        }
        for (String given : values.keySet()) {
            if (!parsed.names().contains(given)) {
                throw new ShaleException(ErrorCode.USAGE, "The purge condition has no parameter :" + given
                        + " (it takes " + (parsed.names().isEmpty() ? "none" : String.join(", ", parsed.names())) + ")",
                        "check the parameter's name against the rule's `where`");
            }
        }
        String cols = columns(null, root.primaryKey());
        String sql = "INSERT INTO " + keyTables.get(root.name()) + " (" + cols + ") SELECT DISTINCT " + cols
                + " FROM " + ops.quote(root.name()) + " WHERE (" + parsed.sql() + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < parsed.names().size(); i++) {
                ops.bindText(insert, i + 1, values.get(parsed.names().get(i)));
            }
            insert.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO " + deltaTables.get(root.name()) + " (" + cols + ") SELECT " + cols + " FROM "
                    + keyTables.get(root.name()));
        }
    }

    /**
     * Follows every key, pass after pass, until no pass finds a new row. Per key and pass: the
     * children of the parent rows the previous pass added ({@code delta}) go to {@code fresh}, less
     * those collected already; the rest join the collected keys and the next pass's delta.
     */
    private void spread(Steps steps) throws SQLException {
        List<String[]> collectSteps = new ArrayList<>();
        for (ForeignKeyEdge fk : closure.edges()) {
            DataTable child = table(fk.child());
            DataTable parent = table(fk.parent());
            String fresh = freshTables.get(child.name());
            String keys = keyTables.get(child.name());
            String cols = columns(null, child.primaryKey());
            String collect = "INSERT INTO " + fresh + " (" + cols + ") SELECT DISTINCT "
                    + columns("c", child.primaryKey()) + " FROM " + ops.quote(child.name()) + " c JOIN "
                    + ops.quote(parent.name()) + " p ON " + match("c", fk.childColumns(), "p", fk.parentColumns())
                    + " JOIN " + deltaTables.get(parent.name()) + " k ON "
                    + match("p", parent.primaryKey(), "k", parent.primaryKey());
            String prune = "DELETE FROM " + fresh + " WHERE EXISTS (SELECT 1 FROM " + keys + " x WHERE "
                    + match("x", child.primaryKey(), fresh, child.primaryKey()) + ")";
            collectSteps.add(new String[] {"DELETE FROM " + fresh, collect, prune,
                    "INSERT INTO " + keys + " (" + cols + ") SELECT " + cols + " FROM " + fresh,
                    "INSERT INTO " + nextTables.get(child.name()) + " (" + cols + ") SELECT " + cols + " FROM " + fresh});
        }
        List<ForeignKeyEdge> edges = closure.edges();
        try (Statement st = c.createStatement()) {
            boolean grew = true;
            int pass = 0;
            while (grew) {
                grew = false;
                pass++;
                for (int i = 0; i < collectSteps.size(); i++) {
                    String[] step = collectSteps.get(i);
                    if (pass == 1) {
                        steps.progress(1 + i, "pass 1: " + edges.get(i).child() + " -> " + edges.get(i).parent());
                    } else {
                        steps.progress(1 + edges.size(), "pass " + pass + ": " + edges.get(i).child() + " -> "
                                + edges.get(i).parent());
                    }
                    st.executeUpdate(step[0]);
                    st.executeUpdate(step[1]);
                    st.executeUpdate(step[2]);
                    grew |= st.executeUpdate(step[3]) > 0;
                    st.executeUpdate(step[4]);
                }
                steps.progress(1 + edges.size(), "pass " + pass + " done");
                for (DataTable t : closure.tables()) {
                    String cols = columns(null, t.primaryKey());
                    st.executeUpdate("DELETE FROM " + deltaTables.get(t.name()));
                    st.executeUpdate("INSERT INTO " + deltaTables.get(t.name()) + " (" + cols + ") SELECT " + cols
                            + " FROM " + nextTables.get(t.name()));
                    st.executeUpdate("DELETE FROM " + nextTables.get(t.name()));
                }
            }
        }
    }

    private void delete(Map<String, Long> counts, Steps steps) throws SQLException {
        DeleteOrder order = DeleteOrder.of(closure.asGraph(), fk -> true);
        steps.started(DELETING, order.tables().size());
        long done = 0;
        try (Statement st = c.createStatement()) {
            if (!ops.enforcesForeignKeys(c)) {
                for (ForeignKeyEdge fk : closure.detach()) {
                    DataTable parent = table(fk.parent());
                    st.executeUpdate("UPDATE " + ops.quote(fk.child()) + " SET " + nulls(fk) + " WHERE EXISTS (SELECT 1 FROM "
                            + ops.quote(parent.name()) + " p JOIN " + keyTables.get(parent.name()) + " k ON "
                            + match("p", parent.primaryKey(), "k", parent.primaryKey()) + " WHERE "
                            + match(ops.quote(fk.child()), fk.childColumns(), "p", fk.parentColumns()) + ")");
                }
            }
            for (ForeignKeyEdge cut : order.nullFirst()) {
                st.executeUpdate("UPDATE " + ops.quote(cut.child()) + " SET " + nulls(cut) + inKeys(table(cut.child())));
            }
            for (String name : order.tables()) {
                steps.progress(done, name + " (" + counts.getOrDefault(name, 0L) + " rows)");
                st.executeUpdate("DELETE FROM " + ops.quote(name) + inKeys(table(name)));
                steps.progress(++done, name + " (" + counts.getOrDefault(name, 0L) + " rows)");
            }
        }
        steps.finished();
    }

    private String inKeys(DataTable t) {
        return " WHERE EXISTS (SELECT 1 FROM " + keyTables.get(t.name()) + " k WHERE "
                + match("k", t.primaryKey(), ops.quote(t.name()), t.primaryKey()) + ")";
    }

    private String nulls(ForeignKeyEdge fk) {
        return String.join(", ", fk.childColumns().stream().map(col -> ops.quote(col) + " = NULL").toList());
    }

    private DataTable table(String name) {
        return closure.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private String columns(String alias, List<String> cols) {
        return String.join(", ", cols.stream().map(col -> (alias == null ? "" : alias + ".") + ops.quote(col)).toList());
    }

    private String match(String left, List<String> leftCols, String right, List<String> rightCols) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < leftCols.size(); i++) {
            parts.add(left + "." + ops.quote(leftCols.get(i)) + " = " + right + "." + ops.quote(rightCols.get(i)));
        }
        return String.join(" AND ", parts);
    }
}
