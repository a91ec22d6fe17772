package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.output.FleetMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code shale fleet}: tools for runs split over machines ({@code --shard K/N}). */
@Command(name = "fleet", description = "Tools for fleet runs split into shards: merge their JSON reports.",
        subcommands = {FleetCli.Merge.class})
public final class FleetCli implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: shale fleet merge FILES...");
    }

    @Command(name = "merge", description = {"Merge the --json reports of a fleet command's shards into one report",
            "on stdout; exit 1 when any target failed."})
    public static final class Merge implements Callable<Integer> {
        private final CliEnvironment env;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "The shards' JSON reports.")
        List<Path> files;

        public Merge(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            FleetMerge.Merged merged = FleetMerge.merge(files.stream().map(f -> env.workingDirectory().resolve(f))
                    .toList());
            FleetMerge.write(env.out(), merged);
            return merged.failed() > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }
}
