package org.broadsheet.site;

/** With BROADSHEET_TRACE set, prints when each stage of a build ended and the CPU used so far (benchmarks). */
final class BuildTrace {
    private static final boolean ON = System.getenv("BROADSHEET_TRACE") != null;

    private BuildTrace() {}

    static void stage(String stage, long started) {
        if (ON) {
            long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000
                    : -1;
            System.err.printf(
                    "trace: %s done at %d ms (%d ms of cpu since the JVM started)%n",
                    stage, (System.nanoTime() - started) / 1_000_000, cpu);
        }
    }
}
