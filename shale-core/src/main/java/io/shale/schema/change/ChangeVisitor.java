package io.shale.schema.change;

/** One method per {@link Change}: a renderer or any other consumer handles every kind. */
public interface ChangeVisitor<R> {
    R visit(Change.CreateSchema change);

    R visit(Change.DropSchema change);

    R visit(Change.CreateExtension change);

    R visit(Change.DropExtension change);

    R visit(Change.CreateEnum change);

    R visit(Change.DropEnum change);

    R visit(Change.AddEnumValue change);

    R visit(Change.RecreateEnum change);

    R visit(Change.CreateCollation change);

    R visit(Change.DropCollation change);

    R visit(Change.AlterCollation change);

    R visit(Change.CreateCompositeType change);

    R visit(Change.DropCompositeType change);

    R visit(Change.AlterCompositeType change);

    R visit(Change.CreateRangeType change);

    R visit(Change.DropRangeType change);

    R visit(Change.AlterRangeType change);

    R visit(Change.CreateDomain change);

    R visit(Change.DropDomain change);

    R visit(Change.AlterDomain change);

    R visit(Change.CreateSequence change);

    R visit(Change.DropSequence change);

    R visit(Change.AlterSequence change);

    R visit(Change.CreateTable change);

    R visit(Change.DropTable change);

    R visit(Change.RenameTable change);

    R visit(Change.AddColumn change);

    R visit(Change.DropColumn change);

    R visit(Change.RenameColumn change);

    R visit(Change.AlterColumn change);

    R visit(Change.AddPrimaryKey change);

    R visit(Change.DropPrimaryKey change);

    R visit(Change.AddUnique change);

    R visit(Change.DropUnique change);

    R visit(Change.AddForeignKey change);

    R visit(Change.DropForeignKey change);

    R visit(Change.AddCheck change);

    R visit(Change.DropCheck change);

    R visit(Change.AddExclusion change);

    R visit(Change.DropExclusion change);

    R visit(Change.CreateIndex change);

    R visit(Change.DropIndex change);

    R visit(Change.NamePartitionIndex change);

    R visit(Change.CreateView change);

    R visit(Change.DropView change);

    R visit(Change.CreateRoutine change);

    R visit(Change.DropRoutine change);

    R visit(Change.CreateTrigger change);

    R visit(Change.DropTrigger change);

    R visit(Change.SetRowSecurity change);

    R visit(Change.CreatePolicy change);

    R visit(Change.DropPolicy change);

    R visit(Change.CreateStatistics change);

    R visit(Change.DropStatistics change);

    R visit(Change.AlterStatistics change);

    R visit(Change.SetTableComment change);

    R visit(Change.SetColumnComment change);

    R visit(Change.SetObjectComment change);

}
