package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;
import org.broadsheet.model.Span;
import org.broadsheet.model.Timex;
import org.broadsheet.model.TimexType;
import org.junit.jupiter.api.Test;

/** Analysis spans become semantic HTML in the rendered body, for plain text and Markdown alike. */
class AnnotationInserterTest {
    private final ArticleParser parser = new ArticleParser(false);
    private final ArticleLinks links = new ArticleLinks() {
        @Override
        public String personHref(String fullName) {
            return "../../people/" + fullName.toLowerCase().replace(' ', '-') + ".html";
        }

        @Override
        public String placeHref(String placeId) {
            return "../../places/rawah.html";
        }
    };

    private static Span span(String text, String part, int from) {
        int start = text.indexOf(part, from);
        return new Span(start, start + part.length(), part);
    }

    private static Extraction extraction(String text) {
        Span quote = span(text, "“We will stay”", 0);
        Span he = span(text, "he", quote.end());
        Span ameri = span(text, "Hadi al-Ameri", 0);
        Span rawa = span(text, "Rawa", 0);
        Span monday = span(text, "Monday", 0);
        return new Extraction(
                List.of(new Quote(quote.start(), quote.end(), quote.text(), QuoteKind.DIRECT, "Hadi al-Ameri", he)),
                List.of(new Timex(monday.start(), monday.end(), "Monday", TimexType.DATE, "2017-11-20")),
                List.of(new PlaceMention(
                        rawa.start(), rawa.end(), "Rawa", "Rawah", "IQ", 34.47, 41.92, "city", "geonames:1")),
                List.of(new Person("Hadi al-Ameri", null, List.of(ameri))));
    }

    @Test
    void plainTextGetsQuoteTimePlaceAndPersonMarkup() {
        String text = "Hadi al-Ameri spoke in Rawa on Monday.\n“We will stay”, he said. <b>not bold</b> *not em*\n";
        Document doc = parser.parsePlainText(text);
        AnnotationInserter.insert(doc, extraction(text));
        String html = parser.render(doc, links);
        assertTrue(
                html.contains("<a class=\"person\" href=\"../../people/hadi-al-ameri.html\">Hadi al-Ameri</a>"), html);
        assertTrue(html.contains("<a class=\"place\" href=\"../../places/rawah.html\">Rawa</a>"), html);
        assertTrue(html.contains("<time datetime=\"2017-11-20\">Monday</time>"), html);
        assertTrue(html.contains("<q class=\"quote quote-direct\" title=\"Hadi al-Ameri\">“We will stay”</q>"), html);
        assertTrue(html.contains("&lt;b&gt;not bold&lt;/b&gt; *not em*"), html);
    }

    @Test
    void markdownKeepsEmphasisAndNeverNestsLinks() {
        String text = "**Hadi al-Ameri** spoke in [Rawa](https://example.org) on Monday.\n\n“We will stay”, he said.\n";
        Document doc = parser.parseMarkdown(text);
        AnnotationInserter.insert(doc, extraction(text));
        String html = parser.render(doc, links);
        assertTrue(html.contains("<strong><a class=\"person\""), html);
        assertTrue(html.contains("<a href=\"https://example.org\">Rawa</a>"), html);
        assertFalse(html.contains("places/rawah"), "a place inside a link must not become a nested link: " + html);
        assertTrue(html.contains("<q class=\"quote quote-direct\""), html);
    }

    @Test
    void quoteOverTwoParagraphsIsMarkedInBoth() {
        String text = "“We will stay.\n\n“And we will win,” he said.\n";
        int end = text.indexOf("win,”") + 5;
        Extraction e = new Extraction(
                List.of(new Quote(0, end, text.substring(0, end), QuoteKind.DIRECT, null, null)),
                List.of(),
                List.of(),
                List.of());
        Document doc = parser.parsePlainText(text);
        AnnotationInserter.insert(doc, e);
        String html = parser.render(doc, ArticleLinks.NONE);
        assertEquals(2, html.split("<q class=\"quote quote-direct\">", -1).length - 1, html);
    }

    @Test
    void quoteWrappedOverALineBreakIsOneQuote() {
        String text = "The mayor spoke. “Visitors ask where people\ncross the river,” Hadi al-Ameri said.\n";
        Span quote = span(text, "“Visitors ask where people\ncross the river,”", 0);
        Span ameri = span(text, "Hadi al-Ameri", 0);
        Extraction e = new Extraction(
                List.of(new Quote(quote.start(), quote.end(), quote.text(), QuoteKind.DIRECT, "Hadi al-Ameri", ameri)),
                List.of(),
                List.of(),
                List.of(new Person("Hadi al-Ameri", null, List.of(ameri))));
        Document doc = parser.parseMarkdown(text);
        AnnotationInserter.insert(doc, e);
        String html = parser.render(doc, links);
        assertEquals(1, html.split("<q ", -1).length - 1, html);
        assertTrue(
                html.contains("<q class=\"quote quote-direct\" title=\"Hadi al-Ameri\">“Visitors ask where people\n"
                        + "cross the river,”</q> <a class=\"person\""),
                html);
    }

    @Test
    void calendarValuesBecomeTimeElementsOthersDoNot() {
        String text = "It lasted three years.";
        Span d = span(text, "three years", 0);
        Document doc = parser.parsePlainText(text);
        AnnotationInserter.insert(
                doc,
                new Extraction(
                        List.of(),
                        List.of(new Timex(d.start(), d.end(), d.text(), TimexType.DURATION, "P3Y")),
                        List.of(),
                        List.of()));
        String html = parser.render(doc, ArticleLinks.NONE);
        assertFalse(html.contains("<time"), html);
        assertTrue(html.contains("data-value=\"P3Y\""), html);
    }
}
