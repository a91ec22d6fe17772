package io.shale.dialect;

import java.time.Instant;

/**
 * A session that holds a lock a migration's statement waits for, as the engine reports it.
 *
 * @param pid         the server's id of the session (PostgreSQL's backend pid, MySQL's connection id)
 * @param application what the session says it is: PostgreSQL's {@code application_name}, MySQL's
 *                    {@code user@host}; may be empty
 * @param state       what it is doing: {@code idle in transaction}, {@code active}, {@code Sleep}
 * @param since       when its transaction started, or null when the engine does not say
 * @param query       its last or current statement, shortened; may be empty
 */
public record Blocker(long pid, String application, String state, Instant since, String query) {
    private static final int QUERY_CHARS = 80;

    public Blocker {
        application = application == null ? "" : application;
        state = state == null ? "" : state;
        query = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (query.length() > QUERY_CHARS) {
            query = query.substring(0, QUERY_CHARS) + "...";
        }
    }

    /** {@code pid 4242 (psql, idle in transaction since 2026-12-05T08:30:01Z, last: SELECT ...)}. */
    public String describe() {
        StringBuilder out = new StringBuilder("pid ").append(pid).append(" (");
        out.append(application.isEmpty() ? "no application name" : application);
        if (!state.isEmpty()) {
            out.append(", ").append(state);
        }
        if (since != null) {
            out.append(" since ").append(since);
        }
        if (!query.isEmpty()) {
            out.append(", last: ").append(query);
        }
        return out.append(')').toString();
    }
}
