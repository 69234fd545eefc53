package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.model.PlaceMention;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the spec files under {@code specs/places/}. Each case is
 * <pre>
 * === name
 * text with every expected place marked as {words|EXPECT}
 * </pre>
 * EXPECT is a gazetteer id ("country:IQ", "admin1:US.TX", "region:europe") or a kind and a country code
 * ("city IQ"). The finder must report exactly the marked spans, resolved as marked, and nothing else.
 * A case names the rules it is about in brackets after its name ("=== streets [street-word-after]"); each
 * named rule must fire in the case, and every rule of the finder's tables must be named by a case that
 * fails when the rule is turned off.
 */
class PlaceSpecTest {
    private static final List<String> FILES = List.of("recognition.spec", "resolution.spec");
    private static final Pattern MARK = Pattern.compile("\\{([^|{}]+)\\|([^|{}]+)}");
    private final PlaceFinder finder = new PlaceFinder();

    private static final Pattern RULES = Pattern.compile("\\[([a-z:, -]+)]\\s*$");

    record Case(String name, String text, List<String> expected, List<String> forms, List<String> rules) {}

    @TestFactory
    Stream<DynamicContainer> specs() {
        return FILES.stream()
                .map(file -> DynamicContainer.dynamicContainer(
                        file, parse(read(file)).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
    }

    /** Every rule that rejects candidates is named by a case, and that case fails without the rule. */
    @TestFactory
    Stream<DynamicTest> everyRuleIsNeededByACaseThatNamesIt() {
        List<Case> all = FILES.stream().flatMap(f -> parse(read(f)).stream()).toList();
        return finder.ruleNames().stream()
                .map(rule -> DynamicTest.dynamicTest(rule, () -> {
                    List<Case> naming =
                            all.stream().filter(c -> c.rules().contains(rule)).toList();
                    assertFalse(naming.isEmpty(), "no spec case names the rule " + rule);
                    String off = rule.substring(rule.indexOf(':') + 1);
                    PlaceFinder without = new PlaceFinder(Gazetteer.get(), Set.of(off));
                    assertTrue(
                            naming.stream()
                                    .anyMatch(c -> !actual(without, c, Explanation.NONE)
                                            .equals(c.expected())),
                            "every case naming " + rule + " passes without it: "
                                    + naming.stream().map(Case::name).toList());
                }));
    }

    private void run(Case c) {
        Explanation why = Explanation.recording(Explanation.Level.ALL);
        assertEquals(c.expected(), actual(finder, c, why), c.text());
        for (String rule : c.rules()) {
            assertTrue(
                    why.steps().stream().anyMatch(s -> fired(s.rule(), rule)),
                    "the rule " + rule + " does not fire: " + why.steps());
        }
    }

    /**
     * Whether a recorded rule is the named one: "part-of-person-name:title-before" is recorded so, or, for a word
     * that rule made a name elsewhere, as "part-of-person-name:name-elsewhere:title-before".
     */
    private static boolean fired(String recorded, String named) {
        if (recorded.equals(named) || recorded.startsWith(named + ":")) {
            return true;
        }
        String[] parts = named.split(":");
        return parts.length == 2 && recorded.startsWith(parts[0] + ":") && recorded.endsWith(":" + parts[1]);
    }

    private static List<String> actual(PlaceFinder finder, Case c, Explanation why) {
        List<PlaceMention> found = finder.find(AnalysisText.ofPlainText(c.text(), null), List.of(), why);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            PlaceMention p = found.get(i);
            boolean byId = i < c.forms().size() ? c.forms().get(i).contains(":") : true;
            actual.add(
                    p.start() + "-" + p.end() + " " + p.text() + " " + (byId ? p.id() : p.kind() + " " + p.country()));
        }
        return actual;
    }

    static List<Case> parse(String spec) {
        List<Case> cases = new ArrayList<>();
        for (String part : spec.split("(?m)^=== ")) {
            if (part.isBlank() || part.startsWith("#")) {
                continue;
            }
            String[] lines = part.split("\n", -1);
            StringBuilder marked = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].startsWith("#")) {
                    marked.append(lines[i]).append('\n');
                }
            }
            String source = marked.toString().strip();
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            List<String> forms = new ArrayList<>();
            Matcher m = MARK.matcher(source);
            int last = 0;
            while (m.find()) {
                text.append(source, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                expected.add(start + "-" + text.length() + " " + m.group(1) + " " + m.group(2));
                forms.add(m.group(2));
                last = m.end();
            }
            text.append(source.substring(last));
            String name = lines[0].trim();
            List<String> rules = new ArrayList<>();
            Matcher named = RULES.matcher(name);
            if (named.find()) {
                for (String r : named.group(1).split(",")) {
                    rules.add(r.strip());
                }
                name = name.substring(0, named.start()).strip();
            }
            cases.add(new Case(name, text.toString(), expected, forms, List.copyOf(rules)));
        }
        return cases;
    }

    private static String read(String file) {
        try (InputStream in = PlaceSpecTest.class.getResourceAsStream("/specs/places/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing spec file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
