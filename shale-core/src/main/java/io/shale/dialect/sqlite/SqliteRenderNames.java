package io.shale.dialect.sqlite;

import io.shale.dialect.RenderSupport;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** SQLite identifiers: double-quoted unless plain lower case and not one of SQLite's keywords. */
public final class SqliteRenderNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /** The 147 keywords of SQLite 3.45 ({@code sqlite3_keyword_name}). */
    static final Set<String> KEYWORDS = RenderSupport.words("""
            abort action add after all alter always analyze and as asc attach autoincrement before begin between
            by cascade case cast check collate column commit conflict constraint create cross current current_date
            current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop
            each else end escape except exclude exclusive exists explain fail filter first following for foreign
            from full generated glob group groups having if ignore immediate in index indexed initially inner insert
            instead intersect into is isnull join key last left like limit match materialized natural no not
            nothing notnull null nulls of offset on or order others outer over partition plan pragma preceding
            primary query raise range recursive references regexp reindex release rename replace restrict returning
            right rollback row rows savepoint select set table temp temporary then ties to transaction trigger
            unbounded union unique update using vacuum values view virtual when where window with without
            """);

    private SqliteRenderNames() {
    }

    public static String ident(String name) {
        return RenderSupport.identifier(name, PLAIN, KEYWORDS, '"', '"');
    }

    static String columns(List<String> names) {
        return RenderSupport.parenthesised(names, SqliteRenderNames::ident);
    }
}
