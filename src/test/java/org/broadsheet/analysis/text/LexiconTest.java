package org.broadsheet.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LexiconTest {
    private static final Path LEXICONS = Path.of("src/main/resources/lexicon");

    @Test
    void readsOneEntryALineAndDropsReasonsAndComments() {
        Lexicon abbreviations = Lexicon.load("abbreviations");
        assertTrue(abbreviations.contains("Mr"));
        assertTrue(abbreviations.contains("Calif"));
        assertFalse(abbreviations.contains("Mr."), "entries are written without their period");
        assertTrue(abbreviations.entries().stream().noneMatch(e -> e.startsWith("#") || e.isBlank()));
    }

    @Test
    void anEntryMayHoldSpacesAndTheReasonAfterItIsNoPartOfIt() {
        Lexicon endings = Lexicon.load("place-endings");
        assertTrue(endings.contains("Moines"), "the entry before its # reason");
        assertTrue(endings.entries().stream().noneMatch(e -> e.contains("#") || !e.equals(e.strip())));
    }

    @Test
    void aMissingLexiconFailsAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("no-such-list"));
        assertTrue(e.getMessage().contains("/lexicon/no-such-list.txt"));
    }

    @Test
    void lowerCasePlusAndMinusMakeNewLexiconsAndLeaveTheLoadedOneAlone() {
        Lexicon calendar = Lexicon.load("calendar-words");
        assertTrue(calendar.lowerCase().contains("monday"));
        assertFalse(calendar.contains("monday"));
        assertTrue(calendar.plus(Set.of("Fortnight")).contains("Fortnight"));
        assertFalse(calendar.minus(Set.of("Monday")).contains("Monday"));
        assertTrue(calendar.contains("Monday"));
        assertThrows(
                UnsupportedOperationException.class, () -> calendar.entries().add("Someday"));
    }

    /** Every file under lexicon/ opens with the reason for the list and holds each entry once. */
    @TestFactory
    Stream<DynamicTest> everyLexiconFileGivesItsReasonAndListsEachEntryOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(LEXICONS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() > 40, "the lexicons are found: " + files.size());
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    assertTrue(lines.get(0).startsWith("# "), "opens with a comment giving the reason");
                    Set<String> seen = new HashSet<>();
                    List<String> twice = new ArrayList<>();
                    for (String line : lines) {
                        int hash = line.indexOf('#');
                        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                        if (!entry.isEmpty() && !seen.add(entry)) {
                            twice.add(entry);
                        }
                    }
                    assertEquals(List.of(), twice, "entries listed twice");
                    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                    assertEquals(seen, Lexicon.load(name).entries());
                }));
    }
}
