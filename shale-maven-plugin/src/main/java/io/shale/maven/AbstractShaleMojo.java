package io.shale.maven;

import io.shale.config.ConfigRequest;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project's {@code shale.yaml} and {@code .env} read from the base
 * directory, overridden by {@code <configuration>} and then by {@code -Dshale.KEY=VALUE}, loaded
 * into one {@link Workspace} per goal; and the translation of a {@link ShaleException} into a failed
 * build whose message is what the CLI prints (no stack trace: a failure a user caused is not a bug).
 */
public abstract class AbstractShaleMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Where {@code shale.yaml} and {@code .env} are looked for; relative paths in them resolve against it. */
    @Parameter(property = "shale.directory", defaultValue = "${project.basedir}")
    protected File directory;

    /** The configuration file, instead of {@code shale.yaml} in {@link #directory}. */
    @Parameter(property = "shale.configFile")
    protected File configFile;

    /** Overrides {@code database.url}. */
    @Parameter
    protected String url;

    /** Overrides {@code database.user}. */
    @Parameter
    protected String user;

    /** Overrides {@code database.password}. */
    @Parameter
    protected String password;

    /** Overrides {@code migrations} (the folder, or {@code classpath:...}). */
    @Parameter
    protected String migrations;

    /** Overrides {@code environment}. */
    @Parameter
    protected String environment;

    /** Any other configuration key, by its dotted path ({@code <lock-timeout>30s</lock-timeout>}). */
    @Parameter
    protected Map<String, String> overrides;

    /** Skips the goal. */
    @Parameter(property = "shale.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Shale (shale.skip).");
            return;
        }
        try (Workspace workspace = load()) {
            run(workspace);
        } catch (ShaleException e) {
            throw new MojoFailureException(Failures.describe(e), e);
        }
    }

    /** Runs the command on the loaded workspace, printing the CLI's lines through {@link #say}. */
    protected abstract void run(Workspace workspace) throws MojoFailureException;

    /**
     * The project as the CLI would see it started in {@link #directory}, with the overrides, the
     * compiled classes on the JPA models' class path, and this plugin's class loader for plug-ins.
     */
    private Workspace load() {
        Path base = directory.toPath().toAbsolutePath();
        Map<String, String> keys = ConfigOverrides.of(url, user, password, migrations, environment, overrides,
                session.getUserProperties());
        ConfigRequest request = new ConfigRequest(base, null, configFile == null ? null : configFile.toPath(),
                System.getenv(), keys);
        request = ModelsClassPath.complete(request, compileClassPath());
        return Workspace.load(request, getClass().getClassLoader());
    }

    /** The project's compiled classes and compile dependencies; empty where Maven did not resolve them. */
    private List<String> compileClassPath() {
        try {
            return project.getCompileClasspathElements();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            return List.of();
        }
    }

    /** One line of output, as the CLI prints it on stdout. */
    protected void say(String line) {
        for (String part : line.split("\n", -1)) {
            getLog().info(part);
        }
    }

    /** A warning the CLI prints on stderr as {@code WARNING: ...}. */
    protected void warn(String line) {
        getLog().warn(line);
    }

    /** A path as the user would write it: relative to {@link #directory} where possible. */
    protected String relative(Path p) {
        try {
            return directory.toPath().toAbsolutePath().relativize(p.toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }
}
