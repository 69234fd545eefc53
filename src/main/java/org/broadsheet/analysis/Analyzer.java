package org.broadsheet.analysis;

import java.util.List;
import org.broadsheet.analysis.dates.TimexFinder;
import org.broadsheet.analysis.people.PeopleFinder;
import org.broadsheet.analysis.places.PlaceFinder;
import org.broadsheet.analysis.quotes.QuoteFinder;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;

/**
 * Runs every annotator over one article body. Thread-safe: one instance serves all articles of a
 * build in parallel (annotators hold only immutable tables).
 */
public final class Analyzer {
    private final PeopleFinder people = new PeopleFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final TimexFinder dates = new TimexFinder();
    private final PlaceFinder places = new PlaceFinder();

    public Extraction analyze(AnalysisText text) {
        List<Person> candidates = people.candidates(text);
        List<Quote> found = quotes.find(text, candidates);
        return new Extraction(found, dates.find(text), places.find(text, candidates), people.pages(candidates, found, places::isPlaceName));
    }
}
