package io.shale.dialect.mysql;

import io.shale.dialect.SnapshotSql;
import io.shale.dialect.DataOperations;
import io.shale.dialect.data.SequenceValue;
import java.util.List;

/** MySQL/MariaDB: backslashes escape in strings; AUTO_INCREMENT is a table option. */
final class MySqlSnapshotSql implements SnapshotSql {

    @Override
    public String string(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public List<String> restore(SequenceValue value, DataOperations ops) {
        return List.of("ALTER TABLE " + ops.quote(value.sequence()) + " AUTO_INCREMENT = " + value.next());
    }
}
