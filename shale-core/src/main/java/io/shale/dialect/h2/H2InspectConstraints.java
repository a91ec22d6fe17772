package io.shale.dialect.h2;

import io.shale.dialect.h2.H2InspectQuery.Name;
import io.shale.schema.CheckConstraint;
import io.shale.schema.ForeignKey;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads primary keys, unique constraints, foreign keys and checks with one query each of
 * TABLE_CONSTRAINTS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS and CHECK_CONSTRAINTS. Names are as
 * H2 stores them, including the ones it generates ({@code CONSTRAINT_4A}), which are stable for the
 * same DDL run in the same order but not otherwise. A check's expression is as H2 normalised it.
 */
final class H2InspectConstraints {

    /** The constraints of one table, each list sorted by name. */
    record TableConstraints(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys,
                            List<CheckConstraint> checks) {
        static final TableConstraints NONE = new TableConstraints(null, List.of(), List.of(), List.of());
    }

    private record Constraint(Name name, String type, Name table, boolean deferrable, boolean initiallyDeferred) {
    }

    private record KeyColumn(Name constraint, Name table, String column, int position, Integer uniquePosition) {
    }

    private record Check(Name constraint, String clause) {
    }

    private record Reference(Name constraint, Name unique, String onUpdate, String onDelete) {
    }

    private H2InspectConstraints() {
    }

    static Map<Name, TableConstraints> read(Connection connection, List<String> schemas) throws SQLException {
        List<Constraint> constraints = H2InspectQuery.list(connection, "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME,"
                + " CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME, IS_DEFERRABLE, INITIALLY_DEFERRED"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA IN (%s)", schemas,
                r -> new Constraint(new Name(r.getString(1), r.getString(2)), r.getString(3),
                        new Name(r.getString(4), r.getString(5)), "YES".equals(r.getString(6)),
                        "YES".equals(r.getString(7))));
        // Every schema's keys: a foreign key may reference a unique key outside the inspected schemas.
        Map<Name, List<KeyColumn>> keys = new HashMap<>();
        for (KeyColumn key : H2InspectQuery.list(connection, "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME,"
                + " TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT"
                + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'", List.of(),
                r -> new KeyColumn(new Name(r.getString(1), r.getString(2)), new Name(r.getString(3), r.getString(4)),
                        r.getString(5), r.getInt(6), H2InspectQuery.integer(r, "POSITION_IN_UNIQUE_CONSTRAINT")))) {
            keys.computeIfAbsent(key.constraint(), n -> new ArrayList<>()).add(key);
        }
        keys.values().forEach(list -> list.sort(Comparator.comparingInt(KeyColumn::position)));
        Map<Name, Reference> references = new HashMap<>();
        for (Reference reference : H2InspectQuery.list(connection, "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME,"
                + " UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (%s)", schemas,
                r -> new Reference(new Name(r.getString(1), r.getString(2)), new Name(r.getString(3), r.getString(4)),
                        r.getString(5), r.getString(6)))) {
            references.put(reference.constraint(), reference);
        }
        Map<Name, String> checkClauses = new HashMap<>();
        for (Check check : H2InspectQuery.list(connection, "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME,"
                + " CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (%s)", schemas,
                r -> new Check(new Name(r.getString(1), r.getString(2)), r.getString(3)))) {
            checkClauses.put(check.constraint(), check.clause());
        }
        Map<Name, Builder> byTable = new HashMap<>();
        for (Constraint constraint : constraints) {
            Builder table = byTable.computeIfAbsent(constraint.table(), t -> new Builder());
            String name = constraint.name().name();
            List<KeyColumn> columns = keys.getOrDefault(constraint.name(), List.of());
            List<String> names = columns.stream().map(KeyColumn::column).toList();
            switch (constraint.type()) {
                case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name, names);
                case "UNIQUE" -> table.uniques.add(new UniqueConstraint(name, names));
                case "CHECK" -> table.checks.add(new CheckConstraint(name, checkClauses.get(constraint.name())));
                case "FOREIGN KEY" -> foreignKey(constraint, columns, references, keys).ifPresent(table.foreignKeys::add);
                default -> {
                    // no other kinds exist in H2 2.x
                }
            }
        }
        Map<Name, TableConstraints> result = new HashMap<>();
        byTable.forEach((table, builder) -> result.put(table, builder.build()));
        return result;
    }

    private static Optional<ForeignKey> foreignKey(Constraint constraint, List<KeyColumn> columns,
                                                   Map<Name, Reference> references, Map<Name, List<KeyColumn>> keys) {
        Reference reference = references.get(constraint.name());
        if (reference == null) {
            return Optional.empty();
        }
        List<KeyColumn> referenced = keys.getOrDefault(reference.unique(), List.of());
        if (referenced.isEmpty()) {
            return Optional.empty();
        }
        List<String> refColumns = new ArrayList<>();
        for (KeyColumn column : columns) {
            int position = column.uniquePosition() == null ? column.position() : column.uniquePosition();
            refColumns.add(referenced.stream().filter(k -> k.position() == position).map(KeyColumn::column)
                    .findFirst().orElse(null));
        }
        Name refTable = referenced.get(0).table();
        return Optional.of(new ForeignKey(constraint.name().name(), columns.stream().map(KeyColumn::column).toList(),
                refTable.schema(), refTable.name(), refColumns, reference.onDelete(), reference.onUpdate(),
                constraint.deferrable(), constraint.initiallyDeferred()));
    }

    private static final class Builder {
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        TableConstraints build() {
            uniques.sort(Comparator.comparing(UniqueConstraint::name));
            foreignKeys.sort(Comparator.comparing(ForeignKey::name));
            checks.sort(Comparator.comparing(CheckConstraint::name));
            return new TableConstraints(primaryKey, uniques, foreignKeys, checks);
        }
    }
}
