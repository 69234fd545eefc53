package org.broadsheet.cli;

import picocli.CommandLine;

/** Prints one line per failure; the stack trace only with {@code --stacktrace}. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean trace = parsed.hasMatchedOption("--stacktrace")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--stacktrace"));
        if (trace) {
            ex.printStackTrace(cl.getErr());
        } else {
            cl.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        }
        return ex instanceof BroadsheetException b ? b.exitCode() : 1;
    }
}
