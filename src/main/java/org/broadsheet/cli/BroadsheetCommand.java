package org.broadsheet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "broadsheet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "A static site generator for news archives that reads its articles.",
        description = "Turns a folder of news articles into a static website with quote, people, place and "
                + "timeline pages. Run a subcommand with --help for its options.",
        subcommands = {
            BuildCommand.class,
            ServeCommand.class,
            NewCommand.class,
            ExtractCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  broadsheet build",
            "  broadsheet extract content/000_90963fd85bcb9a33.txt",
            "  broadsheet new \"Floods close the coast road\""
        })
public final class BroadsheetCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** The configured command line: used by {@link Main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BroadsheetCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
