package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Span;
import org.junit.jupiter.api.Test;

class PlaceFinderInputsTest {
    private final PlaceFinder finder = new PlaceFinder();

    private List<PlaceMention> find(String text) {
        return finder.find(AnalysisText.ofPlainText(text, null), List.of());
    }

    @Test
    void oddTextsGiveNoPlacesAndNoErrors() {
        for (String text : List.of("", " ", "’s", "St.", "D-", ", 57,", "...", "W.Va.", "—", "\n\n", "a-", "U.S")) {
            assertTrue(find(text).isEmpty(), "places in " + text);
        }
    }

    @Test
    void spansPointIntoTheBody() {
        String text = "Talks moved from Baghdad’s Green Zone to Erbil, Iraq, and then to Paris.";
        for (PlaceMention p : find(text)) {
            assertEquals(text.substring(p.start(), p.end()), p.text());
        }
    }

    @Test
    void aPersonFromThePeopleFinderIsNotAPlace() {
        String text = "Lincoln spoke to voters in Omaha.";
        List<Person> people = List.of(new Person("Abraham Lincoln", null, List.of(new Span(0, 7, "Lincoln"))));
        List<PlaceMention> places = finder.find(AnalysisText.ofPlainText(text, null), people);
        assertEquals(List.of("Omaha"), places.stream().map(PlaceMention::text).toList());
    }

    @Test
    void anOrganisationTheFinderTookForAPersonKeepsItsPlace() {
        String text = "The Ohio Arts Council met in Ohio, where the Ohio Arts Council awards grants.";
        List<Person> people = List.of(new Person(
                "Ohio Arts Council",
                null,
                List.of(new Span(4, 21, "Ohio Arts Council"), new Span(45, 62, "Ohio Arts Council"))));
        List<PlaceMention> places = finder.find(AnalysisText.ofPlainText(text, null), people);
        assertEquals(
                List.of(4, 29, 45), places.stream().map(PlaceMention::start).toList());
    }

    @Test
    void aFirstWordAloneOrAWholeNameThatIsAPlaceIsNoPersonsMention() {
        String text = "Toledo won again. Fans in Glen Cove cheered.";
        List<Person> people = List.of(
                new Person("Toledo GM Sherry Bassin", null, List.of(new Span(0, 6, "Toledo"))),
                new Person("Glen Cove", null, List.of(new Span(26, 35, "Glen Cove"))));
        List<PlaceMention> places = finder.find(AnalysisText.ofPlainText(text, null), people);
        assertEquals(
                List.of("Toledo", "Glen Cove"),
                places.stream().map(PlaceMention::text).toList());
    }

    @Test
    void aRoadTheFinderTookForAPersonHidesNoPlace() {
        String text = "The A40 Oxford junction closed. Traffic in Oxford was slow.";
        List<Person> people = List.of(
                new Person("A40 Oxford", null, List.of(new Span(4, 14, "A40 Oxford"), new Span(43, 49, "Oxford"))));
        List<PlaceMention> places = finder.find(AnalysisText.ofPlainText(text, null), people);
        assertEquals(
                List.of("Oxford", "Oxford"),
                places.stream().map(PlaceMention::text).toList());
    }

    @Test
    void aPlaceBeforeADateIsNoPersonsName() {
        String text = "The mission will arrive in Nairobi April 4 for talks.";
        List<Person> people = List.of(new Person("Nairobi April", null, List.of(new Span(27, 40, "Nairobi April"))));
        List<PlaceMention> places = finder.find(AnalysisText.ofPlainText(text, null), people);
        assertEquals(List.of("Nairobi"), places.stream().map(PlaceMention::text).toList());
    }

    @Test
    void aPersonWithAnOrdinaryWordAsSurnameStaysAPerson() {
        String text = "George Bush spoke in Austin.";
        List<Person> people = List.of(new Person("George Bush", null, List.of(new Span(0, 11, "George Bush"))));
        List<PlaceMention> places = finder.find(AnalysisText.ofPlainText(text, null), people);
        assertEquals(List.of("Austin"), places.stream().map(PlaceMention::text).toList());
    }

    @Test
    void oneFinderServesManyThreads() throws Exception {
        String text = "Fighters left Rawa, near the border with Syria, for Mosul in Iraq.";
        List<PlaceMention> expected = find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<PlaceMention>>> results =
                    pool.invokeAll(java.util.Collections.nCopies(32, () -> find(text)));
            for (Future<List<PlaceMention>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(4, expected.size());
    }
}
