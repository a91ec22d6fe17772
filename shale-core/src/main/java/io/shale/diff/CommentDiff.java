package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Schema;
import io.shale.schema.ObjectComment;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Comments on indexes and constraints, set after everything is created (end of step 5). A comment is
 * written when it is new or changed, and again when its object is created or recreated by the plan
 * (the database drops a comment with its object). A comment that goes is removed only where its
 * object stays; one whose object is dropped goes with it.
 */
final class CommentDiff {
    private final PlanBuilder plan;

    CommentDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    void diff(Catalog from, Catalog to) {
        Map<String, ObjectComment> before = index(from);
        Map<String, ObjectComment> after = index(to);
        after.forEach((key, comment) -> {
            ObjectComment current = before.get(key);
            if (current == null || !current.comment().equals(comment.comment()) || createdByPlan(comment)) {
                plan.add(Phase.OBJECT_COMMENT, new Change.SetObjectComment(comment, comment.comment()));
            }
        });
        before.forEach((key, comment) -> {
            if (!after.containsKey(key) && exists(to, comment) && !createdByPlan(comment)) {
                plan.add(Phase.OBJECT_COMMENT, new Change.SetObjectComment(comment, null));
            }
        });
    }

    private boolean createdByPlan(ObjectComment o) {
        return plan.has(change -> o.name().equals(createdName(change, o)));
    }

    /** The name of the index or constraint {@code change} creates on {@code o}'s table (every one, for a new table or view). */
    private static String createdName(Change change, ObjectComment o) {
        if (change instanceof Change.CreateTable c && same(o, c.table().schema(), c.table().name())) {
            return o.name();
        } else if (change instanceof Change.CreateView c && same(o, c.view().schema(), c.view().name())) {
            return o.name();
        } else if (change instanceof Change.CreateIndex c && same(o, c.schema(), c.table())) {
            return c.index().name();
        } else if (change instanceof Change.AddPrimaryKey c && same(o, c.schema(), c.table())) {
            return c.primaryKey().name();
        } else if (change instanceof Change.AddUnique c && same(o, c.schema(), c.table())) {
            return c.unique().name();
        } else if (change instanceof Change.AddForeignKey c && same(o, c.schema(), c.table())) {
            return c.foreignKey().name();
        } else if (change instanceof Change.AddCheck c && same(o, c.schema(), c.table())) {
            return c.check().name();
        } else if (change instanceof Change.AddExclusion c && same(o, c.schema(), c.table())) {
            return c.exclusion().name();
        }
        return null;
    }

    private static boolean same(ObjectComment o, String schema, String table) {
        return Objects.equals(o.schema(), schema) && o.table().equals(table);
    }

    /** Whether {@code catalog} has the commented object (an index is also the one behind a key). */
    private static boolean exists(Catalog catalog, ObjectComment o) {
        List<String> names = new ArrayList<>();
        catalog.schema(o.schema()).ifPresent(s -> s.views().stream()
                .filter(v -> v.name().equals(o.table())).forEach(v -> v.indexes().forEach(i -> names.add(i.name()))));
        Table table = catalog.table(o.schema(), o.table()).orElse(null);
        if (table != null) {
            if (table.primaryKey() != null) {
                names.add(table.primaryKey().name());
            }
            table.uniques().forEach(u -> names.add(u.name()));
            table.exclusions().forEach(x -> names.add(x.name()));
            if (o.kind() == ObjectComment.Kind.INDEX) {
                table.indexes().forEach(i -> names.add(i.name()));
            } else {
                table.foreignKeys().forEach(f -> names.add(f.name()));
                table.checks().forEach(c -> names.add(c.name()));
            }
        }
        return names.contains(o.name());
    }

    private static Map<String, ObjectComment> index(Catalog catalog) {
        return Names.index(catalog, Schema::comments,
                o -> String.join("\u0000", String.valueOf(o.schema()), o.kind().name(), o.table(), o.name()));
    }
}
