package io.shale.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code shale.*} properties. Every one is optional: unset, the value comes from the project's
 * {@code shale.yaml} when one is found, else from Shale's defaults. A property that is set overrides
 * the file. Per data source settings ({@code shale.data-sources.<bean>.*}) override both.
 */
@ConfigurationProperties(prefix = "shale")
public class ShaleProperties {
    /** Whether Shale runs at start-up and its beans exist at all. */
    private boolean enabled = true;

    /**
     * The project's configuration file. Unset: {@code shale.yaml} (or {@code shale.yml}) in the working
     * directory, when there is one; a file named here must exist.
     */
    private Path configFile;

    /**
     * Where the migrations are: {@code classpath:db/migrations} (a folder or a jar on the class path,
     * fat jars included) or {@code filesystem:db/migrations} (a folder on disk). Unset: the file's
     * {@code migrations}, else {@code classpath:db/migrations}.
     */
    private String migrations;

    /** Check, migrate nothing: start-up fails when a migration is pending or the history disagrees with the files. */
    private boolean validateOnly = false;

    /** The environment this application runs in (the file's {@code environment}, else {@code development}). */
    private String environment;

    /** Environments where destructive commands refuse (the file's, else {@code production}). */
    private List<String> protectedEnvironments;

    /** How long to wait for another process's migration lock (the file's, else 60 s). */
    private Duration lockTimeout;

    /** Galera only: how long the migration lock's lease lives without a heartbeat (the file's, else 30 s). */
    private Duration lockLease;

    /** Galera only: how often the lease holder renews it (the file's, else 5 s). */
    private Duration lockHeartbeat;

    /**
     * How long one statement of a transactional migration may wait for a table lock before the migration is
     * rolled back and retried (the file's {@code lock-wait}, else 5 s; 0: no limit).
     */
    private Duration lockWait;

    /** How often a migration that timed out waiting for a table lock is retried (the file's, else 10). */
    private Integer lockRetries;

    /**
     * Bean names of the data sources Shale manages. Unset: those marked {@link ShaleDataSource}, else
     * the single (or primary) {@code DataSource}.
     */
    private List<String> dataSource;

    /** Settings for one data source, by bean name; they override the ones above for it. */
    private Map<String, DataSourceSettings> dataSources = new LinkedHashMap<>();

    /** What may differ between the data sources of one application. */
    public static class DataSourceSettings {
        /** Whether Shale runs on this data source. */
        private boolean enabled = true;
        /** This data source's migrations ({@code classpath:} or {@code filesystem:}). */
        private String migrations;
        /** Validate only, for this data source. Unset: {@code shale.validate-only}. */
        private Boolean validateOnly;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getMigrations() {
            return migrations;
        }

        public void setMigrations(String migrations) {
            this.migrations = migrations;
        }

        public Boolean getValidateOnly() {
            return validateOnly;
        }

        public void setValidateOnly(Boolean validateOnly) {
            this.validateOnly = validateOnly;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Path getConfigFile() {
        return configFile;
    }

    public void setConfigFile(Path configFile) {
        this.configFile = configFile;
    }

    public String getMigrations() {
        return migrations;
    }

    public void setMigrations(String migrations) {
        this.migrations = migrations;
    }

    public boolean isValidateOnly() {
        return validateOnly;
    }

    public void setValidateOnly(boolean validateOnly) {
        this.validateOnly = validateOnly;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public List<String> getProtectedEnvironments() {
        return protectedEnvironments;
    }

    public void setProtectedEnvironments(List<String> protectedEnvironments) {
        this.protectedEnvironments = protectedEnvironments;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getLockWait() {
        return lockWait;
    }

    public void setLockWait(Duration lockWait) {
        this.lockWait = lockWait;
    }

    public Integer getLockRetries() {
        return lockRetries;
    }

    public void setLockRetries(Integer lockRetries) {
        this.lockRetries = lockRetries;
    }

    public Duration getLockLease() {
        return lockLease;
    }

    public void setLockLease(Duration lockLease) {
        this.lockLease = lockLease;
    }

    public Duration getLockHeartbeat() {
        return lockHeartbeat;
    }

    public void setLockHeartbeat(Duration lockHeartbeat) {
        this.lockHeartbeat = lockHeartbeat;
    }

    public List<String> getDataSource() {
        return dataSource;
    }

    public void setDataSource(List<String> dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, DataSourceSettings> getDataSources() {
        return dataSources;
    }

    public void setDataSources(Map<String, DataSourceSettings> dataSources) {
        this.dataSources = dataSources;
    }

    /** The settings for one data source bean (defaults when none are configured). */
    DataSourceSettings forDataSource(String beanName) {
        return dataSources.getOrDefault(beanName, new DataSourceSettings());
    }
}
