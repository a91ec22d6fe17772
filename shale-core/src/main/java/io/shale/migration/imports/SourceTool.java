package io.shale.migration.imports;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The migration tools whose folders {@code shale import} converts, by the name the CLI takes. */
public enum SourceTool {
    FLYWAY("flyway"),
    LIQUIBASE("liquibase"),
    GOLANG_MIGRATE("golang-migrate"),
    DBMATE("dbmate"),
    DIESEL("diesel"),
    PRISMA("prisma"),
    /** Python revisions: converted by running Alembic itself (command.alembic), so it has no file reader. */
    ALEMBIC("alembic");

    private final String cliName;

    SourceTool(String cliName) {
        this.cliName = cliName;
    }

    /** The name written on the command line and in the {@code -- imported from} line of each file. */
    public String cliName() {
        return cliName;
    }

    /** @throws ShaleException USAGE for a name that is not one of the tools */
    public static SourceTool of(String name) {
        for (SourceTool t : values()) {
            if (t.cliName.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new ShaleException(ErrorCode.USAGE, "cannot import from '" + name + "'",
                "pass --from " + Arrays.stream(values()).map(SourceTool::cliName).collect(Collectors.joining("|")));
    }

    /** The reader for this tool's folder layout. */
    public ToolReader reader() {
        switch (this) {
            case FLYWAY:
                return new FlywayReader();
            case LIQUIBASE:
                return new LiquibaseSqlReader();
            case GOLANG_MIGRATE:
                return new GolangMigrateReader();
            case DBMATE:
                return new DbmateReader();
            case DIESEL:
                return new DieselReader();
            case PRISMA:
                return new PrismaReader();
            case ALEMBIC:
                throw new ShaleException(ErrorCode.USAGE, "alembic revisions are Python: they are converted by "
                        + "running Alembic, not by reading files", "use Shale#importAlembic (`shale import --from alembic DIR`)");
            default:
                throw new IllegalStateException("no reader for " + this);
        }
    }
}
