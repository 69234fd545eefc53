package org.broadsheet.analysis.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;
import org.broadsheet.model.TimelineEvent;
import org.broadsheet.model.Timex;
import org.broadsheet.model.TimexType;

/**
 * The dated events an article reports, for its "Timeline" section: every DATE with a calendar value
 * (2017-11-17, 2017-11, 2014, or XXXX-11-17 in an undated article) with the sentence that carries it,
 * in date order. Vague references (PRESENT_REF), durations, sets and the dateline are left out.
 *
 * <p>Events come from the narrative, not from what people are quoted as saying. Two rules:
 * <ul>
 *   <li>{@code quoted date}: a date inside a quotation is the speaker's, not the reporter's
 *       (“We will reopen on Friday,” she said).</li>
 *   <li>{@code quote sentence}: a sentence that is a third or more direct or block quotation is a quote,
 *       even when the date lies outside the marks (“The road is open,” he said on Monday).</li>
 * </ul>
 */
public final class TimelineEvents {
    /** Longest sentence shown, in characters. */
    static final int MAX_SENTENCE = 200;

    private TimelineEvents() {}

    /** The events of a text without quotations. */
    public static List<TimelineEvent> of(AnalysisText text, List<Timex> timexes) {
        return of(text, timexes, List.of());
    }

    /** The events of a text whose quotations are {@code quotes}. */
    public static List<TimelineEvent> of(AnalysisText text, List<Timex> timexes, List<Quote> quotes) {
        String body = text.text();
        Optional<Dateline> dateline = Dateline.find(body);
        int datelineEnd = dateline.map(Dateline::end).orElse(0);
        List<Keyed> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Timex t : timexes) {
            CalendarValue calendar = CalendarValue.parse(t.value());
            if (t.type() != TimexType.DATE || calendar == null || t.start() < datelineEnd) {
                continue;
            }
            int[] block = blockOf(text, t.start(), t.end());
            if (insideQuote(t, quotes)) {
                continue;
            }
            int[] sentence = Sentences.around(body, t.start(), t.end(), Math.max(block[0], datelineEnd), block[1]);
            if (mostlyQuoted(sentence, quotes)) {
                continue;
            }
            String shown = Sentences.shortened(body, sentence[0], sentence[1], t.start(), t.end(), MAX_SENTENCE);
            if (seen.add(t.value() + "\n" + shown)) {
                events.add(new Keyed(calendar, new TimelineEvent(t.value(), t.start(), t.end(), shown)));
            }
        }
        events.sort(
                Comparator.comparingInt((Keyed k) -> k.calendar.year() == null ? Integer.MAX_VALUE : k.calendar.year())
                        .thenComparingInt(k -> k.calendar.month() == null ? 0 : k.calendar.month())
                        .thenComparingInt(k -> k.calendar.day() == null ? 0 : k.calendar.day())
                        .thenComparingInt(k -> k.event.start()));
        return events.stream().map(Keyed::event).toList();
    }

    /** Rule {@code quoted date}. Scare quotes (a “caliphate”) quote nobody, so a date in them stays. */
    private static boolean insideQuote(Timex t, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.SCARE && q.start() <= t.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /** Rule {@code quote sentence}: direct and block quotations cover a third of the sentence or more. */
    private static boolean mostlyQuoted(int[] sentence, List<Quote> quotes) {
        int quoted = 0;
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.BLOCK) {
                quoted += Math.max(0, Math.min(q.end(), sentence[1]) - Math.max(q.start(), sentence[0]));
            }
        }
        return 3 * quoted >= sentence[1] - sentence[0];
    }

    private record Keyed(CalendarValue calendar, TimelineEvent event) {}

    private static int[] blockOf(AnalysisText text, int start, int end) {
        for (AnalysisText.Block b : text.blocks()) {
            if (b.start() <= start && end <= b.end()) {
                return new int[] {b.start(), b.end()};
            }
        }
        return new int[] {0, text.text().length()};
    }
}
