package io.shale.dialect.mysql;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a MariaDB/MySQL session says about Galera: whether the server replicates through wsrep, and
 * if so whether this node may take part in a migration.
 *
 * @param nodeName    {@code wsrep_node_name}, or {@code @@hostname} when it is empty
 * @param clusterSize {@code wsrep_cluster_size}
 * @param state       {@code wsrep_local_state_comment}, e.g. {@code Synced}
 * @param ready       {@code wsrep_ready}
 * @param osuMethod   the session's {@code wsrep_OSU_method}: {@code TOI} replicates DDL in total order
 */
record GaleraNode(String nodeName, int clusterSize, String state, boolean ready, String osuMethod) {

    /**
     * Asks the server (variable names come back lower-cased): empty when wsrep is off or unknown (plain MySQL or MariaDB), the node's facts otherwise.
     * Costs one {@code SHOW VARIABLES} on a server without Galera.
     */
    static Optional<GaleraNode> detect(Connection connection) throws SQLException {
        Map<String, String> variables = rows(connection, "SHOW SESSION VARIABLES WHERE Variable_name IN "
                + "('wsrep_on', 'wsrep_node_name', 'wsrep_OSU_method', 'hostname')");
        if (!"ON".equalsIgnoreCase(variables.get("wsrep_on"))) {
            return Optional.empty();
        }
        Map<String, String> status = rows(connection, "SHOW GLOBAL STATUS LIKE 'wsrep_%'");
        String node = variables.getOrDefault("wsrep_node_name", "");
        if (node.isBlank()) {
            node = variables.getOrDefault("hostname", "?");
        }
        int size;
        try {
            size = Integer.parseInt(status.getOrDefault("wsrep_cluster_size", "0"));
        } catch (NumberFormatException e) {
            size = 0;
        }
        return Optional.of(new GaleraNode(node, size, status.getOrDefault("wsrep_local_state_comment", "?"),
                "ON".equalsIgnoreCase(status.get("wsrep_ready")),
                variables.getOrDefault("wsrep_osu_method", "?")));
    }

    /**
     * Refuses a node that cannot migrate safely.
     *
     * @throws ShaleException CLUSTER_NOT_READY when the node is not ready or not synced;
     *                        CLUSTER_DDL_UNSAFE when DDL would not be replicated in total order
     */
    void requireMigratable(String target) {
        if (!ready || !"Synced".equalsIgnoreCase(state)) {
            throw new ShaleException(ErrorCode.CLUSTER_NOT_READY,
                    "Galera node " + nodeName + " is not ready to migrate " + target + " (wsrep_ready="
                            + (ready ? "ON" : "OFF") + ", wsrep_local_state_comment=" + state
                            + ", wsrep_cluster_size=" + clusterSize + ")",
                    "wait until the node has joined the cluster and shows Synced, or point database.url at a synced node");
        }
        if (!"TOI".equalsIgnoreCase(osuMethod)) {
            throw new ShaleException(ErrorCode.CLUSTER_DDL_UNSAFE,
                    "Galera node " + nodeName + " runs DDL with wsrep_OSU_method=" + osuMethod
                            + ", which does not replicate it to the other nodes; refusing to migrate " + target,
                    "set wsrep_OSU_method=TOI (the default) for Shale's connections, e.g. SET GLOBAL wsrep_OSU_method='TOI'"
                            + " or sessionVariables=wsrep_OSU_method=TOI in the JDBC URL");
        }
    }

    private static Map<String, String> rows(Connection connection, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
            }
        }
        return out;
    }
}
