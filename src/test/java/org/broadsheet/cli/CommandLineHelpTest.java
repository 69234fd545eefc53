package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and usage errors of the root command and every subcommand. */
class CommandLineHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "new", "extract"})
    void helpPrintsUsageAndExitsZero(String subcommand) {
        InlineSite.Run run = subcommand.isEmpty() ? InlineSite.run("--help") : InlineSite.run(subcommand, "--help");

        assertEquals(0, run.exit(), run.transcript());
        String usage = "Usage: broadsheet" + (subcommand.isEmpty() ? "" : " " + subcommand);
        assertTrue(run.out().contains(usage), run.transcript());
        assertTrue(run.out().contains("--help") && run.out().contains("--version"), run.transcript());
        assertTrue(run.out().contains("Examples:"), "help shows examples\n" + run.transcript());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "new", "extract"})
    void rootHelpListsEverySubcommand(String subcommand) {
        InlineSite.Run run = InlineSite.run("--help");

        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith(subcommand + " ")), run.transcript());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "new", "extract"})
    void versionPrintsTheNameAndExitsZero(String subcommand) {
        InlineSite.Run run =
                subcommand.isEmpty() ? InlineSite.run("--version") : InlineSite.run(subcommand, "--version");

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(run.out().startsWith("broadsheet "), run.transcript());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "new", "extract"})
    void unknownOptionIsAUsageErrorWithExitTwo(String subcommand) {
        // new needs its TITLE, so that a missing parameter does not hide the unknown option
        InlineSite.Run run = subcommand.isEmpty()
                ? InlineSite.run("--no-such-option")
                : subcommand.equals("new")
                        ? InlineSite.run("new", "--no-such-option", "A title")
                        : InlineSite.run(subcommand, "--no-such-option");

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("--no-such-option"), "the message names the option\n" + run.transcript());
        assertEquals("", run.out(), run.transcript());
    }

    @org.junit.jupiter.api.Test
    void noSubcommandIsAUsageError() {
        InlineSite.Run run = InlineSite.run();

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("Missing subcommand"), run.transcript());
    }
}
