package org.broadsheet.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.analysis.people.PeopleFinder;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the quote spec files under {@code specs/quotes}: each case is an article body and the quotes
 * the finders must report, one line each: {@code kind | quote text | speaker | speaker mention}
 * ({@code -} for none).
 */
class QuoteSpecTest {
    private final PeopleFinder people = new PeopleFinder();
    private final QuoteFinder quotes = new QuoteFinder();

    @TestFactory
    Stream<DynamicTest> quoteSpecs() throws IOException, URISyntaxException {
        List<SpecCase> cases = loadSpecs("specs/quotes");
        assertFalse(cases.isEmpty(), "no spec cases found");
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    Explanation why = Explanation.recording(Explanation.Level.KEPT);
                    assertEquals(String.join("\n", c.expected()), actual(quotes, c, why), c.toString());
                    for (String rule : c.rules()) {
                        assertTrue(
                                why.steps().stream().anyMatch(s -> s.rule().equals(rule)),
                                "the rule " + rule + " does not fire: " + why.steps());
                    }
                }));
    }

    /** Every sieve and kind correction is named by a case, and that case fails without it. */
    @TestFactory
    Stream<DynamicTest> everyRuleIsNeededByACaseThatNamesIt() throws IOException, URISyntaxException {
        List<SpecCase> cases = loadSpecs("specs/quotes");
        return QuoteFinder.RULES.stream()
                .map(rule -> DynamicTest.dynamicTest(rule, () -> {
                    List<SpecCase> naming =
                            cases.stream().filter(c -> c.rules().contains(rule)).toList();
                    assertFalse(naming.isEmpty(), "no spec case names the rule " + rule);
                    QuoteFinder without = new QuoteFinder(java.util.Set.of(rule));
                    assertTrue(
                            naming.stream()
                                    .anyMatch(c -> !actual(without, c, Explanation.NONE)
                                            .equals(String.join("\n", c.expected()))),
                            "every case naming " + rule + " passes without it: " + naming);
                }));
    }

    private String actual(QuoteFinder finder, SpecCase c, Explanation why) {
        List<Person> persons = people.find(c.text());
        List<String> actual = new ArrayList<>();
        for (Quote q : finder.find(c.text(), persons, why)) {
            actual.add(q.kind().label() + " | " + q.text().replace("\n\n", " / ") + " | "
                    + orDash(q.speaker()) + " | "
                    + (q.speakerMention() == null ? "-" : q.speakerMention().text()));
        }
        return String.join("\n", actual);
    }

    static List<SpecCase> loadSpecs(String folder) throws IOException, URISyntaxException {
        Path dir =
                Path.of(QuoteSpecTest.class.getClassLoader().getResource(folder).toURI());
        List<SpecCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".spec")).sorted().toList()) {
                cases.addAll(SpecCase.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return cases;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
