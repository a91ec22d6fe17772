package io.shale.schema;

import java.util.List;

/**
 * A PostgreSQL row-level security policy on a table.
 *
 * @param permissive {@code AS PERMISSIVE} (true) or {@code AS RESTRICTIVE}
 * @param command    {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles      the roles it applies to, as stored ({@code public} for everyone), sorted
 * @param using      the {@code USING} expression as the database prints it, null when none
 * @param withCheck  the {@code WITH CHECK} expression as the database prints it, null when none
 */
public record Policy(String schema, String table, String name, boolean permissive, String command,
                     List<String> roles, String using, String withCheck) {
    public Policy {
        roles = List.copyOf(roles);
    }
}
