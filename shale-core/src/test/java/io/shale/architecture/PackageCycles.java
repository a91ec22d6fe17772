package io.shale.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Cycles in a package import graph, for architecture tests of any module. */
public final class PackageCycles {
    private PackageCycles() {
    }

    /**
     * Cycles found by a depth-first walk in name order, each as {@code a -> b -> a}: empty exactly when
     * the graph has no cycle.
     *
     * @param edges package to the packages it imports
     */
    public static List<String> of(Map<String, Set<String>> edges) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            List<String> path = new ArrayList<>();
            walk(start, edges, state, path, out);
        }
        return out;
    }

    /** Depth-first; state 1 = on the current path, 2 = done. Reports each back edge's cycle once. */
    private static void walk(String node, Map<String, Set<String>> edges, Map<String, Integer> state,
                             List<String> path, List<String> out) {
        Integer seen = state.get(node);
        if (seen != null) {
            if (seen == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
                cycle.add(node);
                out.add(String.join(" -> ", cycle));
            }
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : new TreeSet<>(edges.getOrDefault(node, Set.of()))) {
            walk(next, edges, state, path, out);
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }
}
