package io.shale.data.snapshot;

import io.shale.dialect.SnapshotSql;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.SequenceValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every row of a database's tables and where its sequences stand.
 *
 * @param graph     the tables and foreign keys read
 * @param tables    one entry per table, empty ones included, in the graph's order
 * @param sequences the positions, as {@link SnapshotSql#sequences} reads them
 */
public record DataSnapshot(DataGraph graph, List<TableSnapshot> tables, List<SequenceValue> sequences) {
    public DataSnapshot {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /**
     * How {@code other} differs from this snapshot, one line per difference (at most a few rows per
     * table); empty when they hold the same rows and sequence positions.
     */
    public List<String> differences(DataSnapshot other) {
        List<String> out = new ArrayList<>();
        Map<String, TableSnapshot> theirs = new LinkedHashMap<>();
        other.tables.forEach(t -> theirs.put(t.table(), t));
        for (TableSnapshot mine : tables) {
            TableSnapshot their = theirs.remove(mine.table());
            if (their == null) {
                out.add("table " + mine.table() + " is missing");
                continue;
            }
            List<String> a = mine.sortedLines();
            List<String> b = their.sortedLines();
            if (!a.equals(b)) {
                List<String> onlyA = new ArrayList<>(a);
                onlyA.removeAll(b);
                List<String> onlyB = new ArrayList<>(b);
                onlyB.removeAll(a);
                out.add("table " + mine.table() + ": " + a.size() + " row(s) expected, " + b.size() + " found"
                        + (onlyA.isEmpty() ? "" : "; expected but missing: " + head(onlyA))
                        + (onlyB.isEmpty() ? "" : "; found but not expected: " + head(onlyB)));
            }
        }
        theirs.keySet().forEach(t -> out.add("table " + t + " is not expected"));
        Map<String, Long> positions = new LinkedHashMap<>();
        other.sequences.forEach(s -> positions.put(s.sequence(), s.next()));
        for (SequenceValue s : sequences) {
            Long found = positions.remove(s.sequence());
            if (!Objects.equals(found, s.next())) {
                out.add("sequence " + s.sequence() + " stands at " + found + ", expected " + s.next());
            }
        }
        positions.forEach((s, v) -> out.add("sequence " + s + " stands at " + v + ", expected it unused"));
        return out;
    }

    private static String head(List<String> lines) {
        return "(" + String.join("), (", lines.subList(0, Math.min(3, lines.size()))) + ")"
                + (lines.size() > 3 ? " and " + (lines.size() - 3) + " more" : "");
    }
}
