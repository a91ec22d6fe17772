package io.shale.dialect.postgres;

import io.shale.dialect.Inspector;
import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Collation;
import io.shale.schema.Column;
import io.shale.schema.CompositeType;
import io.shale.schema.Domain;
import io.shale.schema.EnumType;
import io.shale.schema.ExclusionConstraint;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.Extension;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.ObjectComment;
import io.shale.schema.PartitionIndex;
import io.shale.schema.Policy;
import io.shale.schema.RangeType;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a catalog from {@code pg_catalog} (PostgreSQL 13 and later) with one query per object
 * kind for all requested schemas together. Leaves out system schemas, objects owned by
 * extensions and skipped tables (with their constraints, indexes, triggers and owned sequences);
 * lists what it cannot model in {@link Catalog#unsupported()}. Names are as stored. Only reads:
 * the connection's transaction and settings are left as they were.
 */
public final class PostgresInspector implements Inspector {

    @Override
    public Catalog inspect(Connection connection, List<String> schemas, Predicate<String> skipTable)
            throws SQLException {
        List<String> wanted = schemas.isEmpty() ? currentSchema(connection) : List.copyOf(schemas);
        List<PgSchemaQuery.Row> found = sorted(PgSchemaQuery.run(connection, wanted), PgSchemaQuery.Row::name);
        List<String> names = found.stream().map(PgSchemaQuery.Row::name).toList();
        if (names.isEmpty()) {
            return new Catalog(List.of(), PgExtensionQuery.run(connection), List.of());
        }
        Map<PostgresInspectKey, List<Index>> indexes = PgIndexQuery.run(connection, names);
        List<Table> tables = tables(connection, names, skipTable, indexes);
        List<View> views = PgViewQuery.run(connection, names).stream()
                .map(v -> new View(v.schema(), v.name(), v.definition(), v.materialized(), v.dependsOn(), v.comment(),
                        sorted(indexes.getOrDefault(new PostgresInspectKey(v.schema(), v.name()), List.of()), Index::name)))
                .toList();
        List<EnumType> enums = PgEnumQuery.run(connection, names);
        List<Domain> domains = PgDomainQuery.run(connection, names);
        List<Collation> collations = PgCollationQuery.run(connection, names);
        List<CompositeType> compositeTypes = PgCompositeTypeQuery.run(connection, names);
        List<Policy> policies = PgPolicyQuery.run(connection, names).stream()
                .filter(policy -> !skipTable.test(policy.table())).toList();
        List<ObjectComment> comments = PgObjectCommentQuery.run(connection, names).stream()
                .filter(comment -> !skipTable.test(comment.table())).toList();
        List<Sequence> sequences = PgSequenceQuery.run(connection, names).stream()
                .filter(row -> row.ownerTable() == null || !skipTable.test(row.ownerTable()))
                .map(PgSequenceQuery.Row::sequence).toList();
        List<Routine> routines = PgRoutineQuery.run(connection, names);
        List<Trigger> triggers = PgTriggerQuery.run(connection, names).stream()
                .filter(trigger -> !skipTable.test(trigger.table())).toList();
        List<PartitionIndex> partitionIndexes = PgPartitionIndexQuery.run(connection, names).stream()
                .filter(x -> !skipTable.test(x.partition())).toList();
        List<RangeType> rangeTypes = PgRangeTypeQuery.run(connection, names);
        List<ExtendedStatistics> statistics = PgStatisticsQuery.run(connection, names).stream()
                .filter(x -> !skipTable.test(x.table())).toList();

        List<Schema> result = new ArrayList<>();
        for (PgSchemaQuery.Row schema : found) {
            String name = schema.name();
            result.add(new Schema(name,
                    inSchema(tables, Table::schema, name, Comparator.comparing(Table::name)),
                    inSchema(views, View::schema, name, Comparator.comparing(View::name)),
                    inSchema(enums, EnumType::schema, name, Comparator.comparing(EnumType::name)),
                    inSchema(sequences, Sequence::schema, name, Comparator.comparing(Sequence::name)),
                    inSchema(routines, Routine::schema, name,
                            Comparator.comparing(Routine::name).thenComparing(Routine::signature)),
                    inSchema(triggers, Trigger::schema, name,
                            Comparator.comparing(Trigger::name).thenComparing(Trigger::table)),
                    schema.comment(),
                    inSchema(domains, Domain::schema, name, Comparator.comparing(Domain::name)),
                    inSchema(comments, ObjectComment::schema, name, Comparator.comparing(ObjectComment::table)
                            .thenComparing(ObjectComment::kind).thenComparing(ObjectComment::name)),
                    inSchema(policies, Policy::schema, name,
                            Comparator.comparing(Policy::table).thenComparing(Policy::name)),
                    inSchema(collations, Collation::schema, name, Comparator.comparing(Collation::name)),
                    inSchema(partitionIndexes, PartitionIndex::schema, name, Comparator.comparing(PartitionIndex::partition)
                            .thenComparing(PartitionIndex::parentIndex)),
                    inSchema(compositeTypes, CompositeType::schema, name, Comparator.comparing(CompositeType::name)),
                    inSchema(statistics, ExtendedStatistics::schema, name, Comparator.comparing(ExtendedStatistics::name)),
                    inSchema(rangeTypes, RangeType::schema, name, Comparator.comparing(RangeType::name))));
        }
        List<Extension> extensions = sorted(PgExtensionQuery.run(connection), Extension::name);
        List<String> unsupported = PgUnsupportedQuery.run(connection, names).stream()
                .filter(row -> row.table() == null || !skipTable.test(row.table()))
                .map(PgUnsupportedQuery.Row::line).sorted().toList();
        return new Catalog(result, extensions, unsupported);
    }

    /** Every schema that is neither PostgreSQL's own ({@code pg_*}, {@code information_schema}) nor an extension's. */
    @Override
    public List<String> defaultSchemas(Connection connection) throws SQLException {
        return PgSchemaQuery.all(connection);
    }

    private static List<Table> tables(Connection connection, List<String> schemas, Predicate<String> skipTable,
                                      Map<PostgresInspectKey, List<Index>> indexes) throws SQLException {
        List<PgTableQuery.Row> rows = PgTableQuery.run(connection, schemas);
        Map<PostgresInspectKey, List<Column>> columns = PgColumnQuery.run(connection, schemas);
        Map<PostgresInspectKey, PgConstraintQuery.Constraints> constraints = PgConstraintQuery.run(connection, schemas);
        List<Table> tables = new ArrayList<>();
        for (PgTableQuery.Row row : rows) {
            PostgresInspectKey key = row.key();
            if (skipTable.test(key.table())) {
                continue;
            }
            PgConstraintQuery.Constraints own = constraints.getOrDefault(key, PgConstraintQuery.Constraints.NONE);
            tables.add(new Table(key.schema(), key.table(), columns.getOrDefault(key, List.of()), own.primaryKey(),
                    sorted(own.uniques(), UniqueConstraint::name), sorted(own.foreignKeys(), ForeignKey::name),
                    sorted(own.checks(), CheckConstraint::name), sorted(indexes.getOrDefault(key, List.of()), Index::name),
                    row.partitioning(), row.partitionOf(), row.comment(), null, row.unlogged(),
                    sorted(own.exclusions(), ExclusionConstraint::name), row.rowSecurity(), row.forceRowSecurity()));
        }
        return tables;
    }

    private static List<String> currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
            String schema = rs.next() ? rs.getString(1) : null;
            return schema == null ? List.of() : List.of(schema);
        }
    }

    private static <T> List<T> inSchema(List<T> items, Function<T, String> schemaOf, String schema,
                                        Comparator<T> order) {
        return items.stream().filter(item -> schema.equals(schemaOf.apply(item))).sorted(order).toList();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
