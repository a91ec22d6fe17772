package io.shale.spring;

import io.shale.Shale;
import io.shale.command.history.StatusCommand;
import io.shale.command.history.ValidateCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Runs Shale on every managed data source when it is initialized. Boot's database-initialization
 * ordering ({@link ShaleDatabaseInitializerDetector}) makes JPA's entity manager factory, {@code JdbcTemplate}
 * and jOOQ's {@code DSLContext} wait for this bean, as they wait for Flyway's initializer.
 */
public class ShaleMigrationInitializer implements InitializingBean, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(ShaleMigrationInitializer.class);
    private static final Set<String> SAFE_DDL_AUTO = Set.of("none", "validate");

    private final ShaleTargets targets;
    private final ShaleMigrationStrategy strategy;
    private final Environment environment;

    /**
     * @param strategy the application's strategy, or null for the default (upgrade, or validate-only)
     */
    public ShaleMigrationInitializer(ShaleTargets targets, ShaleMigrationStrategy strategy, Environment environment) {
        this.targets = targets;
        this.strategy = strategy;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        warnAboutHibernateDdl();
        for (Map.Entry<String, ShaleTargets.Target> entry : targets.all().entrySet()) {
            ShaleTargets.Target target = entry.getValue();
            if (strategy != null) {
                strategy.migrate(entry.getKey(), target.shale());
            } else if (target.validateOnly()) {
                requireUpToDate(entry.getKey(), target.shale());
            } else {
                target.shale().upgrade();
            }
        }
    }

    @Override
    public int getOrder() {
        return 0;
    }

    /**
     * The validate-only action: the files and the history agree and nothing is pending.
     *
     * @throws ShaleException VALIDATION_FAILED naming the first problem or the pending files
     */
    public static void requireUpToDate(String dataSourceName, Shale shale) {
        ValidateCommand.Result validation = shale.validate();
        if (!validation.ok()) {
            ValidateCommand.Problem first = validation.problems().stream()
                    .filter(p -> p.severity() == ValidateCommand.Severity.ERROR).findFirst().orElseThrow();
            throw new ShaleException(ErrorCode.VALIDATION_FAILED,
                    "data source '" + dataSourceName + "' does not match its migrations: " + first.message()
                            + " (" + first.code() + ")",
                    first.hint());
        }
        StatusCommand.Result status = shale.status();
        if (status.count(MigrationState.PENDING) > 0) {
            String pending = status.entries().stream().filter(e -> e.state() == MigrationState.PENDING)
                    .map(Reconciliation.Entry::script).collect(Collectors.joining(", "));
            throw new ShaleException(ErrorCode.VALIDATION_FAILED,
                    "data source '" + dataSourceName + "' (" + status.database().describe() + ") is at version "
                            + status.currentVersion() + " and " + status.count(MigrationState.PENDING)
                            + " migration(s) are pending: " + pending + "; shale.validate-only is set, so none is applied",
                    "run the migrations first (the migration job, or `shale upgrade`), or set shale.validate-only=false "
                            + "to let the application apply them at start-up");
        }
    }

    /** Hibernate creating or updating tables behind Shale's back would make the history lie: say so. */
    private void warnAboutHibernateDdl() {
        if (!ClassUtils.isPresent("org.hibernate.SessionFactory", getClass().getClassLoader())) {
            return;
        }
        for (String key : new String[] {"spring.jpa.hibernate.ddl-auto", "spring.jpa.properties.hibernate.hbm2ddl.auto"}) {
            String value = environment.getProperty(key);
            if (value != null && !SAFE_DDL_AUTO.contains(value.trim().toLowerCase(Locale.ROOT))) {
                LOG.warn("{}={} while Shale manages the schema: Hibernate will change tables that Shale's migrations "
                        + "own, and the history will not show it. Set {}=validate (or none).", key, value, key);
            }
        }
    }
}
