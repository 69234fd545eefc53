package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {
    @TempDir
    Path dir;

    private Optional<BatchJvm.Relaunch> relaunch(
            String[] args, List<String> options, String classPath, Map<String, String> env) {
        return BatchJvm.relaunch(args, options, classPath, "/usr/lib/jvm/17", "17.0.15+6", env);
    }

    private String jar() throws IOException {
        Path jar = dir.resolve("broadsheet.jar");
        Files.writeString(jar, "not really a jar");
        return jar.toString();
    }

    @Test
    void aBareJarBuildStartsAgainWithTheLaunchersBuildOptionsAndTheSameArguments() throws IOException {
        String jar = jar();
        List<String> command = relaunch(new String[] {"build", "--source", "my site"}, List.of(), jar, Map.of())
                .orElseThrow()
                .command();
        assertEquals("/usr/lib/jvm/17/bin/java", command.get(0));
        assertTrue(command.containsAll(BatchJvm.BUILD), command.toString());
        assertEquals(
                List.of("-cp", jar, "org.broadsheet.cli.Main", "build", "--source", "my site"),
                command.subList(command.size() - 6, command.size()));
        assertTrue(command.contains("-Dbroadsheet.relaunch=false"), "the second JVM does not start a third");
    }

    @Test
    void theFirstRunMakesAClassDataArchiveBesideTheJarAndLaterRunsMapIt() throws IOException {
        String jar = jar();
        BatchJvm.Relaunch first =
                relaunch(new String[] {"build"}, List.of(), jar, Map.of()).orElseThrow();
        assertNotNull(first.dump());
        assertTrue(
                first.command().contains("-XX:ArchiveClassesAtExit=" + first.dump()),
                first.command().toString());
        assertEquals(dir.resolve("broadsheet.jar-java17.0.15+6.jsa"), first.archive());
        assertFalse(first.dump().equals(first.archive()), "written under another name, renamed when whole");

        Files.writeString(first.archive(), "archive");
        BatchJvm.Relaunch later =
                relaunch(new String[] {"build"}, List.of(), jar, Map.of()).orElseThrow();
        assertNull(later.dump());
        assertTrue(
                later.command().contains("-XX:SharedArchiveFile=" + first.archive()),
                later.command().toString());

        Files.setLastModifiedTime(first.archive(), FileTime.fromMillis(0));
        assertNotNull(
                relaunch(new String[] {"build"}, List.of(), jar, Map.of())
                        .orElseThrow()
                        .dump(),
                "an archive older than the jar (rebuilt since) is made again");
    }

    @Test
    void extractGetsTheQuickCompilerOnly() throws IOException {
        List<String> command = relaunch(new String[] {"extract", "a.txt"}, List.of(), jar(), Map.of())
                .orElseThrow()
                .command();
        assertTrue(command.containsAll(BatchJvm.EXTRACT));
        assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
    }

    @Test
    void theJvmIsKeptWhenTheUserChoseItsOptionsOrTheCommandIsNotABatchOne() throws IOException {
        String jar = jar();
        String[] build = {"build"};
        assertTrue(relaunch(build, List.of("-Xmx8g"), jar, Map.of()).isEmpty(), "options given");
        assertTrue(
                relaunch(build, List.of(), jar, Map.of("BROADSHEET_JAVA_OPTS", ""))
                        .isEmpty(),
                "the launcher's variable set");
        assertTrue(relaunch(new String[] {"serve"}, List.of(), jar, Map.of()).isEmpty(), "serve");
        assertTrue(relaunch(new String[] {}, List.of(), jar, Map.of()).isEmpty(), "no command");
        assertTrue(relaunch(build, List.of(), "target/classes", Map.of()).isEmpty(), "not a jar (tests, IDEs)");
        assertTrue(
                relaunch(build, List.of(), jar + ":other.jar", Map.of()).isEmpty(), "a class path of several entries");
    }
}
