package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.Span;
import org.broadsheet.model.TimelineEvent;
import org.broadsheet.model.Timex;

/**
 * One copy of each short string the archive's findings repeat: place names and ids, date values, people's
 * names, mention texts. A build holds every article's findings for the whole build, and at 100,000 articles
 * they were ten million strings, most of them repeats ("Iraq", "country:IQ", "2019-11-06", "he"); sharing
 * them keeps the index in memory at a fraction of the heap. Long strings (quotes, sentences) are kept as they are.
 */
final class SharedStrings {
    /** Strings up to this length are shared; longer ones seldom repeat. */
    private static final int MAX_SHARED = 64;

    private final ConcurrentHashMap<String, String> pool = new ConcurrentHashMap<>();

    String of(String s) {
        if (s == null || s.length() > MAX_SHARED) {
            return s;
        }
        String first = pool.putIfAbsent(s, s);
        return first == null ? s : first;
    }

    Extraction of(Extraction e) {
        List<Quote> quotes = new ArrayList<>(e.quotes().size());
        for (Quote q : e.quotes()) {
            quotes.add(new Quote(q.start(), q.end(), q.text(), q.kind(), of(q.speaker()), of(q.speakerMention())));
        }
        List<Timex> dates = new ArrayList<>(e.dates().size());
        for (Timex t : e.dates()) {
            dates.add(new Timex(t.start(), t.end(), of(t.text()), t.type(), of(t.value())));
        }
        List<PlaceMention> places = new ArrayList<>(e.places().size());
        for (PlaceMention p : e.places()) {
            places.add(new PlaceMention(
                    p.start(),
                    p.end(),
                    of(p.text()),
                    of(p.name()),
                    of(p.country()),
                    p.lat(),
                    p.lon(),
                    of(p.kind()),
                    of(p.id()),
                    of(p.form())));
        }
        List<Person> people = new ArrayList<>(e.people().size());
        for (Person p : e.people()) {
            List<Span> mentions = new ArrayList<>(p.mentions().size());
            for (Span s : p.mentions()) {
                mentions.add(of(s));
            }
            people.add(new Person(of(p.name()), of(p.role()), mentions));
        }
        return new Extraction(quotes, dates, places, people);
    }

    List<TimelineEvent> of(List<TimelineEvent> events) {
        List<TimelineEvent> out = new ArrayList<>(events.size());
        for (TimelineEvent t : events) {
            out.add(new TimelineEvent(of(t.value()), t.start(), t.end(), t.sentence()));
        }
        return out;
    }

    private Span of(Span s) {
        return s == null ? null : new Span(s.start(), s.end(), of(s.text()));
    }
}
