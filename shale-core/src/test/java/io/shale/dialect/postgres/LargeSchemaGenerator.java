package io.shale.dialect.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * DDL for a large schema: {@code tables} tables of 8 columns each, with a primary key, an index and
 * a foreign key to the previous table (the first to itself). Statements are grouped into batches
 * of several statements separated by {@code ;} to keep the round trips few.
 */
final class LargeSchemaGenerator {
    static final int COLUMNS_PER_TABLE = 8;

    private LargeSchemaGenerator() {
    }

    static String tableName(int i) {
        return String.format("t%04d", i);
    }

    static List<String> batches(int tables, int perBatch) {
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            String name = tableName(i);
            String parent = tableName(Math.max(1, i - 1));
            batch.append("CREATE TABLE ").append(name).append(" (")
                    .append("id bigint PRIMARY KEY, ")
                    .append("parent_id bigint REFERENCES ").append(parent).append(" (id) ON DELETE CASCADE, ")
                    .append("name character varying(100) NOT NULL, ")
                    .append("code text, ")
                    .append("amount numeric(10,2) DEFAULT 0 NOT NULL, ")
                    .append("created_at timestamp with time zone DEFAULT now() NOT NULL, ")
                    .append("flag boolean, ")
                    .append("note text);\n")
                    .append("CREATE INDEX ").append(name).append("_name_idx ON ").append(name).append(" (name);\n");
            if (i % perBatch == 0 || i == tables) {
                batches.add(batch.toString());
                batch.setLength(0);
            }
        }
        return batches;
    }
}
