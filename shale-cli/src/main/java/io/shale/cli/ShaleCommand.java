package io.shale.cli;

import io.shale.cli.command.AdoptCli;
import io.shale.cli.command.BaselineCli;
import io.shale.cli.command.CheckCli;
import io.shale.cli.command.ClearCli;
import io.shale.cli.command.DevCommand;
import io.shale.cli.command.DiffCli;
import io.shale.cli.command.DowngradeCli;
import io.shale.cli.command.FleetCli;
import io.shale.cli.command.GenerateCli;
import io.shale.cli.command.HashCli;
import io.shale.cli.command.HistoryCli;
import io.shale.cli.command.ImportCli;
import io.shale.cli.command.InitCli;
import io.shale.cli.command.LintCli;
import io.shale.cli.command.NewCli;
import io.shale.cli.command.PurgeCli;
import io.shale.cli.command.RebaseCli;
import io.shale.cli.command.RepairCli;
import io.shale.cli.command.ResetCli;
import io.shale.cli.command.SeedCli;
import io.shale.cli.command.SquashCli;
import io.shale.cli.command.StampCli;
import io.shale.cli.command.StatusCli;
import io.shale.cli.command.UpgradeCli;
import io.shale.cli.command.ValidateCli;
import io.shale.cli.command.VerifyCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code shale} command: global options and the list of subcommands. */
@Command(name = "shale", mixinStandardHelpOptions = true, version = "shale 0.1.0",
        description = "Database migrations and lifecycle for the JVM.",
        subcommands = {InitCli.class, NewCli.class, UpgradeCli.class, DowngradeCli.class, StatusCli.class,
                HistoryCli.class, ValidateCli.class, StampCli.class, RepairCli.class, HashCli.class,
                GenerateCli.class, DiffCli.class, CheckCli.class, VerifyCli.class, ClearCli.class, ResetCli.class, SeedCli.class,
                PurgeCli.class, SquashCli.class, LintCli.class, RebaseCli.class, ImportCli.class, AdoptCli.class, BaselineCli.class,
                DevCommand.class, FleetCli.class},
        footer = {"", "Exit codes: 0 ok, 1 check failed, 2 usage, 3 config, 4 files, 5 connection, 6 state,",
                "7 migration failed, 8 lock timeout, 9 refused, 10 unproven, 70 internal. See README.md."})
public final class ShaleCommand implements Runnable {
    @Mixin
    public GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. `shale upgrade`");
    }
}
