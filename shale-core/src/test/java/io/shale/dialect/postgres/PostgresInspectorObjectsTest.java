package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Collation;
import io.shale.schema.CompositeType;
import io.shale.schema.Domain;
import io.shale.schema.EnumType;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.RangeType;
import io.shale.schema.Extension;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Trigger;
import io.shale.schema.View;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresInspectorObjectsTest {
    private TestDatabase db;
    private Catalog catalog;

    @BeforeAll
    void buildAndInspect() throws Exception {
        db = TestDatabases.create(Engine.POSTGRES);
        RichPostgresSchema.build(db);
        try (Connection connection = db.connect()) {
            catalog = new PostgresInspector().inspect(connection,
                    List.of("public", "billing", "pg_catalog", "information_schema", "missing"), name -> false);
        }
    }

    @AfterAll
    void drop() {
        db.close();
    }

    @Test
    void schemas_areTheRequestedExistingNonSystemOnes_sortedWithComments() {
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly("billing", "public");
        assertThat(catalog.schema("billing").orElseThrow().comment()).isEqualTo("money");
    }

    @Test
    void enums_listLabelsInSortOrder() {
        assertThat(publicSchema().enums()).containsExactly(new EnumType("public", "mood", List.of("sad", "meh", "ok", "happy")));
    }

    @Test
    void sequences_leaveOutIdentitySequencesAndNameTheSerialOwner() {
        assertThat(publicSchema().sequences()).containsExactly(
                new Sequence("public", "invoice_numbers", "integer", 1000, 5, 1000, 999999, true, null),
                new Sequence("public", "orders_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, false, "orders.id"));
    }

    @Test
    void views_carryDefinitionDependenciesCommentAndMaterialization() {
        List<View> views = publicSchema().views();
        assertThat(views).extracting(View::name).containsExactly("active_user_orders", "active_users", "order_counts");
        assertThat(views.get(0).dependsOn()).containsExactly("public.active_users", "public.orders");
        assertThat(views.get(1).definition()).contains("FROM users").contains("WHERE balance > 0::numeric");
        assertThat(views.get(1).comment()).isEqualTo("with money");
        assertThat(views.get(1).materialized()).isFalse();
        assertThat(views.get(2).materialized()).isTrue();
        assertThat(views.get(2).dependsOn()).containsExactly("public.orders");
    }

    @Test
    void materializedViewIndexes_areModelledOnTheView() {
        View counts = publicSchema().views().get(2);
        assertThat(counts.indexes()).extracting(io.shale.schema.Index::definition)
                .containsExactly("CREATE INDEX order_counts_user_idx ON public.order_counts USING btree (user_id)");
        assertThat(publicSchema().views().get(1).indexes()).isEmpty();
    }

    @Test
    void routines_includeFunctionsAndProceduresButNotExtensionOnesOrAggregates() {
        assertThat(publicSchema().routines()).extracting(Routine::signature).containsExactly(
                "normalize_email(e text)", "normalize_email(e text, strict boolean)", "on_ddl()", "orders_audit()",
                "touch_user(IN uid bigint)");
        assertThat(publicSchema().routines().get(0).definition())
                .startsWith("CREATE OR REPLACE FUNCTION public.normalize_email(e text)")
                .contains("SELECT lower(trim(e))");
    }

    @Test
    void triggers_areTheUserOnesWithTheirDefinition() {
        assertThat(publicSchema().triggers()).containsExactly(new Trigger("public", "orders", "orders_audit_trg",
                "CREATE TRIGGER orders_audit_trg BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW"
                        + " EXECUTE FUNCTION orders_audit()"));
    }

    @Test
    void extensions_leaveOutPlpgsql() {
        assertThat(catalog.extensions()).containsExactly(new Extension("citext", "public", "1.6"));
    }

    @Test
    void unsupported_namesEveryObjectThatCannotBeModelled() {
        assertThat(catalog.unsupported()).containsExactly(
                "aggregate public.text_concat(text)",
                "event trigger ddl_watch",
                "foreign table public.remote_things",
                "rule users_no_delete on public.users");
    }

    @Test
    void domains_areModelledWithTheirChecks() {
        assertThat(publicSchema().domains()).containsExactly(new Domain("public", "positive_int", "integer", null, null,
                false, List.of(new CheckConstraint("positive_int_check", "(VALUE > 0)")), null));
    }

    @Test
    void collations_areModelledWithTheirProviderLocaleAndComment() {
        assertThat(publicSchema().collations()).containsExactly(new Collation("public", "ci", "icu", "und-u-ks-level2",
                null, null, false, null, "case-insensitive"));
        assertThat(catalog.schema("billing").orElseThrow().collations()).containsExactly(new Collation("billing",
                "sorted", "libc", null, "C", "POSIX", true, null, null));
    }

    @Test
    void compositeTypes_areModelledWithTheirAttributesInOrderAndComment() {
        assertThat(publicSchema().compositeTypes()).containsExactly(new CompositeType("public", "money_pair", List.of(
                new CompositeType.Attribute("amount", "numeric(12,2)", null),
                new CompositeType.Attribute("currency", "text", "C"),
                new CompositeType.Attribute("history", "billing.money_pair_part[]", null)), "an amount in a currency"));
        assertThat(catalog.schema("billing").orElseThrow().compositeTypes()).containsExactly(new CompositeType("billing",
                "money_pair_part", List.of(new CompositeType.Attribute("cents", "bigint", null)), null));
    }

    @Test
    void extendedStatistics_areModelledWithKindsColumnsExpressionsTargetAndComment() {
        assertThat(publicSchema().statistics()).containsExactly(new ExtendedStatistics("public", "users_names", "public",
                "users", List.of("ndistinct", "mcv"), "email, lower(name)", 250, "who is who"));
        assertThat(catalog.schema("billing").orElseThrow().statistics()).containsExactly(new ExtendedStatistics(
                "billing", "invoice_orders", "billing", "invoices", List.of(), "order_id, number", null, null));
    }

    @Test
    void rangeTypes_areModelledWithTheirOptionsOtherThanTheDefaultsAndComment() {
        assertThat(publicSchema().rangeTypes()).containsExactly(new RangeType("public", "name_range", "text",
                "pg_catalog.text_pattern_ops", "C", null, null, "name_spans", "names from to"));
        assertThat(catalog.schema("billing").orElseThrow().rangeTypes()).containsExactly(new RangeType("billing",
                "cents_range", "double precision", null, null, null, "pg_catalog.float8mi", null, null));
    }

    @Test
    void rowLevelSecurityAndPolicies_areModelled() {
        assertThat(catalog.table("public", "orders").orElseThrow().rowSecurity()).isTrue();
        assertThat(catalog.table("public", "orders").orElseThrow().forceRowSecurity()).isFalse();
        assertThat(catalog.table("public", "users").orElseThrow().rowSecurity()).isFalse();
        assertThat(publicSchema().policies()).containsExactly(new io.shale.schema.Policy("public", "orders", "own_orders",
                true, "ALL", List.of("public"), "(user_id = 1)", null));
    }

    @Test
    void unloggedTables_areModelled() {
        assertThat(catalog.table("public", "scratch").orElseThrow().unlogged()).isTrue();
        assertThat(catalog.table("public", "orders").orElseThrow().unlogged()).isFalse();
    }

    @Test
    void skippedTables_takeTheirConstraintsIndexesTriggersOwnedSequencesAndUnsupportedLinesWithThem() throws Exception {
        Catalog skipped;
        try (Connection connection = db.connect()) {
            skipped = new PostgresInspector().inspect(connection, List.of("public"),
                    name -> name.equals("orders") || name.startsWith("events"));
        }
        Schema schema = skipped.schema("public").orElseThrow();
        assertThat(schema.tables()).extracting(io.shale.schema.Table::name).containsExactly("scratch", "users");
        assertThat(schema.triggers()).isEmpty();
        assertThat(schema.sequences()).extracting(Sequence::name).containsExactly("invoice_numbers");
        assertThat(skipped.unsupported()).noneMatch(line -> line.endsWith("public.orders"));
    }

    @Test
    void noSchemas_meansTheCurrentSchema() throws Exception {
        try (Connection connection = db.connect()) {
            Catalog current = new PostgresInspector().inspect(connection, List.of(), name -> false);
            assertThat(current.schemas()).extracting(Schema::name).containsExactly("public");
            assertThat(current.schema("public")).isEqualTo(catalog.schema("public"));
        }
    }

    private Schema publicSchema() {
        return catalog.schema("public").orElseThrow();
    }
}
