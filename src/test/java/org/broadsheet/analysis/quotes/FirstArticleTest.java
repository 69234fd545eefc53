package org.broadsheet.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.people.PeopleFinder;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive's first article, read from the project's content folder as a .txt article is read:
 * exactly three attributed quotes, all Hadi al-Ameri's, and “caliphate” as a scare quote.
 */
class FirstArticleTest {
    private static final String ARTICLE = "content/000_90963fd85bcb9a33.txt";
    private static List<Person> people;
    private static List<Quote> quotes;

    @BeforeAll
    static void analyse() throws IOException {
        String body = Files.readString(locate(), StandardCharsets.UTF_8);
        AnalysisText text = AnalysisText.ofPlainText(body, null);
        PeopleFinder finder = new PeopleFinder();
        List<Person> candidates = finder.candidates(text);
        quotes = new QuoteFinder().find(text, candidates);
        people = finder.pages(candidates, quotes, new org.broadsheet.analysis.places.PlaceFinder()::isPlaceName);
    }

    /** The archive's first article as the project keeps it, byte for byte as given, in content/. */
    private static Path locate() {
        return Path.of(ARTICLE);
    }

    @Test
    void threeAttributedQuotesAllByAmeri() {
        List<Quote> attributed =
                quotes.stream().filter(q -> q.speaker() != null).toList();
        assertEquals(3, attributed.size(), attributed.toString());
        for (Quote q : attributed) {
            assertEquals("Hadi al-Ameri", q.speaker(), q.text());
            assertNotNull(q.speakerMention(), q.text());
        }
        assertEquals(
                List.of(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.DIRECT),
                attributed.stream().map(Quote::kind).toList());
        assertEquals("“one US soldier”", attributed.get(1).text());
        assertTrue(attributed.get(0).text().startsWith("“We will adopt a parliamentary decision"));
        assertTrue(attributed.get(2).text().startsWith("“As for the role of international intelligence"));
    }

    @Test
    void caliphateIsAScareQuoteWithoutSpeaker() {
        List<Quote> scare =
                quotes.stream().filter(q -> q.kind() == QuoteKind.SCARE).toList();
        assertEquals(1, scare.size(), scare.toString());
        assertEquals("“caliphate”", scare.get(0).text());
        assertEquals(null, scare.get(0).speaker());
        assertEquals(4, quotes.size(), quotes.toString());
    }

    @Test
    void exactlyAmeriAndAbadiHavePages() {
        assertEquals(
                List.of("Hadi al-Ameri", "Haider al-Abadi"),
                people.stream().map(Person::name).toList());
    }

    @Test
    void ameriAndAbadiArePeople() {
        List<String> names = people.stream().map(Person::name).toList();
        assertTrue(names.contains("Hadi al-Ameri"), names.toString());
        assertTrue(names.contains("Haider al-Abadi"), names.toString());
        Person abadi = people.stream()
                .filter(p -> p.name().equals("Haider al-Abadi"))
                .findFirst()
                .orElseThrow();
        assertEquals("Iraqi Prime Minister", abadi.role());
    }
}
