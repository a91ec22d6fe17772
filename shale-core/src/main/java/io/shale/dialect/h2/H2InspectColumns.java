package io.shale.dialect.h2;

import io.shale.dialect.h2.H2InspectQuery.Name;
import io.shale.dialect.h2.H2InspectTypes.TypeInfo;
import io.shale.schema.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns of every table of the inspected schemas with three queries: COLUMNS,
 * ELEMENT_TYPES (array elements) and ENUM_VALUES. Views' columns come back too and are simply not
 * asked for. {@code REMARKS} is the comment; H2 has no per-column collation, so it is always null.
 */
final class H2InspectColumns {

    /** A column's type-bearing descriptor, keyed as ELEMENT_TYPES and ENUM_VALUES refer to it. */
    private record Descriptor(String schema, String table, String dtd) {
    }

    private record Element(Descriptor descriptor, TypeInfo type) {
    }

    private record EnumValue(Descriptor descriptor, String value) {
    }

    private record ColumnAt(Name table, int position, Column column) {
    }

    private H2InspectColumns() {
    }

    /** Columns by table, each list in ordinal order. */
    static Map<Name, List<Column>> read(Connection connection, List<String> schemas) throws SQLException {
        Map<Descriptor, TypeInfo> elements = new HashMap<>();
        for (Element element : H2InspectQuery.list(connection, "SELECT OBJECT_SCHEMA, OBJECT_NAME,"
                + " COLLECTION_TYPE_IDENTIFIER, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DECLARED_NUMERIC_PRECISION,"
                + " DECLARED_NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE FROM INFORMATION_SCHEMA.ELEMENT_TYPES"
                + " WHERE OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA IN (%s)", schemas,
                r -> new Element(new Descriptor(r.getString(1), r.getString(2), r.getString(3)), type(r)))) {
            elements.put(element.descriptor(), element.type());
        }
        Map<Descriptor, List<String>> enums = new HashMap<>();
        for (EnumValue value : H2InspectQuery.list(connection, "SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER,"
                + " VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA IN (%s)"
                + " ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL", schemas,
                r -> new EnumValue(new Descriptor(r.getString(1), r.getString(2), r.getString(3)), r.getString(4)))) {
            enums.computeIfAbsent(value.descriptor(), d -> new ArrayList<>()).add(value.value());
        }
        Map<Name, List<ColumnAt>> byTable = new LinkedHashMap<>();
        for (ColumnAt row : H2InspectQuery.list(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,"
                + " ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
                + " DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE,"
                + " DOMAIN_SCHEMA, DOMAIN_NAME, DTD_IDENTIFIER, MAXIMUM_CARDINALITY, IS_IDENTITY, IDENTITY_GENERATION,"
                + " IDENTITY_START, IDENTITY_INCREMENT, IS_GENERATED, GENERATION_EXPRESSION, REMARKS"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN (%s)", schemas,
                r -> column(r, elements, enums))) {
            byTable.computeIfAbsent(row.table(), n -> new ArrayList<>()).add(row);
        }
        Map<Name, List<Column>> columns = new HashMap<>();
        byTable.forEach((table, rows) -> columns.put(table, rows.stream()
                .sorted(Comparator.comparingInt(ColumnAt::position)).map(ColumnAt::column).toList()));
        return columns;
    }

    private static ColumnAt column(ResultSet r, Map<Descriptor, TypeInfo> elements,
                                   Map<Descriptor, List<String>> enums) throws SQLException {
        Descriptor descriptor = new Descriptor(r.getString("TABLE_SCHEMA"), r.getString("TABLE_NAME"),
                r.getString("DTD_IDENTIFIER"));
        Column.Identity identity = "YES".equals(r.getString("IS_IDENTITY"))
                ? new Column.Identity("ALWAYS".equals(r.getString("IDENTITY_GENERATION")),
                        r.getLong("IDENTITY_START"), r.getLong("IDENTITY_INCREMENT"))
                : null;
        String generated = "ALWAYS".equals(r.getString("IS_GENERATED")) ? r.getString("GENERATION_EXPRESSION") : null;
        Column column = new Column(r.getString("COLUMN_NAME"),
                H2InspectTypes.columnType(type(r), elements.get(descriptor), H2InspectQuery.integer(r,
                        "MAXIMUM_CARDINALITY"), r.getString("DOMAIN_SCHEMA"), r.getString("DOMAIN_NAME"),
                        enums.getOrDefault(descriptor, List.of())),
                "YES".equals(r.getString("IS_NULLABLE")), r.getString("COLUMN_DEFAULT"), identity, generated, null,
                r.getString("REMARKS"));
        return new ColumnAt(new Name(descriptor.schema(), descriptor.table()), r.getInt("ORDINAL_POSITION"), column);
    }

    private static TypeInfo type(ResultSet r) throws SQLException {
        return new TypeInfo(r.getString("DATA_TYPE"), H2InspectQuery.number(r, "CHARACTER_MAXIMUM_LENGTH"),
                H2InspectQuery.integer(r, "DECLARED_NUMERIC_PRECISION"), H2InspectQuery.integer(r,
                "DECLARED_NUMERIC_SCALE"), H2InspectQuery.integer(r, "DATETIME_PRECISION"), r.getString("INTERVAL_TYPE"));
    }
}
