package io.shale.command.adopt;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.Locale;

/** The tools whose history {@code shale adopt} takes over, and the table each keeps it in by default. */
public enum AdoptTool {
    FLYWAY("flyway", "flyway_schema_history"),
    LIQUIBASE("liquibase", "databasechangelog"),
    ALEMBIC("alembic", "alembic_version");

    private final String cliName;
    private final String defaultTable;

    AdoptTool(String cliName, String defaultTable) {
        this.cliName = cliName;
        this.defaultTable = defaultTable;
    }

    public String cliName() {
        return cliName;
    }

    public String defaultTable() {
        return defaultTable;
    }

    /** @throws ShaleException USAGE for another name */
    public static AdoptTool of(String name) {
        for (AdoptTool t : values()) {
            if (t.cliName.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new ShaleException(ErrorCode.USAGE, "cannot adopt a database from '" + name + "'",
                "pass --from flyway, --from liquibase or --from alembic");
    }
}
