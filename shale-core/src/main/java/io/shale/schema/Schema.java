package io.shale.schema;

import java.util.List;
import java.util.Optional;

/**
 * One schema (namespace) and the objects in it, each list sorted by name.
 *
 * @param domains  PostgreSQL domains (empty elsewhere)
 * @param comments comments on indexes and constraints (PostgreSQL; empty elsewhere), by table, kind and name
 * @param policies row-level security policies (PostgreSQL; empty elsewhere), by table and name
 * @param collations collations created in the schema (PostgreSQL; empty elsewhere)
 * @param partitionIndexes the partitions' shares of their parents' indexes (PostgreSQL; empty elsewhere),
 *                 by partition and parent index
 * @param compositeTypes composite types created in the schema (PostgreSQL; empty elsewhere)
 * @param statistics extended statistics objects created in the schema (PostgreSQL; empty elsewhere)
 * @param rangeTypes range types created in the schema (PostgreSQL; empty elsewhere)
 */
public record Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                     List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment,
                     List<Domain> domains, List<ObjectComment> comments, List<Policy> policies,
                     List<Collation> collations, List<PartitionIndex> partitionIndexes,
                     List<CompositeType> compositeTypes, List<ExtendedStatistics> statistics,
                     List<RangeType> rangeTypes) {
    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        enums = List.copyOf(enums);
        sequences = List.copyOf(sequences);
        routines = List.copyOf(routines);
        triggers = List.copyOf(triggers);
        domains = List.copyOf(domains);
        comments = List.copyOf(comments);
        policies = List.copyOf(policies);
        collations = List.copyOf(collations);
        partitionIndexes = List.copyOf(partitionIndexes);
        compositeTypes = List.copyOf(compositeTypes);
        statistics = List.copyOf(statistics);
        rangeTypes = List.copyOf(rangeTypes);
    }

    /** A schema without range types. */
    public Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment,
                  List<Domain> domains, List<ObjectComment> comments, List<Policy> policies, List<Collation> collations,
                  List<PartitionIndex> partitionIndexes, List<CompositeType> compositeTypes,
                  List<ExtendedStatistics> statistics) {
        this(name, tables, views, enums, sequences, routines, triggers, comment, domains, comments, policies,
                collations, partitionIndexes, compositeTypes, statistics, List.of());
    }

    /** A schema without extended statistics. */
    public Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment,
                  List<Domain> domains, List<ObjectComment> comments, List<Policy> policies, List<Collation> collations,
                  List<PartitionIndex> partitionIndexes, List<CompositeType> compositeTypes) {
        this(name, tables, views, enums, sequences, routines, triggers, comment, domains, comments, policies,
                collations, partitionIndexes, compositeTypes, List.of());
    }

    /** A schema without composite types. */
    public Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment,
                  List<Domain> domains, List<ObjectComment> comments, List<Policy> policies, List<Collation> collations,
                  List<PartitionIndex> partitionIndexes) {
        this(name, tables, views, enums, sequences, routines, triggers, comment, domains, comments, policies,
                collations, partitionIndexes, List.of());
    }

    /** A schema without partitions' index names. */
    public Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment,
                  List<Domain> domains, List<ObjectComment> comments, List<Policy> policies, List<Collation> collations) {
        this(name, tables, views, enums, sequences, routines, triggers, comment, domains, comments, policies,
                collations, List.of());
    }

    /** A schema without PostgreSQL's domains, object comments, policies and collations. */
    public Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment) {
        this(name, tables, views, enums, sequences, routines, triggers, comment, List.of(), List.of(), List.of(),
                List.of());
    }

    public Optional<Table> table(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).findFirst();
    }
}
