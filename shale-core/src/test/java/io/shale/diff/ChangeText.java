package io.shale.diff;

import io.shale.schema.CompositeType;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One readable line per change, so test cases can state a whole plan as a list of lines. */
final class ChangeText implements ChangeVisitor<String> {
    static List<String> lines(List<Change> changes) {
        ChangeText text = new ChangeText();
        return changes.stream().map(c -> c.accept(text)).toList();
    }

    private static String q(String schema, String... parts) {
        return schema + "." + String.join(".", parts);
    }

    @Override
    public String visit(Change.CreateSchema c) {
        return "create schema " + c.name();
    }

    @Override
    public String visit(Change.DropSchema c) {
        return "drop schema " + c.name();
    }

    @Override
    public String visit(Change.CreateExtension c) {
        return "create extension " + c.extension().name();
    }

    @Override
    public String visit(Change.DropExtension c) {
        return "drop extension " + c.extension().name();
    }

    @Override
    public String visit(Change.CreateEnum c) {
        return "create enum " + q(c.enumType().schema(), c.enumType().name()) + " " + c.enumType().values();
    }

    @Override
    public String visit(Change.DropEnum c) {
        return "drop enum " + q(c.enumType().schema(), c.enumType().name());
    }

    @Override
    public String visit(Change.AddEnumValue c) {
        String where = c.after() != null ? " after " + c.after() : c.before() != null ? " before " + c.before() : "";
        return "add enum value " + q(c.enumType().schema(), c.enumType().name()) + " " + c.value() + where;
    }

    @Override
    public String visit(Change.RecreateEnum c) {
        return "recreate enum " + q(c.to().schema(), c.to().name()) + " " + c.from().values() + " -> "
                + c.to().values() + " casting " + c.columns();
    }

    @Override
    public String visit(Change.CreateCollation c) {
        return "create collation " + q(c.collation().schema(), c.collation().name()) + " " + c.collation().locale()
                + (c.collation().deterministic() ? "" : " nondeterministic");
    }

    @Override
    public String visit(Change.DropCollation c) {
        return "drop collation " + q(c.collation().schema(), c.collation().name());
    }

    @Override
    public String visit(Change.AlterCollation c) {
        return "comment on collation " + q(c.to().schema(), c.to().name()) + " " + c.to().comment();
    }

    @Override
    public String visit(Change.CreateCompositeType c) {
        return "create composite type " + q(c.type().schema(), c.type().name()) + " " + attributes(c.type().attributes());
    }

    @Override
    public String visit(Change.DropCompositeType c) {
        return "drop composite type " + q(c.type().schema(), c.type().name());
    }

    @Override
    public String visit(Change.AlterCompositeType c) {
        return "alter composite type " + q(c.to().schema(), c.to().name())
                + (c.dropped().isEmpty() ? "" : " drop " + String.join(", ", c.dropped()))
                + (c.added().isEmpty() ? "" : " add " + attributes(c.added()))
                + (c.altered().isEmpty() ? "" : " alter " + attributes(c.altered()))
                + (Objects.equals(c.from().comment(), c.to().comment()) ? "" : " comment " + c.to().comment());
    }

    private static String attributes(List<CompositeType.Attribute> attributes) {
        return "(" + attributes.stream().map(a -> a.name() + " " + a.type()
                + (a.collation() == null ? "" : " collate " + a.collation())).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String visit(Change.CreateDomain c) {
        return "create domain " + q(c.domain().schema(), c.domain().name());
    }

    @Override
    public String visit(Change.DropDomain c) {
        return "drop domain " + q(c.domain().schema(), c.domain().name());
    }

    @Override
    public String visit(Change.AlterDomain c) {
        return "alter domain " + q(c.to().schema(), c.to().name());
    }

    @Override
    public String visit(Change.CreateSequence c) {
        return "create sequence " + q(c.sequence().schema(), c.sequence().name());
    }

    @Override
    public String visit(Change.DropSequence c) {
        return "drop sequence " + q(c.sequence().schema(), c.sequence().name());
    }

    @Override
    public String visit(Change.AlterSequence c) {
        String owner = java.util.Objects.equals(c.from().ownedBy(), c.to().ownedBy()) ? ""
                : " owned by " + c.to().ownedBy();
        return "alter sequence " + q(c.to().schema(), c.to().name()) + owner;
    }

    @Override
    public String visit(Change.CreateTable c) {
        return "create table " + c.table().qualifiedName();
    }

    @Override
    public String visit(Change.DropTable c) {
        return "drop table " + c.table().qualifiedName();
    }

    @Override
    public String visit(Change.RenameTable c) {
        return "rename table " + q(c.schema(), c.from()) + " to " + c.to();
    }

    @Override
    public String visit(Change.AddColumn c) {
        return "add column " + q(c.schema(), c.table(), c.column().name());
    }

    @Override
    public String visit(Change.DropColumn c) {
        return "drop column " + q(c.schema(), c.table(), c.column().name());
    }

    @Override
    public String visit(Change.RenameColumn c) {
        return "rename column " + q(c.schema(), c.table(), c.from()) + " to " + c.to();
    }

    @Override
    public String visit(Change.AlterColumn c) {
        return "alter column " + q(c.schema(), c.table(), c.to().name());
    }

    @Override
    public String visit(Change.AddPrimaryKey c) {
        return "add primary key " + q(c.schema(), c.table()) + " " + c.primaryKey().columns();
    }

    @Override
    public String visit(Change.DropPrimaryKey c) {
        return "drop primary key " + q(c.schema(), c.table());
    }

    @Override
    public String visit(Change.AddUnique c) {
        return "add unique " + q(c.schema(), c.table(), c.unique().name());
    }

    @Override
    public String visit(Change.DropUnique c) {
        return "drop unique " + q(c.schema(), c.table(), c.unique().name());
    }

    @Override
    public String visit(Change.AddForeignKey c) {
        return "add foreign key " + q(c.schema(), c.table(), c.foreignKey().name());
    }

    @Override
    public String visit(Change.DropForeignKey c) {
        return "drop foreign key " + q(c.schema(), c.table(), c.foreignKey().name());
    }

    @Override
    public String visit(Change.AddCheck c) {
        return "add check " + q(c.schema(), c.table(), c.check().name());
    }

    @Override
    public String visit(Change.DropCheck c) {
        return "drop check " + q(c.schema(), c.table(), c.check().name());
    }

    @Override
    public String visit(Change.AddExclusion c) {
        return "add exclusion " + q(c.schema(), c.table(), c.exclusion().name());
    }

    @Override
    public String visit(Change.DropExclusion c) {
        return "drop exclusion " + q(c.schema(), c.table(), c.exclusion().name());
    }

    @Override
    public String visit(Change.CreateIndex c) {
        return "create index " + q(c.schema(), c.table(), c.index().name());
    }

    @Override
    public String visit(Change.DropIndex c) {
        return "drop index " + q(c.schema(), c.table(), c.index().name());
    }

    @Override
    public String visit(Change.NamePartitionIndex c) {
        return "name partition index " + q(c.index().schema(), c.index().partition(), c.index().parentIndex())
                + " " + c.currentName() + " -> " + c.index().name();
    }

    @Override
    public String visit(Change.CreateView c) {
        return "create view " + q(c.view().schema(), c.view().name());
    }

    @Override
    public String visit(Change.DropView c) {
        return "drop view " + q(c.view().schema(), c.view().name());
    }

    @Override
    public String visit(Change.CreateRoutine c) {
        return "create routine " + q(c.routine().schema(), c.routine().signature());
    }

    @Override
    public String visit(Change.DropRoutine c) {
        return "drop routine " + q(c.routine().schema(), c.routine().signature());
    }

    @Override
    public String visit(Change.CreateTrigger c) {
        return "create trigger " + q(c.trigger().schema(), c.trigger().table(), c.trigger().name());
    }

    @Override
    public String visit(Change.DropTrigger c) {
        return "drop trigger " + q(c.trigger().schema(), c.trigger().table(), c.trigger().name());
    }

    @Override
    public String visit(Change.SetTableComment c) {
        return "comment on table " + q(c.schema(), c.table());
    }

    @Override
    public String visit(Change.SetColumnComment c) {
        return "comment on column " + q(c.schema(), c.table(), c.column());
    }

    @Override
    public String visit(Change.SetObjectComment c) {
        return "comment on " + c.target().kind().name().toLowerCase() + " " + q(c.target().schema(), c.target().table(), c.target().name());
    }

    @Override
    public String visit(Change.SetRowSecurity c) {
        return "row security " + q(c.schema(), c.table()) + " " + c.enabled() + " " + c.forced();
    }

    @Override
    public String visit(Change.CreatePolicy c) {
        return "create policy " + q(c.policy().schema(), c.policy().table(), c.policy().name());
    }

    @Override
    public String visit(Change.DropPolicy c) {
        return "drop policy " + q(c.policy().schema(), c.policy().table(), c.policy().name());
    }

    @Override
    public String visit(Change.CreateStatistics c) {
        ExtendedStatistics x = c.statistics();
        return "create statistics " + q(x.schema(), x.name()) + " " + x.kinds() + " on " + x.on() + " from "
                + q(x.tableSchema(), x.table()) + " target " + x.target() + " comment " + x.comment();
    }

    @Override
    public String visit(Change.DropStatistics c) {
        return "drop statistics " + q(c.statistics().schema(), c.statistics().name());
    }

    @Override
    public String visit(Change.AlterStatistics c) {
        return "alter statistics " + q(c.to().schema(), c.to().name()) + " target " + c.to().target() + " comment "
                + c.to().comment();
    }

    @Override
    public String visit(Change.CreateRangeType c) {
        return "create range type " + q(c.type().schema(), c.type().name()) + " " + c.type().subtype()
                + (c.type().subtypeDiff() == null ? "" : " diff " + c.type().subtypeDiff())
                + (c.type().comment() == null ? "" : " comment " + c.type().comment());
    }

    @Override
    public String visit(Change.DropRangeType c) {
        return "drop range type " + q(c.type().schema(), c.type().name());
    }

    @Override
    public String visit(Change.AlterRangeType c) {
        return "comment on range type " + q(c.to().schema(), c.to().name()) + " " + c.to().comment();
    }
}
