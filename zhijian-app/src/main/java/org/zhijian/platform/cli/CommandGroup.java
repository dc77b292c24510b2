package org.zhijian.platform.cli;

import picocli.CommandLine;

/** A top-level command that only groups subcommands: run alone, it prints its usage. */
public abstract class CommandGroup implements CliCommand, Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
