package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchJvmTest {
    private static final String JAR = "/opt/broadsheet/broadsheet.jar";

    @Test
    void aBareJarBuildStartsAgainWithTheLaunchersBuildOptionsAndTheSameArguments() {
        List<String> command = BatchJvm.relaunch(
                        new String[] {"build", "--source", "my site"}, List.of(), JAR, "/usr/lib/jvm/17", Map.of())
                .orElseThrow();
        assertEquals("/usr/lib/jvm/17/bin/java", command.get(0));
        assertTrue(command.containsAll(BatchJvm.BUILD), command.toString());
        assertEquals(
                List.of("-cp", JAR, "org.broadsheet.cli.Main", "build", "--source", "my site"),
                command.subList(command.size() - 6, command.size()));
        assertTrue(command.contains("-Dbroadsheet.relaunch=false"), "the second JVM does not start a third");
    }

    @Test
    void extractGetsTheQuickCompilerOnly() {
        List<String> command = BatchJvm.relaunch(new String[] {"extract", "a.txt"}, List.of(), JAR, "/j", Map.of())
                .orElseThrow();
        assertTrue(command.containsAll(BatchJvm.EXTRACT));
        assertTrue(!command.contains("-XX:+UseSerialGC"), command.toString());
    }

    @Test
    void theJvmIsKeptWhenTheUserChoseItsOptionsOrTheCommandIsNotABatchOne() {
        String[] build = {"build"};
        assertTrue(
                BatchJvm.relaunch(build, List.of("-Xmx8g"), JAR, "/j", Map.of()).isEmpty(), "options given");
        assertTrue(
                BatchJvm.relaunch(build, List.of(), JAR, "/j", Map.of("BROADSHEET_JAVA_OPTS", ""))
                        .isEmpty(),
                "the launcher's variable set");
        assertTrue(
                BatchJvm.relaunch(new String[] {"serve"}, List.of(), JAR, "/j", Map.of())
                        .isEmpty(),
                "serve");
        assertTrue(
                BatchJvm.relaunch(new String[] {}, List.of(), JAR, "/j", Map.of())
                        .isEmpty(),
                "no command");
        assertTrue(
                BatchJvm.relaunch(build, List.of(), "target/classes", "/j", Map.of())
                        .isEmpty(),
                "not a jar (tests, IDEs)");
        assertTrue(
                BatchJvm.relaunch(build, List.of(), JAR + ":other.jar", "/j", Map.of())
                        .isEmpty(),
                "a class path of several entries");
    }
}
