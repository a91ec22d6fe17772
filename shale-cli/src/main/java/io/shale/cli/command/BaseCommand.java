package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.GlobalOptions;
import io.shale.cli.ShaleCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the process environment and the global options, merged along the command path. */
abstract class BaseCommand implements Callable<Integer> {
    protected final CliEnvironment env;

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions local;

    BaseCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The global options, those given after the command name winning over those given before it. */
    GlobalOptions options() {
        GlobalOptions merged = local;
        for (CommandSpec p = spec.parent(); p != null; p = p.parent()) {
            if (p.userObject() instanceof ShaleCommand top) {
                merged = top.global.mergeWith(merged);
            }
        }
        return merged;
    }

    PrintWriter out() {
        return env.out();
    }
}
