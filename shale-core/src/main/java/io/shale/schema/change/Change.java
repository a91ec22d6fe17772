package io.shale.schema.change;

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
import io.shale.schema.PrimaryKey;
import io.shale.schema.RangeType;
import io.shale.schema.Routine;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import java.util.List;

/**
 * The closed vocabulary of schema changes the differ produces and the renderers turn into SQL.
 * Each change carries the whole objects it needs, so a renderer never looks anything up. Java 17
 * has no pattern-matching switch, so exhaustiveness comes from {@link ChangeVisitor}: adding a
 * change breaks every visitor until it handles it.
 */
public sealed interface Change {

    <R> R accept(ChangeVisitor<R> visitor);

    /** A new schema. */
    record CreateSchema(String name) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A schema that is no longer wanted (only ever empty: its objects are dropped first). */
    record DropSchema(String name) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL extension. */
    record CreateExtension(Extension extension) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL extension. */
    record DropExtension(Extension extension) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL enum type. */
    record CreateEnum(EnumType enumType) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL enum type. */
    record DropEnum(EnumType enumType) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A value appended or inserted ({@code before}/{@code after} name the neighbour, one of them null): {@code ALTER TYPE ... ADD VALUE}. */
    record AddEnumValue(EnumType enumType, String value, String before, String after) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Values removed or reordered: rename the old type, create the new one, cast every column ({@code columns}: qualified {@code schema.table.column}), drop the old; the file carries a warning. */
    record RecreateEnum(EnumType from, EnumType to, List<String> columns) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL collation with its comment. */
    record CreateCollation(Collation collation) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL collation (only once no column or domain uses it). */
    record DropCollation(Collation collation) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A collation's comment changed (same definition: PostgreSQL cannot alter the rest). */
    record AlterCollation(Collation from, Collation to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL composite type with its attributes and comment. */
    record CreateCompositeType(CompositeType type) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL composite type (only once no column, routine, domain or other type uses it). */
    record DropCompositeType(CompositeType type) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A kept composite type: drop the attributes {@code dropped}, add {@code added} (in order, at the
     * end), change the type or collation of {@code altered}, then set {@code to}'s comment when it
     * differs from {@code from}'s. The lists may leave the attributes short of {@code to}'s (a type in
     * use); the plan then carries a warning.
     */
    record AlterCompositeType(CompositeType from, CompositeType to, List<String> dropped,
                              List<CompositeType.Attribute> added, List<CompositeType.Attribute> altered)
            implements Change {
        public AlterCompositeType {
            dropped = List.copyOf(dropped);
            added = List.copyOf(added);
            altered = List.copyOf(altered);
        }

        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL range type with its comment. */
    record CreateRangeType(RangeType type) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL range type (only once no column, routine, domain or type uses it). */
    record DropRangeType(RangeType type) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A kept range type of the same definition: set {@code to}'s comment. */
    record AlterRangeType(RangeType from, RangeType to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL domain with its default, {@code NOT NULL}, checks and comment. */
    record CreateDomain(Domain domain) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL domain. */
    record DropDomain(Domain domain) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A domain's default, {@code NOT NULL}, checks or comment changed (same base type and collation). */
    record AlterDomain(Domain from, Domain to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A sequence. */
    record CreateSequence(Sequence sequence) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A sequence. */
    record DropSequence(Sequence sequence) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Changed type, increment, bounds, cycle or owner. */
    record AlterSequence(Sequence from, Sequence to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A table with its columns, keys, checks and indexes (foreign keys are separate changes). */
    record CreateTable(Table table) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A table (its foreign keys are dropped first as separate changes). */
    record DropTable(Table table) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A rename the user hinted. */
    record RenameTable(String schema, String from, String to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A column. */
    record AddColumn(String schema, String table, Column column) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A column. */
    record DropColumn(String schema, String table, Column column) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A rename the user hinted. */
    record RenameColumn(String schema, String table, String from, String to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Type, nullability, default, identity, generation or collation changed (comments are {@link SetColumnComment}). */
    record AlterColumn(String schema, String table, Column from, Column to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A primary key. */
    record AddPrimaryKey(String schema, String table, PrimaryKey primaryKey) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A primary key. */
    record DropPrimaryKey(String schema, String table, PrimaryKey primaryKey) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A unique constraint. */
    record AddUnique(String schema, String table, UniqueConstraint unique) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A unique constraint. */
    record DropUnique(String schema, String table, UniqueConstraint unique) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A foreign key. */
    record AddForeignKey(String schema, String table, ForeignKey foreignKey) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A foreign key. */
    record DropForeignKey(String schema, String table, ForeignKey foreignKey) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A check constraint. */
    record AddCheck(String schema, String table, CheckConstraint check) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A check constraint. */
    record DropCheck(String schema, String table, CheckConstraint check) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL exclusion constraint. */
    record AddExclusion(String schema, String table, ExclusionConstraint exclusion) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL exclusion constraint. */
    record DropExclusion(String schema, String table, ExclusionConstraint exclusion) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** An index. */
    record CreateIndex(String schema, String table, Index index) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** An index. */
    record DropIndex(String schema, String table, Index index) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A partition's share of its parent's index gets the name the schema gives it (PostgreSQL).
     *
     * @param currentName the name it has before this change; null when the plan creates it (with its
     *                    parent's index or its partition), so the database chose the name
     */
    record NamePartitionIndex(PartitionIndex index, String currentName) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A view or materialized view. */
    record CreateView(View view) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A view or materialized view. */
    record DropView(View view) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A function or procedure. */
    record CreateRoutine(Routine routine) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A function or procedure. */
    record DropRoutine(Routine routine) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A trigger. */
    record CreateTrigger(Trigger trigger) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A trigger. */
    record DropTrigger(Trigger trigger) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Row-level security of a kept table switched on or off, or forced on its owner or not. */
    record SetRowSecurity(String schema, String table, boolean enabled, boolean forced) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL row-level security policy. */
    record CreatePolicy(Policy policy) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL row-level security policy. */
    record DropPolicy(Policy policy) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL extended statistics object with its target and comment. */
    record CreateStatistics(ExtendedStatistics statistics) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A PostgreSQL extended statistics object. */
    record DropStatistics(ExtendedStatistics statistics) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A kept extended statistics object of the same definition: set {@code to}'s target and comment
     * where they differ from {@code from}'s.
     */
    record AlterStatistics(ExtendedStatistics from, ExtendedStatistics to) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A table comment set, changed or (null) removed. */
    record SetTableComment(String schema, String table, String comment) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A comment on an index or constraint set, changed or removed ({@code comment} null); {@code target}
     * names the object (its own comment is ignored).
     */
    record SetObjectComment(ObjectComment target, String comment) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A column comment set, changed or (null) removed. */
    record SetColumnComment(String schema, String table, String column, String comment) implements Change {
        @Override
        public <R> R accept(ChangeVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
