package org.broadsheet.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.quotes.QuoteFinder;
import org.broadsheet.model.Quote;
import org.broadsheet.model.TimelineEvent;
import org.junit.jupiter.api.Test;

class TimelineEventsTest {
    private final TimexFinder finder = new TimexFinder();

    private List<TimelineEvent> timeline(String body, LocalDate dct) {
        AnalysisText text = AnalysisText.ofPlainText(body, dct);
        return TimelineEvents.of(text, finder.find(text));
    }

    @Test
    void calendarDatesInDateOrderWithTheirSentences() {
        String body = "Troops are now leaving the country.\n"
                + "On Nov. 17, Iraqi forces liberated the town of Rawa. The group emerged in 2014.\n"
                + "Forces launched a vast operation on October 17 to retake the city.";
        List<TimelineEvent> events = timeline(body, LocalDate.of(2017, 11, 23));
        assertEquals(
                List.of("2014", "2017-10-17", "2017-11-17"),
                events.stream().map(TimelineEvent::value).toList());
        assertEquals("The group emerged in 2014.", events.get(0).sentence());
        assertEquals(
                "Forces launched a vast operation on October 17 to retake the city.",
                events.get(1).sentence());
        assertEquals(
                "On Nov. 17, Iraqi forces liberated the town of Rawa.",
                events.get(2).sentence());
    }

    @Test
    void undatedArticleKeepsUnknownYears() {
        String body = "On November 17 they took the town. Two days later, the army took the border.";
        List<TimelineEvent> events = timeline(body, null);
        assertEquals(
                List.of("XXXX-11-17", "XXXX-11-19"),
                events.stream().map(TimelineEvent::value).toList());
        assertEquals("Two days later, the army took the border.", events.get(1).sentence());
    }

    @Test
    void datelineAndVagueReferencesAreNotEvents() {
        String body = "BAGHDAD, Nov. 23 (Reuters) - Officials said the road had been closed for three days and "
                + "would open every week. The bridge fell on Nov. 20.";
        List<TimelineEvent> events = timeline(body, LocalDate.of(2017, 11, 23));
        assertEquals(
                List.of("2017-11-20"), events.stream().map(TimelineEvent::value).toList());
        assertEquals("The bridge fell on Nov. 20.", events.get(0).sentence());
    }

    @Test
    void longSentencesAreShortenedAtWordsAroundTheDate() {
        String filler = "the commanders of several brigades and their political allies in the provincial councils ";
        String body = "After " + filler + filler + "met again, they agreed on March 3, 2016 to " + filler + filler
                + "withdraw from the valley.";
        TimelineEvent e = timeline(body, LocalDate.of(2017, 11, 23)).get(0);
        assertEquals("2016-03-03", e.value());
        assertTrue(e.sentence().length() <= TimelineEvents.MAX_SENTENCE, e.sentence());
        assertTrue(e.sentence().contains("March 3, 2016"), e.sentence());
        assertTrue(e.sentence().startsWith("\u2026 ") && e.sentence().endsWith(" \u2026"), e.sentence());
        String inner = e.sentence().substring(2, e.sentence().length() - 2);
        assertTrue(body.contains(inner), "cut at word boundaries: " + inner);
    }

    @Test
    void whatPeopleAreQuotedAsSayingIsNoEvent() {
        String body = "\u201cWe will reopen the school on Friday,\u201d the principal said.\n"
                + "\u201cThe road is open again,\u201d the mayor said on Monday.\n"
                + "Crews cleared the last of the debris from the bridge on Sunday.";
        AnalysisText text = AnalysisText.ofPlainText(body, LocalDate.of(2019, 3, 6));
        List<Quote> quotes = new QuoteFinder().find(text, List.of());
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(3, TimelineEvents.of(text, finder.find(text)).size(), "three dates in all");
        List<TimelineEvent> events = TimelineEvents.of(text, finder.find(text), quotes);
        assertEquals(
                List.of("2019-03-03"), events.stream().map(TimelineEvent::value).toList());
        assertEquals(
                "Crews cleared the last of the debris from the bridge on Sunday.",
                events.get(0).sentence());
    }
}
