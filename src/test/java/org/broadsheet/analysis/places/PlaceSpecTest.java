package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.analysis.AnalysisText;
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
 */
class PlaceSpecTest {
    private static final List<String> FILES = List.of("recognition.spec", "resolution.spec");
    private static final Pattern MARK = Pattern.compile("\\{([^|{}]+)\\|([^|{}]+)}");
    private final PlaceFinder finder = new PlaceFinder();

    record Case(String name, String text, List<String> expected, List<String> forms) {}

    @TestFactory
    Stream<DynamicContainer> specs() {
        return FILES.stream()
                .map(file -> DynamicContainer.dynamicContainer(
                        file, parse(read(file)).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
    }

    private void run(Case c) {
        List<PlaceMention> found = finder.find(AnalysisText.ofPlainText(c.text(), null), List.of());
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            PlaceMention p = found.get(i);
            boolean byId = i < c.forms().size() ? c.forms().get(i).contains(":") : true;
            actual.add(
                    p.start() + "-" + p.end() + " " + p.text() + " " + (byId ? p.id() : p.kind() + " " + p.country()));
        }
        assertEquals(c.expected(), actual, c.text());
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
            cases.add(new Case(lines[0].trim(), text.toString(), expected, forms));
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
