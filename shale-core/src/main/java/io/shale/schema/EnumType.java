package io.shale.schema;

import java.util.List;

/** A PostgreSQL enum type, values in their declared order. MySQL enums are column types. */
public record EnumType(String schema, String name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
