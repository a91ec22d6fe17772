package io.shale.lint;

import java.util.List;

/** An {@code ALTER TABLE name action, action...} statement. */
record AlterTable(QName table, List<Action> actions) {
    AlterTable {
        actions = List.copyOf(actions);
    }
}
