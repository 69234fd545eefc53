package org.broadsheet.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.people.PeopleFinder;
import org.broadsheet.model.Quote;
import org.junit.jupiter.api.Test;

/** Odd input never breaks the finders, and one instance gives the same answers from many threads. */
class QuoteFinderRobustnessTest {
    private final PeopleFinder people = new PeopleFinder();
    private final QuoteFinder quotes = new QuoteFinder();

    private List<Quote> find(String body) {
        AnalysisText text = AnalysisText.ofPlainText(body, null);
        return quotes.find(text, people.find(text));
    }

    @Test
    void emptyAndMarkOnlyTextsGiveSpansInsideTheText() {
        assertEquals(List.of(), find(""));
        assertEquals(List.of(), find("\n\n  \n"));
        for (String body : List.of(
                "“",
                "”",
                "\"",
                "''",
                "“”",
                "He said “",
                "« »",
                "„",
                "‘’",
                "' ' '",
                "“a\n\n“b\n\n“c",
                "said said said “x” said",
                "— ― “—”",
                "Mr. Mr. Mr. “Mr.”")) {
            for (Quote q : find(body)) {
                assertTrue(q.start() >= 0 && q.end() <= body.length() && q.start() < q.end(), body + " -> " + q);
                assertEquals(body.substring(q.start(), q.end()), q.text(), body);
                if (q.speakerMention() != null) {
                    assertEquals(
                            body.substring(
                                    q.speakerMention().start(),
                                    q.speakerMention().end()),
                            q.speakerMention().text(),
                            body);
                }
            }
        }
    }

    @Test
    void anUnclosedQuoteAtTheEndOfTheArticleEndsThere() {
        String body = "Senator Jane Smith spoke.\n\n“We will never give up";
        List<Quote> found = find(body);
        assertEquals(1, found.size(), found.toString());
        assertEquals(body.length(), found.get(0).end());
        assertEquals("Jane Smith", found.get(0).speaker());
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameAnswers() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bodies.add("Senator Jane Smith" + i + " met President Maria Lopez.\n\n“We agreed,” she said. " + "Smith" + i
                    + " said the deal was “a good start.”\n\n“It was a disaster,” said Paul Novak.");
        }
        List<String> expected = new ArrayList<>();
        for (String b : bodies) {
            expected.add(find(b).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String b : bodies) {
                    results.add(pool.submit(() -> find(b).toString()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % bodies.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
