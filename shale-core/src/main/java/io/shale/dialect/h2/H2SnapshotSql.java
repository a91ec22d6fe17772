package io.shale.dialect.h2;

import io.shale.dialect.SnapshotSql;
import io.shale.dialect.DataOperations;
import io.shale.dialect.data.SequenceValue;
import java.util.List;

/** H2: identity columns restart through {@code ALTER COLUMN}, sequences through {@code ALTER SEQUENCE}. */
final class H2SnapshotSql implements SnapshotSql {

    @Override
    public List<String> restore(SequenceValue value, DataOperations ops) {
        if (value.table() != null) {
            String column = value.sequence().substring(value.table().length() + 1);
            return List.of("ALTER TABLE " + ops.quote(value.table()) + " ALTER COLUMN " + ops.quote(column)
                    + " RESTART WITH " + value.next());
        }
        return List.of("ALTER SEQUENCE " + ops.quote(value.sequence()) + " RESTART WITH " + value.next());
    }
}
