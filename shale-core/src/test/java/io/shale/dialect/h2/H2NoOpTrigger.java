package io.shale.dialect.h2;

import java.sql.Connection;
import org.h2.api.Trigger;

/** A trigger class for H2 tests: H2 loads it when the trigger is created, and it does nothing. */
public class H2NoOpTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
    }
}
