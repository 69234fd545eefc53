package org.broadsheet.analysis.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.model.Person;
import org.broadsheet.model.Span;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the spec files under {@code specs/people}: each case is a plain-text article ({@code ===}
 * name, body, {@code --- people}) and the people found, one line each:
 * {@code name | role | mention; mention; ...} ({@code -} for no role): the people the whole analysis reports,
 * that is, those who get a person page.
 */
class PeopleSpecTest {
    private final Analyzer analyzer = new Analyzer();

    @TestFactory
    Stream<DynamicTest> peopleSpecs() throws IOException, URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        Path dir =
                Path.of(getClass().getClassLoader().getResource("specs/people").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".spec")).sorted().toList()) {
                String content = Files.readString(f, StandardCharsets.UTF_8);
                for (String part : content.split("(?m)^=== ")) {
                    if (part.isBlank() || part.startsWith("#")) {
                        continue;
                    }
                    String name = part.substring(0, part.indexOf('\n')).strip();
                    String body = part.substring(part.indexOf('\n') + 1, part.indexOf("\n--- people"));
                    String expected =
                            part.substring(part.indexOf("\n--- people") + 11).strip();
                    tests.add(DynamicTest.dynamicTest(
                            f.getFileName() + ": " + name,
                            () -> assertEquals(
                                    expected,
                                    describe(analyzer.analyze(AnalysisText.ofPlainText(body, null))
                                            .people()),
                                    name)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no spec cases found");
        return tests.stream();
    }

    private static String describe(List<Person> people) {
        List<String> lines = new ArrayList<>();
        for (Person p : people) {
            List<String> mentions = new ArrayList<>();
            for (Span m : p.mentions()) {
                mentions.add(m.text());
            }
            lines.add(p.name() + " | " + (p.role() == null ? "-" : p.role()) + " | " + String.join("; ", mentions));
        }
        return String.join("\n", lines);
    }
}
