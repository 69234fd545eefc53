package org.broadsheet.cli;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/** Entry point; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // serve, new and --version never relaunch, so they never load the management classes either
        if (!BatchJvm.optionsFor(args).isEmpty() && !"false".equals(System.getProperty("broadsheet.relaunch"))) {
            Optional<BatchJvm.Relaunch> again = BatchJvm.relaunch(
                    args,
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path"),
                    System.getProperty("java.home"),
                    Runtime.version().toString(),
                    System.getenv());
            if (again.isPresent()) {
                int status = BatchJvm.run(again.get());
                if (status >= 0) {
                    System.exit(status);
                }
                // the JVM could not be started again: go on in this one
            }
        }
        System.exit(BroadsheetCommand.commandLine().execute(args));
    }
}
