package io.shale.schema;

/**
 * A PostgreSQL collation of a managed schema ({@code CREATE COLLATION}). Columns and domains that use
 * it name it quoted and qualified ({@code "public"."numeric"}). Its version is not part of it: it
 * follows the library the server runs on.
 *
 * @param provider      {@code libc}, {@code icu} or {@code builtin}
 * @param locale        the locale of an {@code icu} or {@code builtin} collation; null for {@code libc}
 * @param lcCollate     {@code LC_COLLATE} of a {@code libc} collation; null otherwise
 * @param lcCtype       {@code LC_CTYPE} of a {@code libc} collation; null otherwise
 * @param deterministic false when strings that compare equal may differ in bytes (ICU only)
 * @param rules         ICU tailoring rules (PostgreSQL 16 and later), null when none
 * @param comment       null when none
 */
public record Collation(String schema, String name, String provider, String locale, String lcCollate,
                        String lcCtype, boolean deterministic, String rules, String comment) {
}
