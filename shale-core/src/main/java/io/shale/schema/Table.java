package io.shale.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table.
 *
 * @param columns      in ordinal position order
 * @param primaryKey   null when the table has none
 * @param uniques      unique constraints (not unique indexes), by name
 * @param foreignKeys  by name
 * @param checks       check constraints, by name
 * @param indexes      indexes that do not back a primary key or unique constraint, by name
 * @param partitioning for a partitioned parent, the partition key as the database prints it
 *                     ({@code RANGE (created_at)}); null otherwise
 * @param partitionOf  for a partition, the parent table's name and the bound as printed; null otherwise
 * @param comment      null when none
 * @param collation    the table's default collation where the engine keeps one per table (MySQL/MariaDB:
 *                     {@code utf8mb4_general_ci}, which names the character set too); null elsewhere
 * @param unlogged     PostgreSQL {@code UNLOGGED}: not written to the write-ahead log (false elsewhere)
 * @param exclusions   PostgreSQL exclusion constraints, by name (empty elsewhere)
 * @param rowSecurity  PostgreSQL {@code ENABLE ROW LEVEL SECURITY} (false elsewhere)
 * @param forceRowSecurity PostgreSQL {@code FORCE ROW LEVEL SECURITY}: policies bind the owner too (false elsewhere)
 */
public record Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                    List<Index> indexes, String partitioning, String partitionOf, String comment, String collation,
                    boolean unlogged, List<ExclusionConstraint> exclusions, boolean rowSecurity,
                    boolean forceRowSecurity) {
    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        exclusions = List.copyOf(exclusions);
    }

    /** A table without row-level security. */
    public Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                 List<Index> indexes, String partitioning, String partitionOf, String comment, String collation,
                 boolean unlogged, List<ExclusionConstraint> exclusions) {
        this(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, partitioning, partitionOf,
                comment, collation, unlogged, exclusions, false, false);
    }

    /** A table without exclusion constraints. */
    public Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                 List<Index> indexes, String partitioning, String partitionOf, String comment, String collation,
                 boolean unlogged) {
        this(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, partitioning, partitionOf,
                comment, collation, unlogged, List.of());
    }

    /** A table without a collation of its own. */
    public Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                 List<Index> indexes, String partitioning, String partitionOf, String comment) {
        this(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, partitioning, partitionOf,
                comment, null, false);
    }

    /** A logged table. */
    public Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                 List<Index> indexes, String partitioning, String partitionOf, String comment, String collation) {
        this(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, partitioning, partitionOf,
                comment, collation, false);
    }

    public Optional<Column> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** {@code schema.name}, or just the name where the schema is implicit (SQLite {@code main}). */
    public String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }
}
