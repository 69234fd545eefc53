package org.broadsheet.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Timex;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the spec files under {@code specs/dates/}. Each case is
 * <pre>
 * === name
 * dct: 2017-11-23            (or "dct: none" for an undated article)
 * text with every expected time expression marked as {text|TYPE|VALUE}
 * </pre>
 * The finder must report exactly the marked spans, with their types and values, and nothing else.
 */
class TimexSpecTest {
    private static final List<String> FILES = List.of(
            "absolute.spec",
            "deictic.spec",
            "anaphoric.spec",
            "durations-and-sets.spec",
            "clock-times.spec",
            "undated.spec",
            "not-time.spec");
    private static final Pattern MARK = Pattern.compile("\\{([^|{}]+)\\|([A-Z]+)\\|([^|{}]+)}");
    private final TimexFinder finder = new TimexFinder();

    record Case(String name, LocalDate dct, String text, List<String> expected) {}

    @TestFactory
    Stream<DynamicContainer> specs() {
        return FILES.stream()
                .map(file -> DynamicContainer.dynamicContainer(
                        file, parse(read(file)).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
    }

    private void run(Case c) {
        List<String> actual = new ArrayList<>();
        for (Timex t : finder.find(AnalysisText.ofPlainText(c.text(), c.dct()))) {
            actual.add(t.start() + "-" + t.end() + " " + t.text() + " " + t.type() + " " + t.value());
        }
        assertEquals(c.expected(), actual, c.text());
    }

    static List<Case> parse(String spec) {
        List<Case> cases = new ArrayList<>();
        String[] parts = spec.split("(?m)^=== ");
        for (String part : parts) {
            if (part.isBlank() || part.startsWith("#")) {
                continue;
            }
            String[] lines = part.split("\n", -1);
            String name = lines[0].trim();
            LocalDate dct = null;
            StringBuilder marked = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].startsWith("dct:")) {
                    String v = lines[i].substring(4).trim();
                    dct = v.equals("none") ? null : LocalDate.parse(v);
                } else if (!lines[i].startsWith("#")) {
                    marked.append(lines[i]).append('\n');
                }
            }
            String source = marked.toString().strip();
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            Matcher m = MARK.matcher(source);
            int last = 0;
            while (m.find()) {
                text.append(source, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                expected.add(start + "-" + text.length() + " " + m.group(1) + " " + m.group(2) + " " + m.group(3));
                last = m.end();
            }
            text.append(source.substring(last));
            cases.add(new Case(name, dct, text.toString(), expected));
        }
        return cases;
    }

    private static String read(String file) {
        try (InputStream in = TimexSpecTest.class.getResourceAsStream("/specs/dates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing spec file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
