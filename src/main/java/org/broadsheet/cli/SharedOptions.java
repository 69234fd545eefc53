package org.broadsheet.cli;

import picocli.CommandLine.Option;

/** Options every subcommand has. */
final class SharedOptions {
    @Option(names = "--stacktrace", description = "Print the full stack trace of an internal error.")
    boolean stacktrace;
}
