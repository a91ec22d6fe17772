package io.shale.dialect.postgres;

import io.shale.dialect.RenderSupport;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL identifiers and literals: quoted only when {@code quote_ident} would quote them. */
public final class PostgresRenderNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Every keyword that is not "unreserved" ({@code pg_get_keywords()} catcode R, T or C), as of PostgreSQL 17. */
    static final Set<String> KEYWORDS = RenderSupport.words("""
            all analyse analyze and any array as asc asymmetric both case cast check collate column constraint
            create current_catalog current_date current_role current_time current_timestamp current_user default
            deferrable desc distinct do else end except false fetch for foreign from grant group having in
            initially intersect into lateral leading limit localtime localtimestamp not null offset on only or
            order placing primary references returning select session_user some symmetric system_user table then
            to trailing true union unique user using variadic when where window with
            authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join
            left like natural notnull outer overlaps right similar tablesample verbose
            between bigint bit boolean char character coalesce dec decimal exists extract float greatest grouping
            inout int integer interval json json_array json_arrayagg json_exists json_object json_objectagg
            json_query json_scalar json_serialize json_table json_value least merge_action national nchar none
            normalize nullif numeric out overlay position precision real row setof smallint substring time
            timestamp treat trim values varchar xmlattributes xmlconcat xmlelement xmlexists xmlforest
            xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
            """);

    private PostgresRenderNames() {
    }

    public static String ident(String name) {
        return RenderSupport.identifier(name, PLAIN, KEYWORDS, '"', '"');
    }

    /** {@code schema.name}, or the bare name when the schema is null. */
    public static String qualified(String schema, String name) {
        return schema == null ? ident(name) : ident(schema) + "." + ident(name);
    }

    /**
     * A collation as the inspector reads it: a {@code pg_catalog} one by its bare name, quoted when
     * needed ({@code "C"}); any other already quoted and qualified ({@code "public"."numeric"}).
     */
    static String collation(String name) {
        return name.startsWith("\"") ? name : ident(name);
    }

    static String columns(List<String> names) {
        return RenderSupport.parenthesised(names, PostgresRenderNames::ident);
    }
}
