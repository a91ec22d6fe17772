package io.shale.bench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic histories: the same seed and size always give the same SQL. About a
 * quarter of the migrations create a table, a quarter add a column, a quarter create an index and
 * a quarter insert a few rows, each on a table created earlier, the way a real history grows.
 */
public final class GeneratedWorkload {
    private static final long SEED = 20_261_122L;

    private GeneratedWorkload() {
    }

    public static Workload of(int size) {
        Random random = new Random(SEED);
        List<Table> tables = new ArrayList<>();
        List<Script> scripts = new ArrayList<>(size);
        for (int v = 1; v <= size; v++) {
            int kind = tables.isEmpty() ? 0 : random.nextInt(4);
            Table table = kind == 0 ? null : tables.get(random.nextInt(tables.size()));
            String slug;
            String sql;
            switch (kind) {
                case 0 -> {
                    Table created = new Table("t" + v, new ArrayList<>());
                    tables.add(created);
                    slug = "create_" + created.name;
                    sql = "CREATE TABLE " + created.name + " (\n"
                            + "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                            + "    name text NOT NULL,\n"
                            + "    created_at timestamptz NOT NULL DEFAULT now()\n"
                            + ");\n";
                }
                case 1 -> {
                    String column = "c" + v;
                    table.columns.add(column);
                    slug = "add_" + column + "_to_" + table.name;
                    sql = "ALTER TABLE " + table.name + " ADD COLUMN " + column + " integer NOT NULL DEFAULT " + v + ";\n";
                }
                case 2 -> {
                    String column = table.columns.isEmpty() ? "name" : table.columns.get(random.nextInt(table.columns.size()));
                    slug = "index_" + table.name + "_" + column;
                    sql = "CREATE INDEX i" + v + "_" + table.name + "_" + column + " ON " + table.name + " (" + column + ");\n";
                }
                default -> {
                    int rows = 1 + random.nextInt(3);
                    StringBuilder values = new StringBuilder();
                    for (int r = 0; r < rows; r++) {
                        values.append(r == 0 ? "" : ", ").append("('row ").append(v).append('.').append(r).append("')");
                    }
                    slug = "seed_" + table.name;
                    sql = "-- reference rows\nINSERT INTO " + table.name + " (name) VALUES " + values + ";\n";
                }
            }
            scripts.add(new Script(v, slug, sql, true));
        }
        return new Workload("generated-" + size, scripts);
    }

    private record Table(String name, List<String> columns) {
    }
}
