package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Span;
import org.junit.jupiter.api.Test;

/** A person or place links to its page at its first mention; later mentions are marked up but not linked. */
class FirstMentionLinksTest {
    private static final String TEXT = "Mira Osei visited Tarvik on Monday.\n"
            + "In Tarvik, Osei met traders.\n"
            + "Osei left Tarvik for Lunde, and Lunde was quiet.\n";

    private final ArticleLinks links = new ArticleLinks() {
        @Override
        public String personHref(String fullName) {
            return "people/" + fullName.toLowerCase().replace(' ', '-') + ".html";
        }

        @Override
        public String placeHref(String placeId) {
            return "places/" + placeId + ".html";
        }
    };

    private static List<Span> all(String part) {
        List<Span> out = new ArrayList<>();
        for (int i = TEXT.indexOf(part); i >= 0; i = TEXT.indexOf(part, i + 1)) {
            out.add(new Span(i, i + part.length(), part));
        }
        return out;
    }

    private static Extraction extraction() {
        List<PlaceMention> places = new ArrayList<>();
        for (String name : List.of("Tarvik", "Lunde")) {
            for (Span s : all(name)) {
                places.add(new PlaceMention(s.start(), s.end(), name, name, "NO", 60, 10, "city", name.toLowerCase()));
            }
        }
        List<Span> mentions = new ArrayList<>(all("Mira Osei"));
        all("Osei").stream().filter(s -> s.start() > mentions.get(0).end()).forEach(mentions::add);
        return new Extraction(List.of(), List.of(), places, List.of(new Person("Mira Osei", null, mentions)));
    }

    private static String render(boolean linkEveryMention) {
        return render(new ArticleParser(false, linkEveryMention));
    }

    private static String render(ArticleParser parser) {
        Document doc = parser.parsePlainText(TEXT);
        AnnotationInserter.insert(doc, extraction());
        return parser.render(doc, new FirstMentionLinksTest().links);
    }

    private static List<String> matches(String regex, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void onlyTheFirstMentionOfEachPersonAndPlaceLinks() {
        String html = render(false);
        assertEquals(
                List.of(
                        "<a class=\"person\" href=\"people/mira-osei.html\">Mira Osei</a>",
                        "<a class=\"place\" href=\"places/tarvik.html\">Tarvik</a>",
                        "<a class=\"place\" href=\"places/lunde.html\">Lunde</a>"),
                matches("<a [^>]*>[^<]*</a>", html),
                html);
        assertEquals(
                List.of(
                        "<span class=\"place\">Tarvik</span>",
                        "<span class=\"person\">Osei</span>",
                        "<span class=\"person\">Osei</span>",
                        "<span class=\"place\">Tarvik</span>",
                        "<span class=\"place\">Lunde</span>"),
                matches("<span class=\"(place|person)\">[^<]*</span>", html),
                html);
    }

    @Test
    void theSiteSettingLinksEveryMention() {
        String html = render(true);
        assertEquals(8, matches("<a class=\"(place|person)\" href=", html).size(), html);
        assertEquals(List.of(), matches("<span class=\"(place|person)\">", html), html);
    }

    @Test
    void eachDocumentRenderedByTheSameParserStartsAfresh() {
        ArticleParser shared = new ArticleParser(false);
        String first = render(shared);
        assertEquals(first, render(shared));
        assertEquals(3, matches("<a class=\"(place|person)\" href=", first).size(), first);
    }
}
