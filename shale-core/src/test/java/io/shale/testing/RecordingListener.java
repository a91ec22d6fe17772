package io.shale.testing;

import io.shale.migration.Migration;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes down what a command tells its listener, one line per event, in the order told:
 * {@code step Emptying tables 18}, {@code progress 18 null}, {@code done}, {@code planned UP 2},
 * {@code started 0001_schema.sql}, {@code finished 0001_schema.sql}, {@code warning ...}.
 * Thread-safe, since waits are told from an observer thread.
 */
public final class RecordingListener implements MigrationListener {
    private final List<String> events = new ArrayList<>();

    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    /** The events of the phases only ({@code step}, {@code progress}, {@code done}). */
    public synchronized List<String> steps() {
        return events.stream().filter(e -> e.startsWith("step ") || e.startsWith("progress ") || e.equals("done"))
                .toList();
    }

    private synchronized void add(String event) {
        events.add(event);
    }

    @Override
    public void stepStarted(String what, long total) {
        add("step " + what + " " + total);
    }

    @Override
    public void stepProgress(long done, String current) {
        add("progress " + done + " " + current);
    }

    @Override
    public void stepFinished() {
        add("done");
    }

    @Override
    public void planned(Direction direction, List<Migration> migrations) {
        add("planned " + direction + " " + migrations.size());
    }

    @Override
    public void started(Direction direction, Migration migration) {
        add("started " + migration.script());
    }

    @Override
    public void finished(Direction direction, Migration migration, Duration took) {
        add("finished " + migration.script());
    }

    @Override
    public void warning(String message) {
        add("warning " + message);
    }
}
