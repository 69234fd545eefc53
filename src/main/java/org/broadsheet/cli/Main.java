package org.broadsheet.cli;

/** Entry point; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(BroadsheetCommand.commandLine().execute(args));
    }
}
